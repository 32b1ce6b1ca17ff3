import { useRef } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ConsentListResponse, DocumentUploadResponse, NewConsentRequest, consentMutationResponse,
} from '../../../contracts/consents.js';
import { api } from '../../api/client.js';
import { caseKey } from './api.js';

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;
type ConsentMutation = z.infer<typeof consentMutationResponse>;
export type ConsentBody = Omit<NewConsentRequest, 'documentId'>;

export function useConsents(caseId: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), 'consents'],
    queryFn: ({ signal }) => api<ConsentListResponse>(`${base(caseId)}/consents`, { signal }),
  });
}

export const documentHref = (caseId: string, documentId: string) => `${base(caseId)}/documents/${encodeURIComponent(documentId)}`;

/**
 * Records a consent or a refusal, uploading its scanned form first. A form already uploaded
 * for this same file (a first attempt the server refused) is not sent again.
 */
export function useRecordConsent(caseId: string) {
  const client = useQueryClient();
  const uploaded = useRef(new WeakMap<File, string>()).current;
  return useMutation({
    mutationFn: async ({ body, file }: { body: ConsentBody; file: File | null }) => {
      let documentId: string | undefined;
      if (file) {
        documentId = uploaded.get(file);
        if (!documentId) {
          const doc = await api<DocumentUploadResponse>(`${base(caseId)}/documents`, { method: 'POST', file });
          documentId = doc.id;
          uploaded.set(file, documentId);
        }
      }
      return api<ConsentMutation>(`${base(caseId)}/consents`, { method: 'POST', body: { ...body, documentId } });
    },
    // Access follows consent: the access list, the warning and the log change with it.
    onSuccess: () => client.invalidateQueries({ queryKey: caseKey(caseId) }),
  });
}

export function useWithdrawConsent(caseId: string, consentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api<ConsentMutation>(`${base(caseId)}/consents/${encodeURIComponent(consentId)}/withdraw`, { method: 'POST', body: { reason } }),
    onSuccess: () => client.invalidateQueries({ queryKey: caseKey(caseId) }),
  });
}
