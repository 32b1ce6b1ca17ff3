import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Unit, unitList } from '../../contracts/organisation.js';
import { api, query } from './client.js';

/**
 * Every active unit, for pickers (roles, a measure's responsible service, the services a consent
 * covers, a handover's new unit): a municipality has hundreds, not hundreds of thousands.
 */
export function useAllActiveUnits() {
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
