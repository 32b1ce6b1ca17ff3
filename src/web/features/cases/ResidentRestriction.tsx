import { useState } from 'react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contracts/cases.js';
import { hasFieldProblems } from '../../components/errors.js';
import { useOpenToResidents } from './api.js';
import { CaseDialog } from './CaseDialog.js';
import { CaseErrorAlert, Unmatched, useCaseFieldErrors } from './case-errors.js';

/** Who may lift the restriction: staff whose access comes from the owning unit (as the server decides). */
const MAY_OPEN = new Set(['holder_unit', 'member_unit', 'unit_leader']);

/**
 * A case opened while violence or abuse is suspected is hidden from the guardians and the young
 * person; staff open it to them with a reason when it is safe.
 */
export function ResidentRestriction({ caseDetail: c, onDone }: { caseDetail: CaseDetail; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const change = useOpenToResidents(c.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const serverErrors = useCaseFieldErrors(setError, ['reason']);
  if (!c.residentsRestricted || c.status === 'closed') return null;
  const mayOpen = c.myAccess.write === 'staff' && MAY_OPEN.has(c.myAccess.reason);

  const close = () => {
    change.reset();
    setUnmatched([]);
    setOpen(false);
  };
  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    change.mutate({ reason: values.reason, version: c.version }, {
      onSuccess: () => {
        reset();
        close();
        onDone(t('cases.done.residentsOpened'));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">{t('cases.restricted.title')}</Heading>
      <Paragraph>{t('cases.restricted.text')}</Paragraph>
      {mayOpen && (
        <>
          <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>{t('cases.restricted.open')}</Button>
          <CaseDialog id="resident-access-dialog" open={open} onClose={close} title={t('cases.restricted.dialogTitle')}>
            <form onSubmit={onSubmit} noValidate className="samla-form">
              {change.isError && !hasFieldProblems(change.error) && <CaseErrorAlert error={change.error} caseId={c.id} onReloaded={() => change.reset()} />}
              <Unmatched messages={unmatched} />
              <Textfield
                multiline
                rows={4}
                label={t('cases.restricted.reason')}
                description={t('cases.restricted.reasonHelp')}
                required
                {...register('reason', { validate: (v) => v.trim().length > 0 })}
                error={errors.reason && (errors.reason.message || t('fieldErrors.required'))}
              />
              <div className="samla-actions">
                <Button type="submit" loading={change.isPending}>{t('cases.restricted.submit')}</Button>
                <Button type="button" variant="secondary" onClick={close}>{t('common.cancel')}</Button>
              </div>
            </form>
          </CaseDialog>
        </>
      )}
    </Alert>
  );
}
