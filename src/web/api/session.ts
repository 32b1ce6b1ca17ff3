import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate, type NavigateFunction } from 'react-router';
import type { z } from 'zod';
import type { SessionResponse, loginResponse, logoutResponse } from '../../contracts/session.js';
import { followMainLanguage } from '../i18n/index.js';
import { api, setCsrfToken } from './client.js';
import { isUnsentKey } from '../components/unsent-text.js';

export type Session = SessionResponse;
export type AuthenticatedSession = Extract<SessionResponse, { authenticated: true }>;
type LoginResponse = z.infer<typeof loginResponse>;
type LogoutResponse = z.infer<typeof logoutResponse>;

export const sessionKey = ['session'] as const;

/**
 * Set when a session ended in this tab, cleared by the next login. It lives in sessionStorage
 * so that it survives a reload (Back after an identity provider's logout reloads the old page):
 * the login page must then not send the next person back to the previous person's page.
 */
const ENDED_KEY = 'samla.sessionEnded';

export function sessionEndedInThisTab(): boolean {
  try {
    return sessionStorage.getItem(ENDED_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Set when a session ran out with unsent form text kept (components/unsent-text): whose text it is. The next login in
 * this tab gets it back only if it is the same person; anyone else starts on their own front page without it.
 */
const UNSENT_FOR_KEY = 'samla.unsentFor';
let otherPersonAfterExpiry = false;

/** True once after someone other than the person whose session ran out logged in in this tab. */
export function takeOtherPersonAfterExpiry(): boolean {
  const other = otherPersonAfterExpiry;
  otherPersonAfterExpiry = false;
  return other;
}

function resumeUnsentText(userId: string | null): void {
  try {
    const keptFor = sessionStorage.getItem(UNSENT_FOR_KEY);
    if (keptFor === null) return;
    sessionStorage.removeItem(UNSENT_FOR_KEY);
    if (keptFor === userId) return;
    otherPersonAfterExpiry = true;
    for (const key of Object.keys(sessionStorage)) if (isUnsentKey(key)) sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/**
 * Everything the previous person left in this tab, except the session query itself — and, when their session ran
 * out (keepUnsentFor: their user id), the form text they had not sent, for them alone.
 */
function forgetPreviousUser(client: QueryClient, keepUnsentFor: string | null = null): void {
  setCsrfToken(null);
  client.getMutationCache().clear();
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  try {
    // Remembered searches (children, staff) are names and ids of the previous person's work.
    if (keepUnsentFor === null) sessionStorage.clear();
    else {
      for (const key of Object.keys(sessionStorage)) if (!isUnsentKey(key)) sessionStorage.removeItem(key);
      sessionStorage.setItem(UNSENT_FOR_KEY, keepUnsentFor);
    }
    sessionStorage.setItem(ENDED_KEY, '1');
  } catch {
    // Storage blocked: there was nothing remembered either.
  }
}

/**
 * However a session ends (logout, logout in another tab, deactivation, idle timeout, a 401),
 * nothing of it may reach the next person who logs in in this tab. A session that ran out
 * (keepUnsentFor: its user's id) keeps that person's unsent form text for their next login.
 */
export function endLocalSession(client: QueryClient, keepUnsentFor: string | null = null): void {
  forgetPreviousUser(client, keepUnsentFor);
  // Asked again by whoever shows next (the login page), instead of trusting the old answer.
  client.removeQueries({ queryKey: sessionKey });
}

/** Polling this does not extend the session on the server (see auth.plugin.ts). */
export function useSession() {
  const client = useQueryClient();
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      const before = client.getQueryData<SessionResponse>(sessionKey);
      const session = await api<SessionResponse>('/api/session');
      if (session.authenticated) {
        setCsrfToken(session.csrfToken);
        resumeUnsentText(session.user?.id ?? null);
        if (session.user) followMainLanguage(session.user.tenant.mainLanguage);
        try {
          sessionStorage.removeItem(ENDED_KEY);
        } catch {
          // Storage blocked: nothing to forget.
        }
      } else if (before?.authenticated) {
        // Ended elsewhere: another tab's logout, deactivation, idle timeout on the server. Unsent text stays for
        // the same person only (a resident's is not kept: no id to know them by).
        forgetPreviousUser(client, before.user?.id ?? null);
      } else {
        setCsrfToken(null);
      }
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

/**
 * After logout: forget the person, then either end the identity provider's session too (after
 * an OIDC login; it sends the browser back to the app, which shows the login page) or go
 * straight to /login.
 */
export function performLogout(client: QueryClient, navigate: NavigateFunction, redirectTo: string | null | undefined): void {
  endLocalSession(client);
  // Both replace the current history entry, so Back never leads to the person's last page.
  if (redirectTo) window.location.replace(redirectTo);
  else navigate('/login', { replace: true });
}

/** The one logout: the header's button and the session-timeout dialog's both use it. */
export function useLogout() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api<LogoutResponse>('/api/auth/logout', { method: 'POST' }),
    // Also when the request failed: this tab forgets the person either way.
    onSettled: (answer) => performLogout(client, navigate, answer?.redirectTo),
  });
}
