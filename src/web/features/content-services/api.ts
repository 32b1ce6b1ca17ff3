import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ContentServiceList, ServiceDetail, ServiceInput, serviceUpdate } from '../../../contracts/catalogue.js';
import type { ContentRights, ContentStatus } from '../../../contracts/content.js';
import { api, query } from '../../api/client.js';

type ServiceUpdate = z.input<typeof serviceUpdate>;
export type StatusAction = 'publish' | 'unpublish' | 'archive';

/** Which units' services this user may edit; coordinators all. */
export function useContentRights() {
  return useQuery({
    queryKey: ['content', 'rights'],
    queryFn: ({ signal }) => api<ContentRights>('/api/content/rights', { signal }),
    staleTime: 60_000,
  });
}

export interface EditorFilter {
  status?: ContentStatus;
  q?: string;
}

/** The services this user may see in the editor, drafts and archived too; keyset pages. */
export function useEditorServices(filter: EditorFilter) {
  return useInfiniteQuery({
    queryKey: ['content', 'services', filter],
    queryFn: ({ pageParam, signal }) =>
      api<ContentServiceList>(`/api/content/services${query({ status: filter.status, q: filter.q, cursor: pageParam, limit: 25 })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

const serviceKey = (id: string) => ['content', 'service', id] as const;

export function useEditorService(id: string | undefined) {
  return useQuery({
    queryKey: serviceKey(id ?? ''),
    queryFn: ({ signal }) => api<ServiceDetail>(`/api/content/services/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== undefined,
    // The form holds the user's edits; a background refetch must not reset it under them.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

/** After any change: the detail is the server's answer; lists and the staff catalogue are stale. */
function useSettle() {
  const client = useQueryClient();
  return async (detail: ServiceDetail) => {
    client.setQueryData(serviceKey(detail.id), detail);
    await Promise.all([
      client.invalidateQueries({ queryKey: ['content', 'services'] }),
      client.invalidateQueries({ queryKey: ['catalogue'] }),
    ]);
  };
}

export function useCreateService() {
  const settle = useSettle();
  return useMutation({
    mutationFn: (body: ServiceInput) => api<ServiceDetail>('/api/content/services', { method: 'POST', body }),
    onSuccess: settle,
  });
}

export function useUpdateService(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (body: ServiceUpdate) => api<ServiceDetail>(`/api/content/services/${encodeURIComponent(id)}`, { method: 'PUT', body }),
    onSuccess: settle,
  });
}

export function useServiceStatus(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ action, version }: { action: StatusAction; version: number }) =>
      api<ServiceDetail>(`/api/content/services/${encodeURIComponent(id)}/${action}`, { method: 'POST', body: { version } }),
    onSuccess: settle,
  });
}

/** The newest version from the server, when a save or status change met someone else's change. */
export function useRefetchService(id: string) {
  const client = useQueryClient();
  return () => client.fetchQuery({
    queryKey: serviceKey(id),
    queryFn: () => api<ServiceDetail>(`/api/content/services/${encodeURIComponent(id)}`),
    staleTime: 0,
  });
}
