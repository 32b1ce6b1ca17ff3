import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { caseListRequest, caseListResponse } from '../../../contracts/cases.js';
import { api } from '../../api/client.js';

type CaseListPage = z.infer<typeof caseListResponse>;
type CaseListRequest = z.input<typeof caseListRequest>;
export type CaseFilter = Omit<CaseListRequest, 'cursor' | 'limit'>;

/** A POST like every list of children's data; the body carries only enums and ids. */
export function useCaseList(filter: CaseFilter) {
  return useInfiniteQuery({
    queryKey: ['cases', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      api<CaseListPage>('/api/cases/list', {
        method: 'POST',
        body: { ...filter, cursor: pageParam, limit: 25 } satisfies CaseListRequest,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
