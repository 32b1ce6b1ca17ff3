import type { CatalogueResult, ServiceView } from '../../../contracts/catalogue.js';
import type { GuideChoiceList, GuideOverview, GuideStepView } from '../../../contracts/guide.js';
import type { DocumentKind, PublicDocumentListItem, PublicDocumentView } from '../../../contracts/library.js';
import type { Db } from '../../platform/db/database.js';
import { publishedServiceView, searchPublishedServices } from '../catalogue/catalogue.service.js';
import { guideOverview, guideStepView, publishedGuideList } from '../guide/guide.published.js';
import { publishedLevels } from '../levels/levels.service.js';
import type { Level } from '../../../contracts/levels.js';
import { publishedDocumentFile, publishedDocuments, publishedDocumentView } from '../library/library.published.js';
import type { PublicLanguage } from './messages/index.js';
import type { PublicTenant } from './page-context.js';
import { mainLanguageOf } from '../organisation/main-language.js';
import { publicTenantBySlug } from './public-tenant.repository.js';
import { catalogueQuery, type ServiceSearchForm } from './service-search.js';

/*
 * What each public page reads: the municipality by its slug (owner connection, one indexed
 * query), then the published content through the features that own it, each under the
 * tenant's row-level security. No session, nothing personal, nothing audited: it is public.
 */

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Slugs and keys are short; anything else cannot name a page, so it is not looked up. */
const isSlug = (s: string) => s.length <= 80 && SLUG.test(s);

export async function findPublicTenant(ownerDb: Db, slug: string): Promise<PublicTenant | null> {
  if (!isSlug(slug)) return null;
  const row = await publicTenantBySlug(ownerDb, slug);
  return row
    ? { id: row.id, slug: row.slug, name: row.name, accessibilityStatementUrl: row.accessibility_statement_url, mainLanguage: mainLanguageOf(row) }
    : null;
}

export function searchServices(db: Db, tenant: PublicTenant, form: ServiceSearchForm, lang: PublicLanguage): Promise<CatalogueResult> {
  return searchPublishedServices(db, tenant.id, catalogueQuery(form, lang));
}

export async function serviceBySlug(db: Db, tenant: PublicTenant, slug: string, lang: PublicLanguage): Promise<ServiceView | null> {
  return isSlug(slug) ? publishedServiceView(db, tenant.id, slug, lang) : null;
}

export function guides(db: Db, tenant: PublicTenant, lang: PublicLanguage): Promise<GuideChoiceList> {
  return publishedGuideList(db, tenant.id, lang);
}

/** A published guide by its slug. */
export async function guide(db: Db, tenant: PublicTenant, slug: string, lang: PublicLanguage): Promise<GuideOverview | null> {
  return isSlug(slug) ? guideOverview(db, tenant.id, lang, slug) : null;
}

export function levels(db: Db, tenant: PublicTenant): Promise<Level[]> {
  return publishedLevels(db, tenant.id);
}

/** A step of a published guide; with `guideSlug`, only of that guide. */
export async function guideStep(db: Db, tenant: PublicTenant, key: string, lang: PublicLanguage, guideSlug?: string): Promise<GuideStepView | null> {
  if (!isSlug(key) || (guideSlug !== undefined && !isSlug(guideSlug))) return null;
  return guideStepView(db, tenant.id, key, lang, { guideSlug, published: true });
}

/** A document's language version: the page's language where there is one, else the main language's, else any. */
const prefer = (tenant: PublicTenant, lang: PublicLanguage) => [lang, tenant.mainLanguage];

export function documents(db: Db, tenant: PublicTenant, kind: DocumentKind | null, lang: PublicLanguage): Promise<PublicDocumentListItem[]> {
  return publishedDocuments(db, tenant.id, kind ? { kind } : {}, prefer(tenant, lang));
}

/** `versionNo` omitted: the current version in the page's language (see prefer). */
export async function document(
  db: Db, tenant: PublicTenant, slug: string, lang: PublicLanguage, versionNo?: number,
): Promise<PublicDocumentView | null> {
  return isSlug(slug) ? publishedDocumentView(db, tenant.id, slug, versionNo, prefer(tenant, lang)) : null;
}

export async function documentFile(db: Db, tenant: PublicTenant, slug: string, versionNo: number) {
  return isSlug(slug) ? publishedDocumentFile(db, tenant.id, slug, versionNo) : null;
}

/** A version number from the address: digits only, as the links write them. */
export function versionNumber(text: string): number | null {
  if (!/^[1-9]\d{0,8}$/.test(text)) return null;
  return Number(text);
}
