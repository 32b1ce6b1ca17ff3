import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useErrorText } from '../../components/errors.js';
import { nb } from '../../i18n/nb.js';
import { applyFieldProblems } from '../../components/form.js';

type CaseErrorCode = keyof typeof nb.cases.errorCodes;
const isCaseErrorCode = (code: string): code is CaseErrorCode => Object.hasOwn(nb.cases.errorCodes, code);

export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.code === 'version_conflict';

/** The case's own error codes first (409s, level unchanged), then the app-wide ones. */
export function useCaseErrorText() {
  const { t } = useTranslation();
  const common = useErrorText();
  return {
    error(error: unknown): string {
      if (error instanceof ApiError && isCaseErrorCode(error.code)) return t(`cases.errorCodes.${error.code}`);
      return common.error(error);
    },
    field(code: string): string {
      return isCaseErrorCode(code) ? t(`cases.errorCodes.${code}`) : common.field(code);
    },
  };
}

/**
 * A failed write on the case. Someone else's change (409 version_conflict) gets a reload
 * button: the form keeps what the user typed, and the next attempt carries the new version.
 */
export function CaseErrorAlert({ error, caseId, onReloaded }: { error: unknown; caseId: string; onReloaded?: () => void }) {
  const { t } = useTranslation();
  const text = useCaseErrorText();
  const client = useQueryClient();
  if (!(error instanceof ApiError)) return <ErrorAlert error={error} />;
  // A rule the service checks (for example «needs consent») comes as a field problem of a
  // request without a form field to show it at: say what it is.
  if (!isCaseErrorCode(error.code) && error.fields.length > 0) {
    return <Unmatched messages={[...new Set(error.fields.map((f) => text.field(f.code)))]} />;
  }
  if (!isCaseErrorCode(error.code)) return <ErrorAlert error={error} />;
  const reload = async () => {
    await client.invalidateQueries({ queryKey: ['case', caseId] });
    onReloaded?.();
  };
  return (
    <Alert data-color={isVersionConflict(error) ? 'warning' : 'danger'} role="alert">
      <Paragraph>{text.error(error)}</Paragraph>
      {isVersionConflict(error) && (
        <Button type="button" variant="secondary" data-size="sm" onClick={() => void reload()}>
          {t('cases.actions.reload')}
        </Button>
      )}
    </Alert>
  );
}

/**
 * Puts the API's field problems next to the fields they concern (as components/form.ts does),
 * with the case's own codes translated too. Returns the problems that match no field.
 */
export function useCaseFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly FieldPath<T>[]) {
  const text = useCaseErrorText();
  return (error: unknown): string[] => applyFieldProblems(error, setError, fields, text.field);
}

/** Field problems that match no field of the form, shown above it. */
export function Unmatched({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return <Alert data-color="danger" role="alert">{messages.map((m) => <Paragraph key={m}>{m}</Paragraph>)}</Alert>;
}
