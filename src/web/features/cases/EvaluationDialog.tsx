import { useState } from 'react';
import { Button, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { evaluationOutcomes, type Measure } from '../../../contracts/action-plan.js';
import { CaseDialog } from './CaseDialog.js';
import { FormProblems, today, usePanelFieldErrors } from './panel-errors.js';
import { useAddEvaluation, type EvaluationBody } from './plan-api.js';
import { useUnsentText } from '../../components/unsent-text.js';

interface Values {
  evaluatedOn: string;
  outcome: string;
  learned: string;
  nextSteps: string;
  nextEvaluationDue: string;
}
const FIELDS = ['evaluatedOn', 'outcome', 'learned', 'nextSteps', 'nextEvaluationDue'] as const;

/** An evaluation of one measure: did it work, what was learned, what next. The server writes it in the log too. */
export function EvaluationDialog(props: {
  caseId: string; measure: Measure; open: boolean; onClose: () => void; onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const add = useAddEvaluation(props.caseId, props.measure.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const empty: Values = { evaluatedOn: today(), outcome: '', learned: '', nextSteps: '', nextEvaluationDue: '' };
  const form = useForm<Values>({ defaultValues: empty });
  const { register, handleSubmit, reset, setError, getValues, formState: { errors } } = form;
  const forgetUnsent = useUnsentText(form, 'evaluation');
  const serverErrors = usePanelFieldErrors(setError, FIELDS);
  const required = t('fieldErrors.required');
  const id = `evaluation-${props.measure.id}`;

  const close = () => {
    add.reset();
    setUnmatched([]);
    props.onClose();
  };
  const onSubmit = handleSubmit((v) => {
    setUnmatched([]);
    const body: EvaluationBody = {
      evaluatedOn: v.evaluatedOn,
      outcome: v.outcome as EvaluationBody['outcome'],
      learned: v.learned,
      nextSteps: v.nextSteps,
      nextEvaluationDue: v.nextEvaluationDue || undefined,
    };
    add.mutate(body, {
      onSuccess: () => {
        forgetUnsent();
        reset({ ...empty, evaluatedOn: today() });
        close();
        props.onDone(t('casePanels.plan.evaluationAdded'));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <CaseDialog id={id} open={props.open} onClose={close} title={`${t('casePanels.plan.recordEvaluation')}: ${props.measure.description}`}>
      <form onSubmit={onSubmit} noValidate className="samla-form">
        <FormProblems error={add.error} unmatched={unmatched} caseId={props.caseId} />
        <Textfield type="date" label={t('casePanels.plan.evaluatedOnLabel')} required min={props.measure.startOn} max={today()} {...register('evaluatedOn', { required, validate: (v) => v >= props.measure.startOn || t('casePanels.common.fieldErrors.before_measure_start') })} error={errors.evaluatedOn?.message} />
        <Fieldset>
          <Fieldset.Legend>{t('casePanels.plan.outcomeLegend')}</Fieldset.Legend>
          {evaluationOutcomes.map((o) => (
            <Radio
              key={o}
              value={o}
              label={t(`casePanels.plan.outcome.${o}`)}
              aria-invalid={errors.outcome ? true : undefined}
              {...register('outcome', { required })}
            />
          ))}
          {errors.outcome && <ValidationMessage>{errors.outcome.message}</ValidationMessage>}
        </Fieldset>
        <Textfield
          multiline
          rows={3}
          label={t('casePanels.plan.learned')}
          required
          {...register('learned', { validate: (v) => v.trim().length > 0 || required })}
          error={errors.learned?.message}
        />
        <Textfield multiline rows={3} label={t('casePanels.plan.nextSteps')} {...register('nextSteps')} error={errors.nextSteps?.message} />
        <Textfield
          type="date"
          label={t('casePanels.plan.nextEvaluationDue')}
          description={t('casePanels.plan.nextEvaluationDueHelp')}
          {...register('nextEvaluationDue', { validate: (v) => !v || v >= getValues('evaluatedOn') || t('casePanels.plan.nextBeforeThis') })}
          error={errors.nextEvaluationDue?.message}
        />
        <div className="samla-actions">
          <Button type="submit" loading={add.isPending}>{t('casePanels.plan.recordEvaluation')}</Button>
          <Button type="button" variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </div>
      </form>
    </CaseDialog>
  );
}
