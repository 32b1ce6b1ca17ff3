import { useEffect, useRef, useState } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { caseArrivalOf, type CaseArrival } from '../../components/case-arrival.js';

/**
 * A case just opened on /barn/:id/ny-sak, or just taken over on /overleveringer/:id: the case
 * page says so and starts reading at its heading (after the layout's own focus on <main>).
 * Said once: the history entry forgets it, so a reload or Back does not announce it again.
 */
export function useOpenedCase(loaded: boolean) {
  const location = useLocation();
  const navigate = useNavigate();
  const [arrival] = useState(() => caseArrivalOf(location.state));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (arrival) void navigate(location.pathname + location.search, { replace: true, state: null });
  }, [arrival, navigate, location.pathname, location.search]);
  useEffect(() => {
    if (!arrival || !loaded) return;
    const timer = setTimeout(() => headingRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [arrival, loaded]);
  return { arrival, headingRef };
}

const arrivalText = { opened: 'cases.openCase.created', baton_taken: 'cases.done.batonTaken' } as const;

export function OpenedNotice({ arrival }: { arrival: CaseArrival | null }) {
  const { t } = useTranslation();
  if (!arrival) return null;
  return <Alert data-color="success" role="status"><Paragraph>{t(arrivalText[arrival])}</Paragraph></Alert>;
}
