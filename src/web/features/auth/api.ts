import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { demoResidentsResponse, demoUsersResponse, loginResponse } from '../../../contracts/session.js';
import { api, setCsrfToken } from '../../api/client.js';
import { sessionKey } from '../../api/session.js';

export type DemoUser = z.infer<typeof demoUsersResponse>['items'][number];

export function useDemoUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['demo-users'],
    queryFn: () => api<z.infer<typeof demoUsersResponse>>('/api/auth/demo/users'),
    enabled,
  });
}

/** Demo guardians and young people (their own endpoint: they are found in the demo data, not among users). */
export function useDemoResidents(enabled: boolean) {
  return useQuery({
    queryKey: ['demo-residents'],
    queryFn: () => api<z.infer<typeof demoResidentsResponse>>('/api/auth/demo/residents'),
    enabled,
  });
}

export function useDemoLogin() {
  return useLoginMutation((userId: string) => api<z.infer<typeof loginResponse>>('/api/auth/demo/login', { method: 'POST', body: { userId } }));
}

export function useDemoResidentLogin() {
  return useLoginMutation((residentId: string) =>
    api<z.infer<typeof loginResponse>>('/api/auth/demo/residents/login', { method: 'POST', body: { residentId } }));
}

function useLoginMutation(login: (id: string) => Promise<z.infer<typeof loginResponse>>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (answer) => {
      setCsrfToken(answer.csrfToken);
      // Whatever was cached belonged to the previous person.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      await client.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
