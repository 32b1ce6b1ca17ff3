import { serviceNeeds } from '../../../contracts/catalogue.js';
import { referrers, targetGroups } from '../../../contracts/catalogue-fields.js';
import type { PublicLanguage } from './messages/index.js';

/** The public pages' addresses in one place, so every link keeps the reader's language. */
export interface PublicUrls {
  lang: PublicLanguage;
  /** the path with `?lang=` added when the page's links carry the language (page-context); params are encoded */
  to(path: string, params?: Record<string, string | number | string[] | undefined>): string;
  home: string;
  services: string;
  service(slug: string): string;
  /** the common entry, where the reader chooses a guide */
  guide: string;
  guideOverview(guideSlug: string): string;
  guideStep(guideSlug: string, key: string): string;
  documents: string;
  document(slug: string): string;
  documentVersion(slug: string, versionNo: number): string;
  documentFile(slug: string, versionNo: number): string;
  accessibility: string;
}

export function publicUrls(tenantSlug: string, lang: PublicLanguage, carryLanguage: boolean): PublicUrls {
  const base = `/k/${encodeURIComponent(tenantSlug)}`;
  const to: PublicUrls['to'] = (path, params = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined || value === '') continue;
      for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
    }
    if (carryLanguage) search.set('lang', lang);
    const qs = search.toString();
    return qs ? `${path}?${qs}` : path;
  };
  const seg = encodeURIComponent;
  return {
    lang,
    to,
    home: to(base),
    services: to(`${base}/tjenester`),
    service: (slug) => to(`${base}/tjenester/${seg(slug)}`),
    guide: to(`${base}/handlingsveileder`),
    guideOverview: (guide) => to(`${base}/handlingsveileder/${seg(guide)}`),
    guideStep: (guide, key) => to(`${base}/handlingsveileder/${seg(guide)}/${seg(key)}`),
    documents: to(`${base}/dokumenter`),
    document: (slug) => to(`${base}/dokumenter/${seg(slug)}`),
    documentVersion: (slug, n) => to(`${base}/dokumenter/${seg(slug)}/versjoner/${n}`),
    // Files are the same in every language: no ?lang on a download.
    documentFile: (slug, n) => `${base}/dokumenter/${seg(slug)}/versjoner/${n}/fil`,
    accessibility: to(`${base}/tilgjengelighet`),
  };
}

/**
 * The parameters the pages read (the search form's, the library's `type`), and how much of each a
 * link carries on: anything else in the address is not repeated in the page, and nothing grows
 * without bound.
 */
const KEPT: Record<string, { values: number; length: number }> = {
  q: { values: 1, length: 200 },
  alder: { values: 1, length: 10 },
  behov: { values: serviceNeeds.length, length: 40 },
  type: { values: 1, length: 40 },
  side: { values: 1, length: 10 },
  henviser: { values: referrers.length, length: 40 },
  gruppe: { values: targetGroups.length, length: 40 },
  gratis: { values: 1, length: 5 },
  dropin: { values: 1, length: 5 },
};

/**
 * The same address in another language: the page's own parameters kept (see KEPT), `lang`
 * replaced, or left out when `lang` is null (the address without a language: the main language,
 * or the one the reader's browser asks for).
 */
export function withLanguage(path: string, query: Record<string, unknown>, lang: PublicLanguage | null): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const kept = Object.hasOwn(KEPT, key) ? KEPT[key] : undefined;
    if (!kept) continue;
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
    for (const v of values.slice(0, kept.values)) search.append(key, v.slice(0, kept.length));
  }
  if (lang) search.set('lang', lang);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
