import { useCallback, useEffect, useState } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { onApiActivity, onUnauthenticated } from '../../api/client.js';
import { endLocalSession, sessionKey, useAuthenticatedSession, useLogout, useRefreshSession } from '../../api/session.js';

const WARN_BEFORE_MS = 2 * 60_000;

/**
 * Warns two minutes before the idle timeout (WCAG 2.2.1: the user can extend with one action)
 * and goes to the login page when the session has run out. The server's expiresAt is the
 * truth; any other API call extends it, so the countdown restarts on API activity.
 */
export function SessionTimeout() {
  const { t } = useTranslation();
  const session = useAuthenticatedSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const logout = useLogout();
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const authenticated = session !== null;

  useEffect(() => setExpiresAt(session ? Date.parse(session.expiresAt) : null), [session?.expiresAt, session]);

  // Activity extends the session on the server (at most every 30 s there); ask it for the
  // new expiry shortly after, instead of guessing. GET /api/session itself extends nothing.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onApiActivity(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void client.invalidateQueries({ queryKey: sessionKey }), 2000);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [client]);

  // The way back: after login, the same person returns to this page (a path of ids, never personal data) and finds
  // what they had typed but not sent (components/unsent-text); anyone else starts on their own front page.
  const userId = session?.user?.id ?? null;
  const expire = useCallback(() => {
    setExpiresAt(null);
    endLocalSession(client, userId);
    const here = window.location.pathname + window.location.search;
    const returnTo = userId && here !== '/' ? `&returnTo=${encodeURIComponent(here)}` : '';
    navigate(`/login?error=session_expired${returnTo}`, { replace: true });
  }, [client, navigate, userId]);

  // A 401 from any call means the server ended the session.
  useEffect(() => onUnauthenticated(() => authenticated && expire()), [authenticated, expire]);

  useEffect(() => {
    if (expiresAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);

  const remaining = expiresAt === null ? null : expiresAt - now;
  const warning = remaining !== null && remaining > 0 && remaining <= WARN_BEFORE_MS;

  useEffect(() => {
    if (remaining !== null && remaining <= 0) expire();
  }, [remaining, expire]);

  // The dialog stays mounted and is closed instead (dialog.close()), so that the browser gives
  // focus back to where the user was; unmounting it would drop focus to <body>.
  if (expiresAt === null) return null;
  const seconds = warning ? Math.ceil(remaining / 1000) : 0;
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

  return (
    <Dialog open={warning} modal closeButton={false} closedby="none" aria-labelledby="session-timeout-heading" aria-describedby="session-timeout-text">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="session-timeout-heading">{t('session.warningTitle')}</Heading>
      </Dialog.Block>
      <Dialog.Block className="samla-stack">
        <Paragraph id="session-timeout-text">{t('session.warningText', { time })}</Paragraph>
        <div className="samla-actions">
          <Button onClick={() => refresh.mutate()} loading={refresh.isPending}>{t('session.stay')}</Button>
          <Button variant="secondary" onClick={() => logout.mutate()} loading={logout.isPending}>
            {t('header.logout')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
