import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ChildDetail, ChildWork, childSearchResponse } from '../../../contracts/children.js';
import { api } from '../../api/client.js';

type SearchResponse = z.infer<typeof childSearchResponse>;

export interface ChildSearch {
  query: string;
  unitId: string;
}

/** A POST, so that the search text never appears in a URL. */
export function useChildSearch(search: ChildSearch | null) {
  return useInfiniteQuery({
    queryKey: ['children-search', search],
    queryFn: ({ pageParam, signal }) =>
      api<SearchResponse>('/api/children/search', {
        method: 'POST',
        body: { query: search?.query ?? '', unitId: search?.unitId || undefined, cursor: pageParam, limit: 25 },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: search !== null,
  });
}

export function useChild(id: string) {
  return useQuery({ queryKey: ['child', id], queryFn: () => api<ChildDetail>(`/api/children/${encodeURIComponent(id)}`) });
}

/** The child's concerns and cases that I may see (the server lists nothing else). */
export function useChildWork(id: string) {
  return useQuery({ queryKey: ['child', id, 'work'], queryFn: () => api<ChildWork>(`/api/children/${encodeURIComponent(id)}/work`) });
}
