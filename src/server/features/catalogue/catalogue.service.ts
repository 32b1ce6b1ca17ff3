import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import { isSafeLink, markdownToText, renderMarkdown } from '../../platform/text/markdown.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { notFound } from '../../platform/http/errors.js';
import type {
  CatalogueQuery, CatalogueResult, ServiceListItem, ServiceNeed, ServiceText, ServiceType, ServiceView,
} from '../../../contracts/catalogue.js';
import type { ContactPerson, InterMunicipal, Referrer, ServicePhone, TargetGroup } from '../../../contracts/catalogue-fields.js';
import type { ContentLanguage, Link } from '../../../contracts/content.js';
import { hasOperators, pageCount, prefixQuery } from './catalogue.search.js';
import * as repo from './catalogue.repository.js';

/** services.content as stored: the zod output of translated(serviceText). */
export interface StoredContent {
  nb: ServiceText;
  nn: ServiceText | null;
  en: ServiceText | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();
// Each text sits under its section's h2 («Hva vi tilbyr» …), so its own headings start at h3.
const html = (markdown: string | undefined) => renderMarkdown(markdown ?? '', { headingStart: 3 }).trim();

/** Links were checked on the way in (http(s) only); checked again so an old row cannot slip one through. */
export const storedLinks = (links: unknown): Link[] =>
  (Array.isArray(links) ? (links as Link[]) : []).filter((l) => /^https?:/i.test(l.url) && isSafeLink(l.url));

/**
 * Published services for the public catalogue and staff: free text over every language's
 * texts whatever the page's language, each word read as Norwegian or English (stemmed, so
 * «barnehagene» and «kindergartens» find a kindergarten), falling back to word prefixes when
 * that finds nothing; the child's age, any of the needs, the type, any of who can refer, any of
 * the target groups, free only, drop-in only. Names and summaries in the asked language where
 * translated, else bokmål. A text of stop words only («og», «the») searches as no text at all.
 * Both are looked into only when the search found nothing, so the usual search stays one query.
 */
export async function searchPublishedServices(db: Db, tenantId: string, query: CatalogueQuery): Promise<CatalogueResult> {
  return withTenant(db, tenantId, async (trx) => {
    const q = query.q?.trim();
    const base: Omit<repo.PublishedSearch, 'text'> = {
      age: query.age, needs: query.need, type: query.type, referrers: query.referrer, targetGroups: query.targetGroup,
      free: query.free, dropIn: query.dropIn, lang: query.lang, limit: query.limit, offset: (query.page - 1) * query.limit,
    };
    const text: repo.TextQuery | null = q ? { kind: hasOperators(q) ? 'web' : 'words', text: q } : null;
    let found = await searchPage(trx, { ...base, text });
    if (text && found.total === 0) {
      const prefix = prefixQuery(text.text);
      if (!(await repo.hasSearchTerms(trx, text))) found = await searchPage(trx, { ...base, text: null });
      else if (prefix) found = await searchPage(trx, { ...base, text: { kind: 'prefix', text: prefix } });
    }
    return { items: found.rows.map(presentListItem), total: found.total, page: query.page, pages: pageCount(found.total, query.limit) };
  });
}

async function searchPage(trx: Trx, p: repo.PublishedSearch) {
  const rows = await repo.searchPublished(trx, p);
  const total = rows[0] ? Number(rows[0].total) : p.offset > 0 ? await repo.countPublished(trx, p) : 0;
  return { rows, total };
}

/** The facts every reading of a service shares (contracts/catalogue.ts serviceFacts). */
export function serviceFacts(r: repo.ServiceListRow) {
  return {
    ageFrom: r.age_from,
    ageTo: r.age_to,
    targetGroups: r.target_groups as TargetGroup[],
    needs: r.needs as ServiceNeed[],
    referrers: r.referrers as Referrer[],
    selfReferral: r.self_referral,
    cost: r.cost,
    dropIn: r.drop_in,
  };
}

/** Phones, contact persons and the inter-municipal provider as stored (checked by the contract on the way in). */
export function serviceContact(r: repo.ServiceRow) {
  const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  const interMunicipal: InterMunicipal | null = r.inter_municipal_name && r.host_municipality_number && r.host_municipality_name
    ? { name: r.inter_municipal_name, hostMunicipalityNumber: r.host_municipality_number, hostMunicipalityName: r.host_municipality_name }
    : null;
  return {
    phones: list<ServicePhone>(r.phones).map((p) => ({ number: p.number, label: p.label ?? '' })),
    contactPersons: list<ContactPerson>(r.contact_persons).map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? null, email: c.email ?? null })),
    interMunicipal,
  };
}

function presentListItem(r: Awaited<ReturnType<typeof repo.searchPublished>>[number]): ServiceListItem {
  return {
    id: r.id,
    slug: r.slug,
    language: r.language,
    name: r.name,
    summary: markdownToText(r.summary),
    unitName: r.unit_name,
    interMunicipalName: r.inter_municipal_name,
    serviceType: r.service_type as ServiceType,
    ...serviceFacts(r),
    status: r.status,
  };
}

/** One published service by its public slug, rendered; null when there is none (drafts and archived included). */
export async function publishedServiceView(db: Db, tenantId: string, slug: string, lang: ContentLanguage): Promise<ServiceView | null> {
  const row = await withTenant(db, tenantId, (trx) => repo.findPublishedService(trx, { slug }));
  return row ? presentView(row, lang) : null;
}

/** Staff inside Samla: the same view by id, for finding whom to involve in a case. */
export async function staffServiceView(db: Db, actor: StaffActor, id: string, lang: ContentLanguage): Promise<ServiceView> {
  const row = await withTenant(db, actor.tenantId, (trx) => repo.findPublishedService(trx, { id }));
  if (!row) throw notFound();
  return presentView(row, lang);
}

/**
 * The reading view: markdown fields rendered through the sanitiser (raw HTML escaped, unsafe
 * links dropped), name, summary and opening hours as plain text for the caller to escape.
 */
export function presentView(row: repo.ServiceRow, lang: ContentLanguage): ServiceView {
  const content = row.content as StoredContent;
  const translated = content[lang];
  const language: ContentLanguage = translated ? lang : 'nb';
  const t = translated ?? content.nb;
  return {
    id: row.id,
    slug: row.slug,
    unitName: row.unit_name,
    serviceType: row.service_type as ServiceType,
    ...serviceFacts(row),
    language,
    name: t.name,
    summary: markdownToText(t.summary),
    whoWeAreHtml: html(t.whoWeAre),
    whatWeOfferHtml: html(t.whatWeOffer),
    targetGroupHtml: html(t.targetGroup),
    howToGetHelpHtml: html(t.howToGetHelp),
    openingHours: t.openingHours ?? '',
    costText: row.cost === 'fee' ? (t.costText || content.nb.costText || '') : '',
    ...serviceContact(row),
    email: row.email,
    address: row.address,
    links: storedLinks(row.links),
    publishedAt: row.published_at ? iso(row.published_at) : null,
  };
}
