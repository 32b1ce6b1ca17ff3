import { useState } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CaseDialog } from './CaseDialog.js';
import { FormProblems, usePanelFieldErrors } from './panel-errors.js';
import { useAddGoal } from './plan-api.js';
import { useUnsentText } from '../../components/unsent-text.js';

/** A new goal of the action plan: one sentence the family can recognise. */
export function GoalDialog(props: { caseId: string; open: boolean; onClose: () => void; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const add = useAddGoal(props.caseId);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm({ defaultValues: { description: '' } });
  const { register, handleSubmit, reset, setError, formState: { errors } } = form;
  const forgetUnsent = useUnsentText(form, 'goal');
  const serverErrors = usePanelFieldErrors(setError, ['description']);

  const close = () => {
    add.reset();
    setUnmatched([]);
    props.onClose();
  };
  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    add.mutate({ description: values.description }, {
      onSuccess: () => {
        reset();
        forgetUnsent();
        close();
        props.onDone(t('casePanels.plan.goalAdded'));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <CaseDialog id="goal-dialog" open={props.open} onClose={close} title={t('casePanels.plan.addGoal')}>
      <form onSubmit={onSubmit} noValidate className="samla-form">
        <FormProblems error={add.error} unmatched={unmatched} caseId={props.caseId} />
        <Textfield
          multiline
          rows={3}
          label={t('casePanels.plan.goalDescription')}
          description={t('casePanels.plan.goalDescriptionHelp')}
          required
          {...register('description', { validate: (v) => v.trim().length > 0 })}
          error={errors.description && (errors.description.message || t('fieldErrors.required'))}
        />
        <div className="samla-actions">
          <Button type="submit" loading={add.isPending}>{t('casePanels.plan.addGoal')}</Button>
          <Button type="button" variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </div>
      </form>
    </CaseDialog>
  );
}
