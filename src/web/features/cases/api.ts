import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CaseDetail, CaseEntry, caseEntriesResponse, caseMutationResponse, closeReason, entryDraft, entryDraftResponse, NewEntryRequest,
} from '../../../contracts/cases.js';
import { api, query } from '../../api/client.js';
import type { unitRoles } from '../../../contracts/common.js';

type UnitRole = (typeof unitRoles)[number];

type EntriesPage = z.infer<typeof caseEntriesResponse>;
type MutationResponse = z.infer<typeof caseMutationResponse>;
export type EntryDraft = z.infer<typeof entryDraft>;
type DraftResponse = z.infer<typeof entryDraftResponse>;
export type CloseReasonValue = z.infer<typeof closeReason>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;
export const caseKey = (caseId: string) => ['case', caseId] as const;
const entriesKey = (caseId: string) => ['case', caseId, 'entries'] as const;

/** How often an open case page asks again whether the case is still there for this user. */
export const CASE_REFRESH_MS = 30_000;

/**
 * The case, read again when the window regains focus and every CASE_REFRESH_MS while the page is
 * visible: access can end at any moment (a consent withdrawn, the case moved), and the page must
 * not keep showing the child's data until a save fails. `enabled: false` once access is lost.
 */
export function useCase(caseId: string, enabled = true) {
  return useQuery({
    queryKey: caseKey(caseId),
    queryFn: ({ signal }) => api<CaseDetail>(base(caseId), { signal }),
    enabled,
    refetchOnWindowFocus: true,
    refetchInterval: CASE_REFRESH_MS,
  });
}

export function useCaseEntries(caseId: string) {
  return useInfiniteQuery({
    queryKey: entriesKey(caseId),
    queryFn: ({ pageParam, signal }) => api<EntriesPage>(`${base(caseId)}/entries${query({ cursor: pageParam, limit: 20 })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * Everything on the case page depends on the case and its log: refetch both after any write.
 * Not awaited, so the form that wrote can say «done» at once; the page updates when the data comes.
 */
function useInvalidateCase(caseId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: caseKey(caseId) });
  };
}

export function useAddEntry(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (body: NewEntryRequest) => api<CaseEntry>(`${base(caseId)}/entries`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** Stays pending until the log shows the correction, so that focus can move to it. */
export function useAddCorrection(caseId: string, entryId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { body: string }) =>
      api<CaseEntry>(`${base(caseId)}/entries/${encodeURIComponent(entryId)}/corrections`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: entriesKey(caseId) }),
  });
}

/**
 * The draft is read once when the form opens; it is not refetched while the user types, nor
 * after writes to the case (its key is outside the case's).
 */
export function useDraft(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['case-draft', caseId],
    queryFn: ({ signal }) => api<DraftResponse>(`${base(caseId)}/draft`, { signal }),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

export function saveDraft(caseId: string, draft: EntryDraft) {
  return api<DraftResponse>(`${base(caseId)}/draft`, { method: 'PUT', body: draft });
}

export function deleteDraft(caseId: string) {
  return api<unknown>(`${base(caseId)}/draft`, { method: 'DELETE' });
}

export function useChangeLevel(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (body: { level: number; reason: string; version: number }) =>
      api<MutationResponse>(`${base(caseId)}/level`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** Opens the case to the guardians and the young person, or hides it from them. */
export function useSetResidentAccess(caseId: string, opening: boolean) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (body: { reason: string; version: number }) =>
      api<MutationResponse>(`${base(caseId)}/resident-access${opening ? '' : '/restrict'}`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useCloseCase(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (body: { reason: CloseReasonValue; note: string; version: number }) =>
      api<MutationResponse>(`${base(caseId)}/close`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useReopenCase(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (body: { reason: string; version: number }) => api<MutationResponse>(`${base(caseId)}/reopen`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export interface MemberCandidate {
  id: string;
  name: string;
  units: string[];
  /** their role in each unit (memberCandidatesResponse) */
  roles: { unit: string; role: UnitRole }[];
  joinableBy: 'unit' | 'consent' | null;
  /** already added (the server may list them so that the user sees why they are not new) */
  isMember?: boolean;
}

/** A POST, so that the search text never appears in a URL. */
export function useMemberCandidates(caseId: string, search: string | null) {
  return useQuery({
    queryKey: ['case', caseId, 'member-candidates', search],
    queryFn: async ({ signal }) => {
      const data = await api<{ items: MemberCandidate[] } | MemberCandidate[]>(`${base(caseId)}/member-candidates`, {
        method: 'POST', body: { query: search ?? '' }, signal,
      });
      // The contract names the items but not the envelope; accept a page or a bare list.
      return Array.isArray(data) ? data : data.items;
    },
    enabled: search !== null,
  });
}

export function useAddMember(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (userId: string) => api<unknown>(`${base(caseId)}/members`, { method: 'POST', body: { userId } }),
    onSuccess: invalidate,
  });
}

export function useRemoveMember(caseId: string) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (userId: string) => api<unknown>(`${base(caseId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
