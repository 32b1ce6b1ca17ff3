import { useState } from 'react';
import { Alert, Button, Card, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { concernStepKinds, type ConcernDetail } from '../../../contracts/concerns.js';
import { useFormat } from '../../components/format.js';
import { useAddConcernStep } from './api.js';
import { WriteError, useConcernFieldErrors } from './errors.js';
import { todayInNorway } from '../../components/dates.js';
import { useUnsentText } from '../../components/unsent-text.js';

type StepKind = (typeof concernStepKinds)[number];
interface FormValues {
  kind: StepKind | '';
  occurredOn: string;
  summary: string;
  serviceName: string;
}
const FIELDS = ['kind', 'occurredOn', 'summary', 'serviceName'] as const;

/** The steps before the decision: talking it through inside the unit, with the child, with the guardians. */
export function ConcernSteps({ concern, onReload }: { concern: ConcernDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="steps-heading" className="samla-stack">
      <Heading level={2} data-size="md" id="steps-heading">{t('concerns.steps.title')}</Heading>
      {concern.steps.length === 0 ? (
        <Paragraph>{t('concerns.steps.empty')}</Paragraph>
      ) : (
        <ol className="samla-plain-list samla-steps">
          {concern.steps.map((s) => (
            <li key={s.id}>
              <Card>
                <Card.Block>
                  <Heading level={3} data-size="xs">{t(`concerns.steps.kinds.${s.kind}`)}</Heading>
                  <Paragraph data-size="sm" className="samla-muted">
                    {t('concerns.steps.meta', { date: format.date(s.occurredOn), name: s.author.name })}
                  </Paragraph>
                  {s.serviceName && <Paragraph data-size="sm">{t('concerns.steps.consulted', { service: s.serviceName })}</Paragraph>}
                  <Paragraph className="samla-prewrap">{s.summary}</Paragraph>
                </Card.Block>
              </Card>
            </li>
          ))}
        </ol>
      )}
      {concern.myAccess.write && concern.decision === null && <StepForm concern={concern} onReload={onReload} />}
    </section>
  );
}

function StepForm({ concern, onReload }: { concern: ConcernDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const add = useAddConcernStep(concern.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const today = todayInNorway();
  const empty: FormValues = { kind: '', occurredOn: today, summary: '', serviceName: '' };
  const form = useForm<FormValues>({ defaultValues: empty });
  const { register, handleSubmit, reset, setError, watch, formState: { errors } } = form;
  const forgetUnsent = useUnsentText(form, 'talk');
  const consulting = watch('kind') === 'anonymous_consultation';
  const serverErrors = useConcernFieldErrors(setError, FIELDS);
  // Where violence or abuse is suspected the guardians are not talked to first (the API refuses it too).
  const kinds = concernStepKinds.filter((k) => !(concern.guardiansNotContacted && k === 'conversation_guardians'));

  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    add.mutate(
      {
        kind: values.kind as StepKind, occurredOn: values.occurredOn, summary: values.summary,
        ...(values.kind === 'anonymous_consultation' && { serviceName: values.serviceName.trim() }),
      },
      {
        onSuccess: () => {
          reset(empty);
          forgetUnsent();
        },
        onError: (error) => setUnmatched(serverErrors(error)),
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="samla-form" aria-labelledby="step-form-heading">
      <Heading level={3} data-size="xs" id="step-form-heading">{t('concerns.steps.add')}</Heading>
      {add.isSuccess && <Alert data-color="success" role="status"><Paragraph>{t('concerns.steps.added')}</Paragraph></Alert>}
      <WriteError error={add.error} unmatched={unmatched} onReload={() => { add.reset(); onReload(); }} />
      {concern.guardiansNotContacted && <Paragraph data-size="sm">{t('concerns.steps.guardiansWarning')}</Paragraph>}
      <Field>
        <Label>{t('concerns.steps.kind')}</Label>
        <Select required aria-invalid={errors.kind ? true : undefined} {...register('kind', { required: true })}>
          <Select.Option value="">–</Select.Option>
          {kinds.map((k) => <Select.Option key={k} value={k}>{t(`concerns.steps.kinds.${k}`)}</Select.Option>)}
        </Select>
        {errors.kind && <ValidationMessage>{errors.kind.message || t('fieldErrors.required')}</ValidationMessage>}
      </Field>
      {consulting && (
        <Textfield
          label={t('concerns.steps.serviceName')}
          description={t('concerns.steps.serviceNameHelp')}
          required
          maxLength={200}
          {...register('serviceName', { validate: (v) => v.trim().length > 0 || t('fieldErrors.required') })}
          error={errors.serviceName?.message}
        />
      )}
      <Textfield
        label={t('concerns.steps.occurredOn')}
        type="date"
        required
        max={today}
        {...register('occurredOn', { required: true, validate: (v) => v <= today || t('concerns.fieldErrors.future_date') })}
        error={errors.occurredOn && (errors.occurredOn.message || t('fieldErrors.invalid_date'))}
      />
      <Textfield
        label={t('concerns.steps.summary')}
        description={t('concerns.steps.summaryHelp')}
        multiline
        rows={4}
        required
        maxLength={8000}
        {...register('summary', { validate: (v) => v.trim().length > 0 })}
        error={errors.summary && (errors.summary.message || t('fieldErrors.required'))}
      />
      <div className="samla-actions">
        <Button type="submit" variant="secondary" loading={add.isPending}>{t('concerns.steps.submit')}</Button>
      </div>
    </form>
  );
}
