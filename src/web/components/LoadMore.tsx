import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Keyset pagination: «Vis flere» fetches the next page and appends it. */
export function LoadMore({ hasMore, loading, onLoad }: { hasMore: boolean; loading: boolean; onLoad: () => void }) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Button variant="secondary" onClick={onLoad} loading={loading} aria-disabled={loading || undefined}>
      {t('common.showMore')}
    </Button>
  );
}
