import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useErrorText } from '../../components/errors.js';
import { nb } from '../../i18n/nb.js';

type PanelErrorCode = keyof typeof nb.casePanels.common.errors;
type PanelFieldCode = keyof typeof nb.casePanels.common.fieldErrors;
const isPanelErrorCode = (code: string): code is PanelErrorCode => Object.hasOwn(nb.casePanels.common.errors, code);
const isPanelFieldCode = (code: string): code is PanelFieldCode => Object.hasOwn(nb.casePanels.common.fieldErrors, code);

/** The report's codes (version conflict, already sent, incomplete) first, then the app-wide ones. */
export function useReportErrorText() {
  const { t } = useTranslation();
  const common = useErrorText();
  return {
    error: (error: unknown) =>
      error instanceof ApiError && isPanelErrorCode(error.code) ? t(`casePanels.common.errors.${error.code}`) : common.error(error),
    field: (code: string) => (isPanelFieldCode(code) ? t(`casePanels.common.fieldErrors.${code}`) : common.field(code)),
  };
}

/** A failed write on the report; someone else's change gets the reload button. */
export function ReportErrorAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const text = useReportErrorText();
  if (!(error instanceof ApiError) || !isPanelErrorCode(error.code)) return <ErrorAlert error={error} />;
  const conflict = error.code === 'version_conflict';
  return (
    <Alert data-color={conflict ? 'warning' : 'danger'} role="alert">
      <Paragraph>{conflict ? t('casePanels.common.conflict') : text.error(error)}</Paragraph>
      {conflict && (
        <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>{t('casePanels.common.reload')}</Button>
      )}
    </Alert>
  );
}
