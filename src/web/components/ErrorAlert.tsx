import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { useErrorText } from './errors.js';

/** A failed request, translated; the request id helps support find the server log line. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const text = useErrorText();
  // Only a server failure is worth a support call; the id finds its log line.
  const requestId = error instanceof ApiError && error.status >= 500 ? error.requestId : null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{text.error(error)}</Paragraph>
      {requestId && <Paragraph data-size="sm">{t('errors.requestId', { requestId })}</Paragraph>}
    </Alert>
  );
}
