import { useEffect, useRef, useState } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** What the «open a case» page passes to the case page it navigates to. */
export const OPENED_STATE = { opened: true } as const;

/**
 * A case just opened on /barn/:id/ny-sak: the case page says so and starts reading at its
 * heading (after the layout's own focus on <main>). Said once: the history entry forgets it,
 * so a reload or Back does not announce it again.
 */
export function useOpenedCase(loaded: boolean) {
  const location = useLocation();
  const navigate = useNavigate();
  const [opened] = useState(() => (location.state as { opened?: boolean } | null)?.opened === true);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (opened) void navigate(location.pathname, { replace: true, state: null });
  }, [opened, navigate, location.pathname]);
  useEffect(() => {
    if (!opened || !loaded) return;
    const timer = setTimeout(() => headingRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [opened, loaded]);
  return { opened, headingRef };
}

export function OpenedNotice({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return <Alert data-color="success" role="status"><Paragraph>{t('cases.openCase.created')}</Paragraph></Alert>;
}
