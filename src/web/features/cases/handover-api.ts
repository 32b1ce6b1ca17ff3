import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CaseHandovers, HandoverMutationResponse, HandoverPreview, newHandoverRequest } from '../../../contracts/handovers.js';

/** What the form sends (defaults filled in by the server). */
export type NewHandoverRequest = z.input<typeof newHandoverRequest>;
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

/** Who would lose access if the receiver accepted (the server asks the case policy); null until receiver and unit are chosen. */
export function useHandoverPreview(caseId: string, query: { toUserId: string; toUnitId?: string } | null) {
  const params = query ? new URLSearchParams({ toUserId: query.toUserId, ...(query.toUnitId && { toUnitId: query.toUnitId }) }) : null;
  return useQuery({
    queryKey: [...caseKey(caseId), 'handover-preview', query?.toUserId ?? null, query?.toUnitId ?? null],
    queryFn: ({ signal }) => api<HandoverPreview>(`${base(caseId)}/handovers/preview?${params!.toString()}`, { signal }),
    enabled: params !== null,
  });
}

/**
 * The measures a handover must give a new responsible: those of people who lose access and are
 * not kept (to the receiver), and — unless a consent keeps the old unit — those of the old unit
 * (to the unit the case moves to). The server refuses a request that leaves any of them.
 */
export function reassignmentsFor(
  preview: Pick<HandoverPreview, 'losesAccess' | 'unitMeasures'>, kept: readonly string[] | null, receiverId: string, toUnitId: string | null,
): NonNullable<NewHandoverRequest['reassign']> {
  const byMeasure = new Map<string, NonNullable<NewHandoverRequest['reassign']>[number]>();
  for (const l of preview.losesAccess) {
    if (kept?.includes(l.user.id)) continue;
    for (const m of l.measures) byMeasure.set(m.id, { ...byMeasure.get(m.id), measureId: m.id, responsibleUserId: receiverId });
  }
  if (kept === null && toUnitId) {
    for (const m of preview.unitMeasures) byMeasure.set(m.id, { ...byMeasure.get(m.id), measureId: m.id, responsibleUnitId: toUnitId });
  }
  return [...byMeasure.values()];
}
