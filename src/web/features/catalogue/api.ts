import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CatalogueResult, ServiceView } from '../../../contracts/catalogue.js';
import { api } from '../../api/client.js';
import type { CatalogueSearch } from './search-params.js';

/** The query string the API reads (catalogueQuery): repeated `need` for several needs. */
function searchQuery(search: CatalogueSearch, lang: string): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.age !== undefined) params.set('age', String(search.age));
  for (const need of search.needs) params.append('need', need);
  if (search.type) params.set('type', search.type);
  for (const r of search.referrers) params.append('referrer', r);
  for (const g of search.targetGroups) params.append('targetGroup', g);
  if (search.free) params.set('free', 'true');
  if (search.dropIn) params.set('dropIn', 'true');
  params.set('lang', lang);
  params.set('page', String(search.page));
  params.set('limit', String(PAGE_SIZE));
  return params.toString();
}

export const PAGE_SIZE = 20;

/** Published services only; the previous page stays on screen while the next one loads. */
export function useCatalogueSearch(search: CatalogueSearch, lang: string) {
  return useQuery({
    queryKey: ['catalogue', 'search', search, lang],
    queryFn: ({ signal }) => api<CatalogueResult>(`/api/catalogue/services?${searchQuery(search, lang)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCatalogueService(id: string, lang: string) {
  return useQuery({
    queryKey: ['catalogue', 'service', id, lang],
    queryFn: ({ signal }) => api<ServiceView>(`/api/catalogue/services/${encodeURIComponent(id)}?lang=${lang}`, { signal }),
  });
}
