import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Masked by default so it is not read over a shoulder; the birth-date part is already on screen. */
export function NationalId({ value }: { value: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const masked = `${value.slice(0, 6)} •••••`;
  return (
    <span className="samla-national-id">
      {shown ? (
        <span className="samla-mono">{`${value.slice(0, 6)} ${value.slice(6)}`}</span>
      ) : (
        <>
          <span className="samla-mono" aria-hidden="true">{masked}</span>
          <span className="ds-sr-only">{t('children.nationalIdHidden')}</span>
        </>
      )}
      <Button
        variant="tertiary"
        data-size="sm"
        aria-label={shown ? t('children.hideNationalIdLabel') : t('children.showNationalIdLabel')}
        onClick={() => setShown(!shown)}
      >
        {shown ? t('children.hideNationalId') : t('children.showNationalId')}
      </Button>
    </span>
  );
}
