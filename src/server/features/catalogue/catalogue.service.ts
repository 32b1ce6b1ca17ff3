import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import { isSafeLink, markdownToText, renderMarkdown } from '../../platform/text/markdown.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { notFound } from '../../platform/http/errors.js';
import type {
  CatalogueQuery, CatalogueResult, ServiceListItem, ServiceNeed, ServiceText, ServiceType, ServiceView,
} from '../../../contracts/catalogue.js';
import type { ContentLanguage, Link } from '../../../contracts/content.js';
import { pageCount, prefixQuery } from './catalogue.search.js';
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
 * Published services for the public catalogue and staff: free text with the norwegian
 * full-text configuration (stemmed, so «barnehagene» finds «barnehage»), falling back to word
 * prefixes when that finds nothing; the child's age, any of the needs, the type. Names and
 * summaries in the asked language where translated, else bokmål. A text of stop words only
 * («og», «i») searches as no text at all. Both are looked into only when the search found
 * nothing, so the usual search stays one query.
 */
export async function searchPublishedServices(db: Db, tenantId: string, query: CatalogueQuery): Promise<CatalogueResult> {
  return withTenant(db, tenantId, async (trx) => {
    const q = query.q?.trim();
    const base: Omit<repo.PublishedSearch, 'text'> = {
      age: query.age, needs: query.need, type: query.type, lang: query.lang, limit: query.limit, offset: (query.page - 1) * query.limit,
    };
    let found = await searchPage(trx, { ...base, text: q ? { kind: 'web', text: q } : null });
    if (q && found.total === 0) {
      const prefix = prefixQuery(q);
      if (!(await repo.hasSearchTerms(trx, q))) found = await searchPage(trx, { ...base, text: null });
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

function presentListItem(r: Awaited<ReturnType<typeof repo.searchPublished>>[number]): ServiceListItem {
  return {
    id: r.id,
    slug: r.slug,
    language: r.language,
    name: r.name,
    summary: markdownToText(r.summary),
    unitName: r.unit_name,
    serviceType: r.service_type as ServiceType,
    ageFrom: r.age_from,
    ageTo: r.age_to,
    needs: r.needs as ServiceNeed[],
    selfReferral: r.self_referral,
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
    ageFrom: row.age_from,
    ageTo: row.age_to,
    needs: row.needs as ServiceNeed[],
    selfReferral: row.self_referral,
    language,
    name: t.name,
    summary: markdownToText(t.summary),
    whoWeAreHtml: html(t.whoWeAre),
    whatWeOfferHtml: html(t.whatWeOffer),
    targetGroupHtml: html(t.targetGroup),
    howToGetHelpHtml: html(t.howToGetHelp),
    openingHours: t.openingHours ?? '',
    phone: row.phone,
    email: row.email,
    address: row.address,
    links: storedLinks(row.links),
    publishedAt: row.published_at ? iso(row.published_at) : null,
  };
}
