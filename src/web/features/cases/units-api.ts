import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Unit, unitList } from '../../../contracts/organisation.js';
import { api, query } from '../../api/client.js';

/** Every active unit, for choosing a responsible service or the services a consent covers: hundreds at most. */
export function useActiveUnits() {
  return useQuery({
    queryKey: ['units', 'all-active'],
    queryFn: async ({ signal }) => {
      const all: Unit[] = [];
      let cursor: string | undefined;
      do {
        const page = await api<z.infer<typeof unitList>>(`/api/units${query({ status: 'active', cursor, limit: 100 })}`, { signal });
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
    staleTime: 5 * 60_000,
  });
}
