import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  StaffUser, StaffUserSearchRequest, staffUserInput, staffUserList, staffUserPatch,
} from '../../../contracts/organisation.js';
import { api } from '../../api/client.js';

export type StaffUserInput = z.input<typeof staffUserInput>;
export type StaffUserPatch = z.input<typeof staffUserPatch>;

/** A POST, so that neither the search text nor the cursor (a name's sort key) appears in a URL. */
export function useStaffUserSearch(search: string) {
  return useInfiniteQuery({
    queryKey: ['staff-users', search],
    queryFn: ({ pageParam, signal }) =>
      api<z.infer<typeof staffUserList>>('/api/admin/users/search', {
        method: 'POST',
        body: { query: search || undefined, cursor: pageParam, limit: 50 } satisfies StaffUserSearchRequest,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useStaffUser(id: string | undefined) {
  return useQuery({
    queryKey: ['staff-user', id],
    queryFn: () => api<StaffUser>(`/api/admin/users/${encodeURIComponent(id ?? '')}`),
    enabled: id !== undefined,
  });
}

export function useSaveStaffUser(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffUserInput | StaffUserPatch) =>
      id
        ? api<StaffUser>(`/api/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body })
        : api<StaffUser>('/api/admin/users', { method: 'POST', body }),
    onSuccess: async (user) => {
      client.setQueryData(['staff-user', user.id], user);
      await client.invalidateQueries({ queryKey: ['staff-users'] });
    },
  });
}
