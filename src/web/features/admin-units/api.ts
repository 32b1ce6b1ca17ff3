import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Unit, unitInput, unitList, unitPatch } from '../../../contracts/organisation.js';
import type { unitTypes } from '../../../contracts/common.js';
import { api, query } from '../../api/client.js';

export type UnitType = (typeof unitTypes)[number];
export type UnitStatus = 'active' | 'archived' | 'all';
export type UnitInput = z.input<typeof unitInput>;
export type UnitPatch = z.input<typeof unitPatch>;

export function useAdminUnits(filter: { q: string; status: UnitStatus }) {
  return useInfiniteQuery({
    queryKey: ['units', 'admin', filter],
    queryFn: ({ pageParam, signal }) =>
      api<z.infer<typeof unitList>>(`/api/units${query({ q: filter.q, status: filter.status, cursor: pageParam, limit: 50 })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAdminUnit(id: string | undefined) {
  return useQuery({
    queryKey: ['unit', id],
    queryFn: () => api<Unit>(`/api/units/${encodeURIComponent(id ?? '')}`),
    enabled: id !== undefined,
  });
}

export function useSaveUnit(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitInput | UnitPatch) =>
      id
        ? api<Unit>(`/api/admin/units/${encodeURIComponent(id)}`, { method: 'PATCH', body })
        : api<Unit>('/api/admin/units', { method: 'POST', body }),
    onSuccess: async (unit) => {
      client.setQueryData(['unit', unit.id], unit);
      await client.invalidateQueries({ queryKey: ['units'] });
    },
  });
}
