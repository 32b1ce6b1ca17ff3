import { useMutation, useQuery } from '@tanstack/react-query';
import type { ImportJob } from '../../../contracts/organisation.js';
import { api } from '../../api/client.js';

export type ImportKind = ImportJob['kind'];
export const importKinds: readonly ImportKind[] = ['units', 'staff', 'children'];

export function useStartImport() {
  return useMutation({
    mutationFn: ({ kind, csv }: { kind: ImportKind; csv: string }) =>
      api<ImportJob>(`/api/admin/imports/${kind}`, { method: 'POST', csv }),
  });
}

/** Polls once a second while the job runs; stops when it is done or failed. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: ['import-job', id],
    queryFn: () => api<ImportJob>(`/api/admin/imports/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 1000 : false),
  });
}
