import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerHandoverRequest, HandoverMutationResponse, IncomingHandover } from '../../../contracts/handovers.js';
import { api } from '../../api/client.js';

const base = (id: string) => `/api/handovers/${encodeURIComponent(id)}`;

export function useHandover(id: string) {
  return useQuery({ queryKey: ['handover', id], queryFn: ({ signal }) => api<IncomingHandover>(base(id), { signal }) });
}

/** Accepting or declining changes the receiver's tasks and the case: refetch them. */
export function useAnswerHandover(id: string, answer: 'accept' | 'decline') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerHandoverRequest) => api<HandoverMutationResponse>(`${base(id)}/${answer}`, { method: 'POST', body }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['handover', id] });
      await client.invalidateQueries({ queryKey: ['my-work'] });
      await client.invalidateQueries({ queryKey: ['case'] });
    },
  });
}
