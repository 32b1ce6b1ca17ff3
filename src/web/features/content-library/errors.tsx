import { useEffect, useRef } from 'react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { applyFieldProblems } from '../../components/form.js';
import { useErrorText } from '../../components/errors.js';
import { contentLibraryMessages } from '../../i18n/features/content-library.js';

type LibraryErrorCode = keyof typeof contentLibraryMessages.nb.errors;
type LibraryFieldCode = keyof typeof contentLibraryMessages.nb.fieldErrors;
const isLibraryError = (code: string): code is LibraryErrorCode => Object.hasOwn(contentLibraryMessages.nb.errors, code);
const isLibraryField = (code: string): code is LibraryFieldCode => Object.hasOwn(contentLibraryMessages.nb.fieldErrors, code);

/** The shared error texts, plus the codes only the library gives. */
export function useLibraryErrorText() {
  const { t } = useTranslation();
  const shared = useErrorText();
  return {
    error: (error: unknown) =>
      error instanceof ApiError && isLibraryError(error.code) ? t(`contentLibrary.errors.${error.code}`) : shared.error(error),
    field: (code: string) => (isLibraryField(code) ? t(`contentLibrary.fieldErrors.${code}`) : shared.field(code)),
  };
}

/** Server field problems beside their fields, with the library's codes; returns the ones that match no field. */
export function useLibraryFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly FieldPath<T>[]) {
  const text = useLibraryErrorText();
  return (error: unknown): string[] => applyFieldProblems(error, setError, fields, text.field);
}

/** What someone else changed in between (409): the page must be read again before this can be done. */
const staleCodes = new Set(['version_conflict', 'draft_exists', 'version_published']);

/**
 * A failed write: the library's own codes in plain words (a stale version with a reload button),
 * the messages of field problems that match no field, or the shared alert. A stale version's
 * alert takes focus once it is there: the user must choose, and it may be far from the button.
 */
export function LibraryErrorAlert({ error, unmatched = [], onReload }: { error: unknown; unmatched?: string[]; onReload?: () => void }) {
  const { t } = useTranslation();
  const text = useLibraryErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const stale = unmatched.length === 0 && error instanceof ApiError && staleCodes.has(error.code);
  useEffect(() => {
    if (stale) ref.current?.focus();
  }, [stale, error]);
  if (unmatched.length > 0) {
    return <Alert data-color="danger" role="alert">{unmatched.map((m) => <Paragraph key={m}>{m}</Paragraph>)}</Alert>;
  }
  // Field problems are shown beside their fields.
  if (error instanceof ApiError && error.fields.length > 0) return null;
  if (!(error instanceof ApiError && isLibraryError(error.code))) return <ErrorAlert error={error} />;
  return (
    <Alert ref={ref} tabIndex={stale ? -1 : undefined} data-color={stale ? 'warning' : 'danger'} role="alert" className="samla-stack">
      <Paragraph>{text.error(error)}</Paragraph>
      {stale && onReload && <Button variant="secondary" data-size="sm" onClick={onReload}>{t('contentLibrary.reload')}</Button>}
    </Alert>
  );
}
