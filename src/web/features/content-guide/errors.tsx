import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useErrorText } from '../../components/errors.js';
import { contentGuideMessages } from '../../i18n/features/content-guide.js';

type GuideErrorCode = keyof typeof contentGuideMessages.nb.errors;
type GuideFieldCode = keyof typeof contentGuideMessages.nb.fieldErrors;
const isGuideError = (code: string): code is GuideErrorCode => Object.hasOwn(contentGuideMessages.nb.errors, code);
const isGuideField = (code: string): code is GuideFieldCode => Object.hasOwn(contentGuideMessages.nb.fieldErrors, code);

/** The shared error texts, plus the codes only the guide gives. */
export function useGuideErrorText() {
  const { t } = useTranslation();
  const shared = useErrorText();
  return {
    error: (error: unknown) =>
      error instanceof ApiError && isGuideError(error.code) ? t(`contentGuide.errors.${error.code}`) : shared.error(error),
    field: (code: string) => (isGuideField(code) ? t(`contentGuide.fieldErrors.${code}`) : shared.field(code)),
  };
}

/**
 * A failed write that is not about a field: the guide's own codes in plain words, else the shared
 * alert. A stale step (409 version_conflict) offers the newest version or saving over it.
 */
export function GuideErrorAlert({ error, onReload, onOverwrite, overwriting = false }: {
  error: unknown;
  onReload?: () => void;
  onOverwrite?: () => void;
  overwriting?: boolean;
}) {
  const { t } = useTranslation();
  const text = useGuideErrorText();
  if (!(error instanceof ApiError && isGuideError(error.code))) return <ErrorAlert error={error} />;
  return (
    <Alert data-color={error.code === 'version_conflict' ? 'warning' : 'danger'} role="alert" className="samla-stack">
      <Paragraph>{text.error(error)}</Paragraph>
      {error.code === 'version_conflict' && (onReload || onOverwrite) && (
        <div className="samla-actions">
          {onReload && <Button variant="secondary" data-size="sm" onClick={onReload}>{t('contentGuide.reload')}</Button>}
          {onOverwrite && (
            <Button variant="secondary" data-size="sm" loading={overwriting} onClick={onOverwrite}>{t('contentGuide.overwrite')}</Button>
          )}
        </div>
      )}
    </Alert>
  );
}
