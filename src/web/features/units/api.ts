import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Unit, unitList } from '../../../contracts/organisation.js';
import type { unitTypes } from '../../../contracts/common.js';
import { api, query } from '../../api/client.js';

export type UnitType = (typeof unitTypes)[number];
type UnitList = z.infer<typeof unitList>;

export interface UnitFilter {
  q: string;
  type: UnitType | '';
}

export function useUnits(filter: UnitFilter) {
  return useInfiniteQuery({
    queryKey: ['units', filter],
    queryFn: ({ pageParam, signal }) =>
      api<UnitList>(`/api/units${query({ q: filter.q, type: filter.type, status: 'active', cursor: pageParam, limit: 50 })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useUnit(id: string) {
  return useQuery({ queryKey: ['unit', id], queryFn: () => api<Unit>(`/api/units/${encodeURIComponent(id)}`) });
}
