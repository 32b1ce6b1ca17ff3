import { useState } from 'react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contracts/cases.js';
import { hasFieldProblems } from '../../components/errors.js';
import { useSetResidentAccess } from './api.js';
import { actsForOwningUnit } from './case-roles.js';
import { CaseDialog } from './CaseDialog.js';
import { CaseErrorAlert, Unmatched, useCaseFieldErrors } from './case-errors.js';


/**
 * A case opened, or later marked, while violence or abuse is suspected is hidden from the
 * guardians and the young person; staff open it to them with a reason when it is safe.
 */
export function ResidentRestriction({ caseDetail: c, onDone }: { caseDetail: CaseDetail; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!c.residentsRestricted || c.status === 'closed') return null;
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">{t('cases.restricted.title')}</Heading>
      <Paragraph>{t('cases.restricted.text')}</Paragraph>
      {actsForOwningUnit(c) && (
        <>
          <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>{t('cases.restricted.open')}</Button>
          <ResidentAccessDialog caseDetail={c} opening open={open} onClose={() => setOpen(false)} onDone={onDone} />
        </>
      )}
    </Alert>
  );
}

/** «Hide from the guardians»: for when violence or abuse comes to be suspected in an open case. */
export function HideFromResidents({ caseDetail: c, onDone }: { caseDetail: CaseDetail; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (c.residentsRestricted || !actsForOwningUnit(c)) return null;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>{t('cases.restricted.hide')}</Button>
      <ResidentAccessDialog caseDetail={c} opening={false} open={open} onClose={() => setOpen(false)} onDone={onDone} />
    </>
  );
}

function ResidentAccessDialog(props: { caseDetail: CaseDetail; opening: boolean; open: boolean; onClose: () => void; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const c = props.caseDetail;
  const change = useSetResidentAccess(c.id, props.opening);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const serverErrors = useCaseFieldErrors(setError, ['reason']);
  const text = props.opening
    ? { title: t('cases.restricted.dialogTitle'), help: t('cases.restricted.reasonHelp'), submit: t('cases.restricted.submit'), done: t('cases.done.residentsOpened') }
    : { title: t('cases.restricted.hideTitle'), help: t('cases.restricted.hideHelp'), submit: t('cases.restricted.hideSubmit'), done: t('cases.done.residentsHidden') };

  const close = () => {
    change.reset();
    setUnmatched([]);
    props.onClose();
  };
  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    change.mutate({ reason: values.reason, version: c.version }, {
      onSuccess: () => {
        reset();
        close();
        props.onDone(text.done);
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <CaseDialog id={props.opening ? 'resident-access-dialog' : 'resident-hide-dialog'} open={props.open} onClose={close} title={text.title}>
      <form onSubmit={onSubmit} noValidate className="samla-form">
        {change.isError && !hasFieldProblems(change.error) && <CaseErrorAlert error={change.error} caseId={c.id} onReloaded={() => change.reset()} />}
        <Unmatched messages={unmatched} />
        <Textfield
          multiline
          rows={4}
          label={t('cases.restricted.reason')}
          description={text.help}
          required
          {...register('reason', { validate: (v) => v.trim().length > 0 })}
          error={errors.reason && (errors.reason.message || t('fieldErrors.required'))}
        />
        <div className="samla-actions">
          <Button type="submit" loading={change.isPending}>{text.submit}</Button>
          <Button type="button" variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </div>
      </form>
    </CaseDialog>
  );
}
