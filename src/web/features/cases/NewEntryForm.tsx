import { useEffect, useRef, useState } from 'react';
import { Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, NewEntryRequest } from '../../../contracts/cases.js';
import { hasFieldProblems } from '../../components/errors.js';
import { useAddEntry, useDraft, type EntryDraft } from './api.js';
import { CaseErrorAlert, Unmatched, useCaseFieldErrors } from './case-errors.js';
import { kindsFor } from './case-roles.js';
import { osloTime, todayInNorway } from '../../components/dates.js';
import { DoneNotice, type Notice } from './DoneNotice.js';
import { useDraftAutosave, type DraftStatus } from './useDraftAutosave.js';

type Kind = NewEntryRequest['kind'];
interface Values {
  kind: Kind | '';
  occurredOn: string;
  body: string;
  attendees: string;
}
const FIELDS = ['kind', 'occurredOn', 'body', 'attendees'] as const;

const emptyValues = (kinds: readonly Kind[]): Values => ({
  kind: kinds.length === 1 ? kinds[0]! : '', occurredOn: todayInNorway(), body: '', attendees: '',
});

/** A new log entry. Staff drafts are kept on the server as they type (residents have no draft store). */
export function NewEntryForm({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const kinds = kindsFor(c.myAccess.write);
  const usesDraft = c.myAccess.write === 'staff';
  const add = useAddEntry(c.id);
  const draft = useDraft(c.id, usesDraft);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [notice, setNotice] = useState<Notice>({ text: null, stamp: 0 });
  const { register, handleSubmit, reset, setError, getValues, watch, formState: { errors } } = useForm<Values>({ defaultValues: emptyValues(kinds) });
  const serverErrors = useCaseFieldErrors(setError, FIELDS);
  const readDraft = (): EntryDraft => {
    const v = getValues();
    return { kind: v.kind || undefined, occurredOn: v.occurredOn, body: v.body, attendees: v.attendees };
  };
  const autosave = useDraftAutosave(c.id, usesDraft, readDraft);
  const restored = useRef(false);

  // Restore the saved draft once, when it arrives.
  useEffect(() => {
    const saved = draft.data?.draft;
    if (restored.current || !saved) return;
    restored.current = true;
    // Someone quick may have started typing before the draft arrived: what they typed wins.
    if (getValues().body.trim()) return;
    const kind = saved.kind && kinds.includes(saved.kind) ? saved.kind : emptyValues(kinds).kind;
    reset({ kind, occurredOn: saved.occurredOn || todayInNorway(), body: saved.body ?? '', attendees: saved.attendees ?? '' });
    if (draft.data?.updatedAt) autosave.setStatus({ state: 'restored', at: new Date(draft.data.updatedAt) });
  }, [draft.data, kinds, reset, autosave, getValues]);

  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    const body: NewEntryRequest = {
      kind: values.kind as Kind,
      occurredOn: values.occurredOn,
      body: values.body,
      ...(values.kind === 'meeting' && values.attendees.trim() ? { attendees: values.attendees } : {}),
    };
    add.mutate(body, {
      onSuccess: async () => {
        await autosave.discard();
        reset(emptyValues(kinds));
        setNotice((n) => ({ text: t('cases.done.entry'), stamp: n.stamp + 1 }));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <section aria-labelledby="new-entry-heading" className="samla-stack samla-new-entry">
      {/* A guardian or young person writes one kind only: the heading names it. */}
      <Heading level={2} data-size="sm" id="new-entry-heading">
        {kinds.length === 1 ? t(`cases.kinds.${kinds[0]!}`) : t('cases.entryForm.title')}
      </Heading>
      {!usesDraft && <Paragraph data-size="sm">{t('cases.entryForm.residentHelp')}</Paragraph>}
      <DoneNotice text={notice.text} stamp={notice.stamp} />
      <form onSubmit={onSubmit} onChange={autosave.schedule} noValidate className="samla-form">
        {add.isError && !hasFieldProblems(add.error) && <CaseErrorAlert error={add.error} caseId={c.id} />}
        <Unmatched messages={unmatched} />
        <div className="samla-filter">
          {kinds.length > 1 && (
            <Field>
              <Label>{t('cases.entryForm.kind')}</Label>
              <Select required aria-invalid={errors.kind ? true : undefined} {...register('kind', { required: true })}>
                <Select.Option value="">{t('cases.entryForm.chooseKind')}</Select.Option>
                {kinds.map((k) => <Select.Option key={k} value={k}>{t(`cases.kinds.${k}`)}</Select.Option>)}
              </Select>
              {errors.kind && <ValidationMessage>{errors.kind.message || t('fieldErrors.required')}</ValidationMessage>}
            </Field>
          )}
          <Textfield
            type="date"
            max={todayInNorway()}
            label={t('cases.entryForm.date')}
            required
            {...register('occurredOn', { required: true })}
            error={errors.occurredOn && (errors.occurredOn.message || t('fieldErrors.invalid_date'))}
          />
        </div>
        <Textfield
          multiline
          rows={6}
          label={t('cases.entryForm.body')}
          required
          {...register('body', { validate: (v) => v.trim().length > 0 })}
          error={errors.body && (errors.body.message || t('fieldErrors.required'))}
        />
        {watch('kind') === 'meeting' && (
          <Textfield
            multiline
            rows={2}
            label={t('cases.entryForm.attendees')}
            description={t('cases.entryForm.attendeesHelp')}
            {...register('attendees')}
            error={errors.attendees?.message}
          />
        )}
        <div className="samla-actions">
          <Button type="submit" loading={add.isPending}>{t('cases.entryForm.submit')}</Button>
          {usesDraft && <DraftStatusText status={autosave.status} />}
        </div>
      </form>
    </section>
  );
}

/** Polite, so that a screen reader hears «Utkast lagret» without losing its place. */
function DraftStatusText({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  let text = '';
  if (status.state === 'saved') text = t('cases.entryForm.draftSaved', { time: osloTime(status.at) });
  if (status.state === 'restored') text = t('cases.entryForm.draftRestored', { time: osloTime(status.at) });
  if (status.state === 'failed') text = t('cases.entryForm.draftFailed');
  return (
    <Paragraph data-size="sm" className="samla-muted" aria-live="polite" role="status">{text}</Paragraph>
  );
}
