import { useEffect, useRef } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** The results table's body rows in the page (section) around the button. */
function rowsIn(section: Element | null): HTMLTableRowElement[] {
  return section ? Array.from(section.querySelectorAll<HTMLTableRowElement>('tbody tr')) : [];
}

/**
 * Keyset pagination: «Vis flere» fetches the next page and appends it. Focus then moves to the
 * first new row (its link, or the row itself): the button disappears after the last page, and
 * focus must not fall back to <body>; moving it every time keeps the behaviour predictable.
 */
export function LoadMore({ hasMore, loading, onLoad }: { hasMore: boolean; loading: boolean; onLoad: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  // Set on click: where the rows are and how many there were before the new page.
  const pending = useRef<{ section: Element | null; before: number } | null>(null);

  useEffect(() => {
    const started = pending.current;
    if (loading || !started) return;
    pending.current = null;
    const first = rowsIn(started.section)[started.before];
    if (!first) return;
    const link = first.querySelector<HTMLElement>('a[href]');
    if (link) return link.focus();
    first.tabIndex = -1;
    first.focus();
  }, [loading]);

  if (!hasMore) return null;
  const load = () => {
    if (loading) return;
    const section = button.current?.closest('section') ?? null;
    pending.current = { section, before: rowsIn(section).length };
    onLoad();
  };
  return (
    <Button ref={button} variant="secondary" onClick={load} loading={loading} aria-disabled={loading || undefined}>
      {t('common.showMore')}
    </Button>
  );
}
