import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { nb } from '../../i18n/nb.js';
import { caseKey } from './api.js';
import { isVersionConflict, useCaseErrorText } from './case-errors.js';
import type { Notice } from './DoneNotice.js';
import { applyFieldProblems } from '../../components/form.js';

type PanelErrorCode = keyof typeof nb.casePanels.common.errors;
type PanelFieldCode = keyof typeof nb.casePanels.common.fieldErrors;
const isPanelErrorCode = (code: string): code is PanelErrorCode => Object.hasOwn(nb.casePanels.common.errors, code);
const isPanelFieldCode = (code: string): code is PanelFieldCode => Object.hasOwn(nb.casePanels.common.fieldErrors, code);

/** The panels' own codes (plan, consent, handover, report) first, then the case's, then the app-wide ones. */
export function usePanelErrorText() {
  const { t } = useTranslation();
  const caseText = useCaseErrorText();
  return {
    error(error: unknown): string {
      if (error instanceof ApiError && isPanelErrorCode(error.code)) return t(`casePanels.common.errors.${error.code}`);
      return caseText.error(error);
    },
    field(code: string): string {
      return isPanelFieldCode(code) ? t(`casePanels.common.fieldErrors.${code}`) : caseText.field(code);
    },
  };
}

/**
 * A failed write in a panel. Someone else's change (409 version_conflict) gets the reload
 * button: the panel's data and the case refetch, the form keeps what the user typed.
 */
export function PanelErrorAlert({ error, caseId }: { error: unknown; caseId: string }) {
  const { t } = useTranslation();
  const text = usePanelErrorText();
  const client = useQueryClient();
  const conflict = isVersionConflict(error);
  return (
    <Alert data-color={conflict ? 'warning' : 'danger'} role="alert">
      <Paragraph>{conflict ? t('casePanels.common.conflict') : text.error(error)}</Paragraph>
      {error instanceof ApiError && error.status >= 500 && error.requestId && (
        <Paragraph data-size="sm">{t('errors.requestId', { requestId: error.requestId })}</Paragraph>
      )}
      {conflict && (
        <Button type="button" variant="secondary" data-size="sm" onClick={() => void client.invalidateQueries({ queryKey: caseKey(caseId) })}>
          {t('casePanels.common.reload')}
        </Button>
      )}
    </Alert>
  );
}

/** Field problems beside their fields, translated with the panels' codes; returns the ones that match no field. */
export function usePanelFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly FieldPath<T>[]) {
  const text = usePanelErrorText();
  return (error: unknown): string[] => applyFieldProblems(error, setError, fields, text.field);
}

/** The error above a form: field problems are shown beside their fields, the rest here. */
export function FormProblems({ error, unmatched, caseId }: { error: unknown; unmatched: string[]; caseId: string }) {
  const hasFields = error instanceof ApiError && error.fields.length > 0;
  return (
    <>
      {error != null && !hasFields && <PanelErrorAlert error={error} caseId={caseId} />}
      {unmatched.length > 0 && (
        <Alert data-color="danger" role="alert">{unmatched.map((m) => <Paragraph key={m}>{m}</Paragraph>)}</Alert>
      )}
    </>
  );
}

/** Today as a calendar date in the browser's time zone, for date inputs' defaults. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The result of a panel action, focused when it appears. Focus moves after the current task:
 * a dialog that closes in the same render gives focus back to its opener first, and the
 * control that started the action may have been replaced by the refetched data.
 */
export function PanelNotice({ notice }: { notice: Notice }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!notice.text) return;
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [notice.text, notice.stamp]);
  if (!notice.text) return null;
  return (
    <Alert ref={ref} data-color="success" tabIndex={-1} role="status">
      <Paragraph>{notice.text}</Paragraph>
    </Alert>
  );
}

/** One notice per panel: done(text) shows and focuses it. */
export function usePanelNotice() {
  const [notice, setNotice] = useState<Notice>({ text: null, stamp: 0 });
  return { notice, done: (text: string) => setNotice((n) => ({ text, stamp: n.stamp + 1 })) };
}
