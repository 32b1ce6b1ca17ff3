import { useState } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DocumentCreate, DocumentDetail, DocumentKind, DocumentList, DocumentOwnerList, documentUpdate, versionDraft,
} from '../../../contracts/library.js';
import { api, query, uploadFile } from '../../api/client.js';

export type DocumentUpdate = z.input<typeof documentUpdate>;
export type VersionText = z.input<typeof versionDraft>;
export interface DocumentFilter { kind?: DocumentKind; reviewOverdue?: boolean; q?: string }

const base = '/api/content/documents';
const listKey = ['content', 'documents', 'list'] as const;
const detailKey = (id: string) => ['content', 'documents', id] as const;
const path = (id: string) => `${base}/${encodeURIComponent(id)}`;
const versionPath = (id: string, versionId: string) => `${path(id)}/versions/${encodeURIComponent(versionId)}`;

/** The editor's download of any version's file (draft or published): a plain link, the session cookie goes along. */
export const versionFileHref = (id: string, versionId: string) => `${versionPath(id, versionId)}/file`;

export function useDocumentList(filter: DocumentFilter) {
  return useInfiniteQuery({
    queryKey: [...listKey, filter],
    queryFn: ({ pageParam, signal }) =>
      api<DocumentList>(`${base}${query({ kind: filter.kind, reviewOverdue: filter.reviewOverdue ? 'true' : undefined, q: filter.q, cursor: pageParam, limit: 25 })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * One document with its versions. Not refetched in the background: the versions the forms send
 * back must be the ones the editor saw, so that someone else's change is a 409, not overwritten.
 */
export function useDocument(id: string) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: ({ signal }) => api<DocumentDetail>(path(id), { signal }),
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Every write answers with the whole document: it replaces the cached one, and the list is read again. */
function useDocumentWrite<V>(id: string, write: (vars: V) => Promise<DocumentDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (detail) => {
      client.setQueryData(detailKey(id), detail);
      await client.invalidateQueries({ queryKey: listKey });
    },
  });
}

export function useCreateDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DocumentCreate) => api<DocumentDetail>(base, { method: 'POST', body }),
    onSuccess: async (detail) => {
      client.setQueryData(detailKey(detail.id), detail);
      await client.invalidateQueries({ queryKey: listKey });
    },
  });
}

export const useUpdateDocument = (id: string) =>
  useDocumentWrite(id, (body: DocumentUpdate) => api<DocumentDetail>(path(id), { method: 'PATCH', body }));

export const useCreateDraft = (id: string) =>
  useDocumentWrite(id, (body: VersionText) => api<DocumentDetail>(`${path(id)}/versions`, { method: 'POST', body }));

export const useSaveDraft = (id: string) =>
  useDocumentWrite(id, ({ versionId, ...body }: VersionText & { versionId: string; version: number }) =>
    api<DocumentDetail>(versionPath(id, versionId), { method: 'PUT', body }));

export const usePublishVersion = (id: string) =>
  useDocumentWrite(id, ({ versionId, version }: { versionId: string; version: number }) =>
    api<DocumentDetail>(`${versionPath(id, versionId)}/publish`, { method: 'POST', body: { version } }));

export const useDeleteFile = (id: string) =>
  useDocumentWrite(id, ({ versionId, version }: { versionId: string; version: number }) =>
    api<DocumentDetail>(`${versionPath(id, versionId)}/file`, { method: 'DELETE', headers: { 'if-match': `"${version}"` } }));

/** The draft's file, with progress (0–1) while it is sent; If-Match carries the draft's version the editor saw. */
export function useUploadFile(id: string) {
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useDocumentWrite(id, async ({ versionId, version, file, type }: { versionId: string; version: number; file: File; type: string }) => {
    setProgress(0);
    try {
      return await uploadFile<DocumentDetail>(`${versionPath(id, versionId)}/file`, file, {
        type,
        headers: { 'if-match': `"${version}"` },
        onProgress: (loaded, total) => setProgress(total > 0 ? loaded / total : 0),
      });
    } finally {
      setProgress(null);
    }
  });
  return { ...mutation, progress };
}

/**
 * Whom a document may belong to: the active municipal coordinators (the server takes no one
 * else as a new owner). Cached for a while: the list changes when roles do, seldom.
 */
export function useOwners() {
  return useQuery({
    queryKey: ['content', 'documents', 'owners'] as const,
    queryFn: ({ signal }) => api<DocumentOwnerList>(`${base}/owners`, { signal }),
    staleTime: 60_000,
  });
}
