import { useEffect, useState } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { onApiActivity, onUnauthenticated } from '../../api/client.js';
import { sessionKey, useAuthenticatedSession, useLogout, useRefreshSession } from '../../api/session.js';

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
  const idleMinutes = session?.idleMinutes;

  useEffect(() => setExpiresAt(session ? Date.parse(session.expiresAt) : null), [session?.expiresAt, session]);

  useEffect(
    () => onApiActivity(() => idleMinutes && setExpiresAt(Date.now() + idleMinutes * 60_000)),
    [idleMinutes],
  );

  useEffect(() => onUnauthenticated(() => void client.invalidateQueries({ queryKey: sessionKey })), [client]);

  useEffect(() => {
    if (expiresAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);

  const remaining = expiresAt === null ? null : expiresAt - now;

  useEffect(() => {
    if (remaining === null || remaining > 0) return;
    setExpiresAt(null);
    client.clear();
    sessionStorage.clear();
    navigate('/login?error=session_expired', { replace: true });
  }, [remaining, client, navigate]);

  if (remaining === null || remaining > WARN_BEFORE_MS || remaining <= 0) return null;
  const seconds = Math.ceil(remaining / 1000);
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

  return (
    <Dialog open modal closeButton={false} closedby="none" aria-labelledby="session-timeout-heading">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="session-timeout-heading">{t('session.warningTitle')}</Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{t('session.warningText', { time })}</Paragraph>
        <div className="samla-actions">
          <Button onClick={() => refresh.mutate()} loading={refresh.isPending}>{t('session.stay')}</Button>
          <Button
            variant="secondary"
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
          >
            {t('header.logout')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
