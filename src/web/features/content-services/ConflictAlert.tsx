import { useEffect, useRef } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ServiceDetail } from '../../../contracts/catalogue.js';
import { useFormat } from '../../components/format.js';

/**
 * Someone saved the service after this user opened it (409 version_conflict). Nothing of the
 * user's is lost yet: they choose between the newest version and saving theirs over it.
 */
export function ConflictAlert(props: {
  latest: ServiceDetail | null;
  saving: boolean;
  onReload: () => void;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  // The save button is far below the top of a long form: bring the choice to the user.
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} data-color="warning" role="alert" className="samla-stack">
      <Heading level={2} data-size="xs">{t('contentServices.conflict.title')}</Heading>
      <Paragraph>
        {props.latest
          ? t('contentServices.conflict.text', { when: format.dateTime(props.latest.updatedAt) })
          : t('contentServices.conflict.textUnknown')}
      </Paragraph>
      <Paragraph>{t('contentServices.conflict.choose')}</Paragraph>
      <div className="samla-actions">
        <Button type="button" variant="secondary" onClick={props.onReload}>{t('contentServices.conflict.reload')}</Button>
        {props.latest && (
          <Button type="button" variant="secondary" loading={props.saving} onClick={props.onOverwrite}>{t('contentServices.conflict.overwrite')}</Button>
        )}
      </div>
    </Alert>
  );
}
