import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportContent, ReportDetail, reportMutationResponse } from '../../../contracts/reports.js';
import { api } from '../../api/client.js';

type Mutation = z.infer<typeof reportMutationResponse>;
export const reportBase = (id: string) => `/api/reports/${encodeURIComponent(id)}`;
const reportKey = (id: string) => ['report', id] as const;

export function useReport(id: string) {
  return useQuery({ queryKey: reportKey(id), queryFn: ({ signal }) => api<ReportDetail>(reportBase(id), { signal }) });
}

/** Refetches the report after a write: its version, what is missing, and whether it is still editable. */
function useReportMutation<T>(id: string, request: (body: T) => Promise<Mutation>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => client.invalidateQueries({ queryKey: reportKey(id) }) });
}

export function useSaveReport(id: string) {
  return useReportMutation(id, (body: { content: ReportContent; version: number }) => api<Mutation>(reportBase(id), { method: 'PUT', body }));
}

export function useSendReport(id: string) {
  // Sending writes in the case log as well: the case, if open in this tab, refetches.
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number }) => api<Mutation>(`${reportBase(id)}/send`, { method: 'POST', body }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: reportKey(id) });
      await client.invalidateQueries({ queryKey: ['case'] });
    },
  });
}

export function useReloadReport(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: reportKey(id) });
}
