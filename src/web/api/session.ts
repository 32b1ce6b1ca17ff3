import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SessionResponse, loginResponse, logoutResponse } from '../../contracts/session.js';
import { api, setCsrfToken } from './client.js';

export type Session = SessionResponse;
export type AuthenticatedSession = Extract<SessionResponse, { authenticated: true }>;
type LoginResponse = z.infer<typeof loginResponse>;
type LogoutResponse = z.infer<typeof logoutResponse>;

export const sessionKey = ['session'] as const;

/** Polling this does not extend the session on the server (see auth.plugin.ts). */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      const session = await api<SessionResponse>('/api/session');
      setCsrfToken(session.authenticated ? session.csrfToken : null);
      return session;
    },
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}

export function useAuthenticatedSession(): AuthenticatedSession | null {
  const { data } = useSession();
  return data?.authenticated ? data : null;
}

export function useIsSystemAdmin(): boolean {
  return useAuthenticatedSession()?.user?.municipalRoles.includes('system_admin') ?? false;
}

export function useRefreshSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<LoginResponse>('/api/session/refresh', { method: 'POST' }),
    onSuccess: (answer) => {
      setCsrfToken(answer.csrfToken);
      client.setQueryData<Session>(sessionKey, (old) => (old?.authenticated ? { ...old, expiresAt: answer.expiresAt } : old));
    },
  });
}

/** After login or logout every cached answer belongs to someone else: drop it all. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<LogoutResponse>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      sessionStorage.clear();
    },
  });
}
