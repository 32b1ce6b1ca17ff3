import { serviceNeeds, serviceTypes, type CatalogueQuery, type ServiceNeed, type ServiceType } from '../../../contracts/catalogue.js';
import { MAX_SERVICE_AGE, referrers, targetGroups, type Referrer, type TargetGroup } from '../../../contracts/catalogue-fields.js';
import type { PublicLanguage } from './messages/index.js';

/**
 * The search form's GET parameters (Norwegian names: they are part of the public URLs). A value the
 * form could not have sent is dropped and named, so the page says so beside the field instead of
 * refusing the whole request.
 */
export interface ServiceSearchForm {
  q: string;
  age: number | null;
  needs: ServiceNeed[];
  type: ServiceType | null;
  /** who can refer: any of these */
  referrers: Referrer[];
  targetGroups: TargetGroup[];
  free: boolean;
  dropIn: boolean;
  page: number;
  problems: { age: boolean; type: boolean; needs: boolean; referrers: boolean; targetGroups: boolean };
}

export const SEARCH_PAGE_SIZE = 20;
const MAX_PAGE = 1000;

const first = (v: unknown): string => (Array.isArray(v) ? first(v[0]) : typeof v === 'string' ? v : '');
const all = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
/** The codes of a repeated parameter that are on the list, once each, and whether any was not. */
function codes<T extends string>(v: unknown, list: readonly T[]): { values: T[]; unknown: boolean } {
  const texts = all(v).map((n) => n.trim()).filter(Boolean);
  const known = (x: string): x is T => (list as readonly string[]).includes(x);
  return { values: [...new Set(texts.filter(known))], unknown: texts.some((x) => !known(x)) };
}
/** A checkbox: the form sends «1»; anything else is off. */
const checked = (v: unknown) => first(v).trim() === '1';

export function parseServiceSearch(query: Record<string, unknown>): ServiceSearchForm {
  const q = first(query.q).trim().slice(0, 200);
  const ageText = first(query.alder).trim();
  const ageNumber = /^\d{1,2}$/.test(ageText) ? Number(ageText) : NaN;
  const age = ageNumber >= 0 && ageNumber <= MAX_SERVICE_AGE ? ageNumber : null;
  const typeText = first(query.type).trim();
  const type = (serviceTypes as readonly string[]).includes(typeText) ? (typeText as ServiceType) : null;
  const needTexts = all(query.behov).map((n) => n.trim()).filter(Boolean);
  const needs = [...new Set(needTexts.filter((n): n is ServiceNeed => (serviceNeeds as readonly string[]).includes(n)))];
  const referrerCodes = codes(query.henviser, referrers);
  const groupCodes = codes(query.gruppe, targetGroups);
  const pageText = first(query.side).trim();
  const pageNumber = /^\d{1,4}$/.test(pageText) ? Number(pageText) : 1;
  return {
    q,
    age,
    needs,
    type,
    referrers: referrerCodes.values,
    targetGroups: groupCodes.values,
    free: checked(query.gratis),
    dropIn: checked(query.dropin),
    page: Math.min(Math.max(pageNumber, 1), MAX_PAGE),
    problems: {
      referrers: referrerCodes.unknown,
      targetGroups: groupCodes.unknown,
      age: ageText !== '' && age === null,
      type: typeText !== '' && type === null,
      needs: needTexts.some((n) => !(serviceNeeds as readonly string[]).includes(n)),
    },
  };
}

export function catalogueQuery(form: ServiceSearchForm, lang: PublicLanguage): CatalogueQuery {
  return {
    ...(form.q ? { q: form.q } : {}),
    ...(form.age !== null ? { age: form.age } : {}),
    ...(form.type ? { type: form.type } : {}),
    need: form.needs,
    referrer: form.referrers,
    targetGroup: form.targetGroups,
    free: form.free,
    dropIn: form.dropIn,
    lang,
    page: form.page,
    limit: SEARCH_PAGE_SIZE,
  };
}

/** Is anything chosen beyond the text: the page then offers to remove it all. */
export const isFiltered = (form: ServiceSearchForm) =>
  Boolean(form.q || form.age !== null || form.type || form.needs.length || form.referrers.length || form.targetGroups.length || form.free || form.dropIn);

/** The form's own parameters, for links to other pages of the same search. */
export function searchParams(form: ServiceSearchForm, page?: number): Record<string, string | string[] | undefined> {
  return {
    q: form.q || undefined,
    alder: form.age !== null ? String(form.age) : undefined,
    behov: form.needs.length ? form.needs : undefined,
    type: form.type ?? undefined,
    henviser: form.referrers.length ? form.referrers : undefined,
    gruppe: form.targetGroups.length ? form.targetGroups : undefined,
    gratis: form.free ? '1' : undefined,
    dropin: form.dropIn ? '1' : undefined,
    side: page && page > 1 ? String(page) : undefined,
  };
}
