import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="samla-loading">
      <Spinner aria-label={t('common.loading')} data-size="md" />
    </div>
  );
}
