import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ChildDetail, ChildWork } from '../../../contracts/children.js';
import type {
  ConcernDecisionRequest, ConcernDetail, ConcernListRequest, ConcernSettings, NewConcernRequest, NewConcernStepRequest,
  concernDecisionResponse, concernListResponse, concernMutationResponse,
} from '../../../contracts/concerns.js';
import type { createReportResponse } from '../../../contracts/reports.js';
import { api } from '../../api/client.js';

type ConcernListPage = z.infer<typeof concernListResponse>;
type MutationResponse = z.infer<typeof concernMutationResponse>;
type DecisionResponse = z.infer<typeof concernDecisionResponse>;
type CreateReportResponse = z.infer<typeof createReportResponse>;

const concernKey = (id: string) => ['concern', id] as const;

/** The child the worry is about: the same request (and cache entry) as the child page. */
export function useChildForConcern(id: string) {
  return useQuery({ queryKey: ['child', id], queryFn: () => api<ChildDetail>(`/api/children/${encodeURIComponent(id)}`) });
}

export function useConcernSettings() {
  return useQuery({
    queryKey: ['concern-settings'],
    queryFn: () => api<ConcernSettings>('/api/concern-settings'),
    staleTime: 5 * 60_000,
  });
}

export function useRegisterConcern() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewConcernRequest) => api<MutationResponse>('/api/concerns', { method: 'POST', body }),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['concerns'] }),
        client.invalidateQueries({ queryKey: ['my-work'] }),
      ]);
    },
  });
}

export function useConcern(id: string) {
  return useQuery({ queryKey: concernKey(id), queryFn: () => api<ConcernDetail>(`/api/concerns/${encodeURIComponent(id)}`) });
}

export type ConcernFilter = Omit<ConcernListRequest, 'cursor' | 'limit'>;

/** A POST like every list of children's data; the body carries only enums and ids. */
export function useConcernList(filter: ConcernFilter) {
  return useInfiniteQuery({
    queryKey: ['concerns', filter],
    queryFn: ({ pageParam, signal }) =>
      api<ConcernListPage>('/api/concerns/list', {
        method: 'POST',
        body: { ...filter, cursor: pageParam, limit: 25 } satisfies ConcernListRequest,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After a step or a decision the concern has a new version: read it again, with the lists that show it. */
export function useRefreshConcern(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: concernKey(id) }),
      client.invalidateQueries({ queryKey: ['concerns'] }),
      client.invalidateQueries({ queryKey: ['my-work'] }),
    ]);
}

export function useAddConcernStep(id: string) {
  const refresh = useRefreshConcern(id);
  return useMutation({
    mutationFn: (body: NewConcernStepRequest) =>
      api<MutationResponse>(`/api/concerns/${encodeURIComponent(id)}/steps`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/**
 * The caller refreshes (useRefreshConcern) once it has done what follows the decision: a refetch
 * first would replace the form with the decided view and unmount the caller half-way.
 */
export function useDecideConcern(id: string) {
  return useMutation({
    mutationFn: (body: ConcernDecisionRequest) =>
      api<DecisionResponse>(`/api/concerns/${encodeURIComponent(id)}/decision`, { method: 'POST', body }),
  });
}

/** Opens the report of concern written from this concern: a new draft, or the unsent one already there. */
export function useReportFromConcern(concernId: string) {
  return useMutation({
    mutationFn: () => api<CreateReportResponse>('/api/reports', { method: 'POST', body: { concernId } }),
  });
}

/** The child's cases I may see (the child page's request and cache entry): an open one is named before a decision opens another. */
export function useChildWorkForConcern(childId: string) {
  return useQuery({ queryKey: ['child', childId, 'work'], queryFn: () => api<ChildWork>(`/api/children/${encodeURIComponent(childId)}/work`) });
}
