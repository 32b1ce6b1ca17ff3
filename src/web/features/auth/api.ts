import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { demoUsersResponse, loginResponse } from '../../../contracts/session.js';
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

export function useDemoLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api<z.infer<typeof loginResponse>>('/api/auth/demo/login', { method: 'POST', body: { userId } }),
    onSuccess: async (answer) => {
      setCsrfToken(answer.csrfToken);
      // Whatever was cached belonged to the previous person.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      await client.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
