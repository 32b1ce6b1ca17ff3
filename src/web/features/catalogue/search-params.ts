import { serviceNeeds, serviceTypes, type ServiceNeed, type ServiceType } from '../../../contracts/catalogue.js';
import { MAX_SERVICE_AGE, referrers, targetGroups, type Referrer, type TargetGroup } from '../../../contracts/catalogue-fields.js';

/**
 * The filters in the address (?alder=&behov=&behov=&type=&henviser=&gruppe=&gratis=1&dropin=1&side=), the same names as the public
 * catalogue, so that Back from a service returns to the same results: an age, enums and a page
 * number. The free text is not: it is remembered in the tab (components/remembered-search).
 * Unknown values are ignored rather than refused.
 */
export interface CatalogueSearch {
  q: string;
  age: number | undefined;
  needs: ServiceNeed[];
  type: ServiceType | undefined;
  referrers: Referrer[];
  targetGroups: TargetGroup[];
  free: boolean;
  dropIn: boolean;
  page: number;
}

const MAX_AGE = MAX_SERVICE_AGE;
const listed = <T extends string>(values: string[], list: readonly T[]): T[] => [...new Set(values.filter((v): v is T => (list as readonly string[]).includes(v)))];

/** A whole number written in digits only: Number() would read '' and ' ' as 0 and '0x10' as 16. */
function digits(value: string | null, max: number): number | undefined {
  if (value === null || !/^\d{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= max ? n : undefined;
}

export function searchFrom(params: URLSearchParams, q: string): CatalogueSearch {
  const page = digits(params.get('side'), 1000);
  const needs = params.getAll('behov').filter((n): n is ServiceNeed => (serviceNeeds as readonly string[]).includes(n));
  const type = params.get('type');
  return {
    q: q.trim().slice(0, 200),
    age: digits(params.get('alder'), MAX_AGE),
    needs: [...new Set(needs)],
    type: (serviceTypes as readonly string[]).includes(type ?? '') ? (type as ServiceType) : undefined,
    referrers: listed(params.getAll('henviser'), referrers),
    targetGroups: listed(params.getAll('gruppe'), targetGroups),
    free: params.get('gratis') === '1',
    dropIn: params.get('dropin') === '1',
    page: page !== undefined && page >= 1 ? page : 1,
  };
}

/** Back to the address (without the text); the first page and empty filters are left out. */
export function paramsFrom(search: Omit<CatalogueSearch, 'q'>): URLSearchParams {
  const params = new URLSearchParams();
  if (search.age !== undefined) params.set('alder', String(search.age));
  for (const need of search.needs) params.append('behov', need);
  if (search.type) params.set('type', search.type);
  for (const r of search.referrers) params.append('henviser', r);
  for (const g of search.targetGroups) params.append('gruppe', g);
  if (search.free) params.set('gratis', '1');
  if (search.dropIn) params.set('dropin', '1');
  if (search.page > 1) params.set('side', String(search.page));
  return params;
}

export const isFiltered = (s: CatalogueSearch) =>
  s.q !== '' || s.age !== undefined || s.needs.length > 0 || s.type !== undefined || s.referrers.length > 0 || s.targetGroups.length > 0 || s.free || s.dropIn;

export const ages = Array.from({ length: MAX_AGE + 1 }, (_, i) => i);
