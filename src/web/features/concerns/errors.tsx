import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { hasFieldProblems, useErrorText } from '../../components/errors.js';
import { nb } from '../../i18n/nb.js';

type ConcernErrorCode = keyof typeof nb.concerns.errors;
type ConcernFieldCode = keyof typeof nb.concerns.fieldErrors;
const isConcernError = (code: string): code is ConcernErrorCode => Object.hasOwn(nb.concerns.errors, code);
const isConcernField = (code: string): code is ConcernFieldCode => Object.hasOwn(nb.concerns.fieldErrors, code);

export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.code === 'version_conflict';

/** The shared error texts, plus the codes only level-0 work gives (their texts live in this feature's messages). */
export function useConcernErrorText() {
  const { t } = useTranslation();
  const shared = useErrorText();
  return {
    error: (error: unknown) =>
      error instanceof ApiError && isConcernError(error.code) ? t(`concerns.errors.${error.code}`) : shared.error(error),
    field: (code: string) => (isConcernField(code) ? t(`concerns.fieldErrors.${code}`) : shared.field(code)),
  };
}

/**
 * Like components/form.ts, with this feature's field codes: the API's field problems go beside
 * their fields; the ones that match no field are returned for the form's alert.
 */
export function useConcernFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly FieldPath<T>[]) {
  const text = useConcernErrorText();
  return (error: unknown): string[] => {
    if (!(error instanceof ApiError)) return [];
    const unmatched: string[] = [];
    let focused = false;
    for (const problem of error.fields) {
      const path = problem.path.replace(/^body\./, '');
      const name = fields.find((f) => path === f || path.startsWith(`${f}.`));
      if (!name) {
        unmatched.push(text.field(problem.code));
        continue;
      }
      // Focus goes to the first field with a problem, as it does for the browser-side checks.
      setError(name, { type: 'server', message: text.field(problem.code) }, { shouldFocus: !focused });
      focused = true;
    }
    return unmatched;
  };
}

/**
 * A failed write: «someone else changed this» with a reload button, or the translated error
 * when it is not about a field (field problems are shown beside the fields).
 */
export function WriteError({ error, unmatched, onReload }: { error: unknown; unmatched: string[]; onReload: () => void }) {
  const { t } = useTranslation();
  const text = useConcernErrorText();
  if (isVersionConflict(error)) {
    return (
      <Alert data-color="warning" role="alert">
        <Paragraph>{t('concerns.conflict.text')}</Paragraph>
        <Button variant="secondary" data-size="sm" onClick={onReload}>{t('concerns.conflict.reload')}</Button>
      </Alert>
    );
  }
  if (unmatched.length > 0) {
    return <Alert data-color="danger" role="alert">{unmatched.map((m) => <Paragraph key={m}>{m}</Paragraph>)}</Alert>;
  }
  if (!error || hasFieldProblems(error)) return null;
  if (error instanceof ApiError && isConcernError(error.code)) {
    return <Alert data-color="danger" role="alert"><Paragraph>{text.error(error)}</Paragraph></Alert>;
  }
  return <ErrorAlert error={error} />;
}
