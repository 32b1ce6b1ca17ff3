import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseHandovers, HandoverMutationResponse, NewHandoverRequest } from '../../../contracts/handovers.js';
import { api } from '../../api/client.js';
import { caseKey } from './api.js';

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function useCaseHandovers(caseId: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), 'handovers'],
    queryFn: ({ signal }) => api<CaseHandovers>(`${base(caseId)}/handovers`, { signal }),
  });
}

export function useRequestHandover(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewHandoverRequest) => api<HandoverMutationResponse>(`${base(caseId)}/handovers`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: caseKey(caseId) }),
  });
}

export function useCancelHandover(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (handoverId: string) =>
      api<HandoverMutationResponse>(`/api/handovers/${encodeURIComponent(handoverId)}/cancel`, { method: 'POST', body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: caseKey(caseId) }),
  });
}
