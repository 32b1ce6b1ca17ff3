import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ChildDetail, ChildWork } from '../../../contracts/children.js';
import type { OpenCaseRequest, caseMutationResponse } from '../../../contracts/cases.js';
import { api } from '../../api/client.js';

type MutationResponse = z.infer<typeof caseMutationResponse>;

/** The child the case is about: the same request (and cache entry) as the child page. */
export function useChildForCase(id: string) {
  return useQuery({ queryKey: ['child', id], queryFn: () => api<ChildDetail>(`/api/children/${encodeURIComponent(id)}`) });
}

/** The child's cases I may see (the child page's request and cache entry): the open ones warn before a second. */
export function useChildWorkForCase(id: string) {
  return useQuery({ queryKey: ['child', id, 'work'], queryFn: () => api<ChildWork>(`/api/children/${encodeURIComponent(id)}/work`) });
}

/** Opens a case directly, without a level-0 concern: the user becomes the relay holder. */
export function useOpenCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCaseRequest) => api<MutationResponse>('/api/cases', { method: 'POST', body }),
    onSuccess: async () => {
      // «Mine saker» and My work list the new case; they are read again when next shown.
      await Promise.all([
        client.invalidateQueries({ queryKey: ['cases'] }),
        client.invalidateQueries({ queryKey: ['my-work'] }),
        client.invalidateQueries({ queryKey: ['child'] }),
      ]);
    },
  });
}
