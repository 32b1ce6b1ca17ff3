import { useState } from 'react';
import { Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { responsibleParties, type Goal } from '../../../contracts/action-plan.js';
type ResponsibleParty = (typeof responsibleParties)[number];
import type { CaseDetail } from '../../../contracts/cases.js';
import { CaseDialog } from './CaseDialog.js';
import { FormProblems, today, usePanelFieldErrors } from './panel-errors.js';
import { useAddMeasure } from './plan-api.js';
import { useAllActiveUnits } from '../../api/units.js';
import { useUnsentText } from '../../components/unsent-text.js';

interface Values {
  goalId: string;
  description: string;
  responsibleUserId: string;
  responsibleUnitId: string;
  responsibleParty: ResponsibleParty | '';
  startOn: string;
  endOn: string;
  evaluationDue: string;
}
const FIELDS = ['goalId', 'description', 'responsibleUserId', 'responsibleUnitId', 'responsibleParty', 'startOn', 'endOn', 'evaluationDue'] as const;

/**
 * A measure serves one goal and has someone responsible: a person who can read the case (the
 * staff in the access list who are not blocked) and/or a service. The server checks both again.
 */
export function MeasureDialog(props: {
  caseDetail: CaseDetail; goals: Goal[]; open: boolean; onClose: () => void; onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const caseId = props.caseDetail.id;
  const add = useAddMeasure(caseId);
  const units = useAllActiveUnits();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const empty: Values = { goalId: '', description: '', responsibleUserId: '', responsibleUnitId: '', responsibleParty: '', startOn: today(), endOn: '', evaluationDue: '' };
  const form = useForm<Values>({ defaultValues: empty });
  const { register, handleSubmit, reset, setError, getValues, formState: { errors } } = form;
  const forgetUnsent = useUnsentText(form, 'measure');
  const serverErrors = usePanelFieldErrors(setError, FIELDS);
  const people = props.caseDetail.access.filter((a) => a.kind === 'staff' && !a.blocked);
  const goals = props.goals.filter((g) => g.status === 'active');

  const close = () => {
    add.reset();
    setUnmatched([]);
    props.onClose();
  };
  const onSubmit = handleSubmit((v) => {
    setUnmatched([]);
    const body = {
      goalId: v.goalId,
      description: v.description,
      responsibleUserId: v.responsibleUserId || undefined,
      responsibleUnitId: v.responsibleUnitId || undefined,
      responsibleParty: v.responsibleParty || undefined,
      startOn: v.startOn,
      endOn: v.endOn || undefined,
      evaluationDue: v.evaluationDue,
    };
    add.mutate(body, {
      onSuccess: () => {
        reset({ ...empty, startOn: today() });
        forgetUnsent();
        close();
        props.onDone(t('casePanels.plan.measureAdded'));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });
  const required = t('fieldErrors.required');
  const responsibleMissing = () => (getValues('responsibleUserId') || getValues('responsibleUnitId') || getValues('responsibleParty') ? true : t('casePanels.plan.responsibleRequired'));

  return (
    <CaseDialog id="measure-dialog" open={props.open} onClose={close} title={t('casePanels.plan.addMeasure')}>
      <form onSubmit={onSubmit} noValidate className="samla-form">
        <FormProblems error={add.error} unmatched={unmatched} caseId={caseId} />
        <Field>
          <Label>{t('casePanels.plan.measureGoal')}</Label>
          <Select aria-required="true" aria-invalid={errors.goalId ? true : undefined} {...register('goalId', { required })}>
            <Select.Option value="">{t('casePanels.plan.chooseGoal')}</Select.Option>
            {goals.map((g) => <Select.Option key={g.id} value={g.id}>{g.description}</Select.Option>)}
          </Select>
          {errors.goalId && <ValidationMessage>{errors.goalId.message || required}</ValidationMessage>}
        </Field>
        <Textfield
          multiline
          rows={3}
          label={t('casePanels.plan.measureDescription')}
          required
          {...register('description', { validate: (v) => v.trim().length > 0 || required })}
          error={errors.description?.message}
        />
        <Field>
          <Label>{t('casePanels.plan.responsiblePerson')}</Label>
          <Field.Description>{t('casePanels.plan.responsiblePersonHelp')}</Field.Description>
          <Select aria-invalid={errors.responsibleUserId ? true : undefined} {...register('responsibleUserId', { validate: responsibleMissing })}>
            <Select.Option value="">{t('casePanels.plan.noPerson')}</Select.Option>
            {people.map((p) => <Select.Option key={p.id} value={p.id}>{p.units.length ? `${p.name} (${p.units.join(', ')})` : p.name}</Select.Option>)}
          </Select>
          {errors.responsibleUserId && <ValidationMessage>{errors.responsibleUserId.message}</ValidationMessage>}
        </Field>
        <Field>
          <Label>{t('casePanels.plan.responsibleUnit')}</Label>
          <Field.Description>{t('casePanels.plan.responsibleUnitHelp')}</Field.Description>
          <Select aria-invalid={errors.responsibleUnitId ? true : undefined} {...register('responsibleUnitId')}>
            <Select.Option value="">{t('casePanels.plan.noUnit')}</Select.Option>
            {(units.data ?? []).map((u) => <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>)}
          </Select>
          {errors.responsibleUnitId && <ValidationMessage>{errors.responsibleUnitId.message}</ValidationMessage>}
        </Field>
        <Field>
          <Label>{t('casePanels.plan.responsibleParty')}</Label>
          <Select {...register('responsibleParty')}>
            <Select.Option value="">{t('casePanels.plan.noParty')}</Select.Option>
            {responsibleParties.map((p) => <Select.Option key={p} value={p}>{t(`casePanels.plan.parties.${p}`)}</Select.Option>)}
          </Select>
        </Field>
        <div className="samla-filter">
          <Textfield type="date" label={t('casePanels.plan.startOn')} required {...register('startOn', { required })} error={errors.startOn?.message} />
          <Textfield
            type="date"
            label={t('casePanels.plan.endOn')}
            {...register('endOn', { validate: (v) => !v || v >= getValues('startOn') || t('casePanels.plan.endBeforeStart') })}
            error={errors.endOn?.message}
          />
          <Textfield
            type="date"
            label={t('casePanels.plan.evaluationDueLabel')}
            required
            {...register('evaluationDue', { required })}
            error={errors.evaluationDue?.message}
          />
        </div>
        <div className="samla-actions">
          <Button type="submit" loading={add.isPending}>{t('casePanels.plan.addMeasure')}</Button>
          <Button type="button" variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </div>
      </form>
    </CaseDialog>
  );
}
