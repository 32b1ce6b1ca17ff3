import { useState } from 'react';
import { Button, Field, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeReasons, type CaseDetail } from '../../../contracts/cases.js';
import { hasFieldProblems } from '../../components/errors.js';
import { useCloseCase, useReopenCase, type CloseReasonValue } from './api.js';
import { CaseDialog } from './CaseDialog.js';
import { CaseErrorAlert, Unmatched, useCaseFieldErrors } from './case-errors.js';

interface DialogProps {
  caseDetail: CaseDetail;
  open: boolean;
  onClose: () => void;
  onDone: (text: string) => void;
}

/** Closing needs a reason from the fixed list; the note is free text for the log. */
export function CloseDialog(props: DialogProps) {
  const { t } = useTranslation();
  const c = props.caseDetail;
  const closeCase = useCloseCase(c.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm<{ reason: string; note: string }>({
    defaultValues: { reason: '', note: '' },
  });
  const serverErrors = useCaseFieldErrors(setError, ['reason', 'note']);

  const close = () => {
    closeCase.reset();
    setUnmatched([]);
    props.onClose();
  };
  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    closeCase.mutate({ reason: values.reason as CloseReasonValue, note: values.note, version: c.version }, {
      onSuccess: () => {
        reset();
        close();
        props.onDone(t('cases.done.closed'));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <CaseDialog id="close-dialog" open={props.open} onClose={close} title={t('cases.closeDialog.title')}>
      <form onSubmit={onSubmit} noValidate className="samla-form">
        <Paragraph>{t('cases.closeDialog.help')}</Paragraph>
        {closeCase.isError && !hasFieldProblems(closeCase.error) && <CaseErrorAlert error={closeCase.error} caseId={c.id} onReloaded={() => closeCase.reset()} />}
        <Unmatched messages={unmatched} />
        <Field>
          <Label>{t('cases.closeDialog.reason')}</Label>
          <Select required aria-invalid={errors.reason ? true : undefined} {...register('reason', { required: true })}>
            <Select.Option value="">{t('cases.closeDialog.chooseReason')}</Select.Option>
            {closeReasons.map((r) => <Select.Option key={r} value={r}>{t(`cases.closeReasons.${r}`)}</Select.Option>)}
          </Select>
          {errors.reason && <ValidationMessage>{errors.reason.message || t('fieldErrors.required')}</ValidationMessage>}
        </Field>
        <Textfield multiline rows={3} label={t('cases.closeDialog.note')} {...register('note')} error={errors.note?.message} />
        <div className="samla-actions">
          <Button type="submit" data-color="danger" loading={closeCase.isPending}>{t('cases.closeDialog.submit')}</Button>
          <Button type="button" variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </div>
      </form>
    </CaseDialog>
  );
}

/** Reopening a closed case needs a reason; it becomes the «reopened» entry in the log. */
export function ReopenDialog(props: DialogProps) {
  const { t } = useTranslation();
  const c = props.caseDetail;
  const reopen = useReopenCase(c.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const serverErrors = useCaseFieldErrors(setError, ['reason']);

  const close = () => {
    reopen.reset();
    setUnmatched([]);
    props.onClose();
  };
  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    reopen.mutate({ reason: values.reason, version: c.version }, {
      onSuccess: () => {
        reset();
        close();
        props.onDone(t('cases.done.reopened'));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <CaseDialog id="reopen-dialog" open={props.open} onClose={close} title={t('cases.reopenDialog.title')}>
      <form onSubmit={onSubmit} noValidate className="samla-form">
        {reopen.isError && !hasFieldProblems(reopen.error) && <CaseErrorAlert error={reopen.error} caseId={c.id} onReloaded={() => reopen.reset()} />}
        <Unmatched messages={unmatched} />
        <Textfield
          multiline
          rows={4}
          label={t('cases.reopenDialog.reason')}
          required
          {...register('reason', { validate: (v) => v.trim().length > 0 })}
          error={errors.reason && (errors.reason.message || t('fieldErrors.required'))}
        />
        <div className="samla-actions">
          <Button type="submit" loading={reopen.isPending}>{t('cases.reopenDialog.submit')}</Button>
          <Button type="button" variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </div>
      </form>
    </CaseDialog>
  );
}
