import { useState } from 'react';
import {
  Button, Checkbox, Field, Fieldset, Heading, Label, Link, Paragraph, Radio, Select, Textfield, ValidationMessage,
} from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { ChildDetail } from '../../../contracts/children.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useChildForConcern, useConcernSettings, useRegisterConcern } from './api.js';
import { WriteError, useConcernFieldErrors } from './errors.js';
import { todayInNorway } from '../../components/dates.js';
import { scaleKeys, scaleValues } from './labels.js';
import { concernSources, type ConcernSource } from '../../../contracts/concerns.js';
import { SignalText } from '../../components/SignalText.js';
import { useUnsentText } from '../../components/unsent-text.js';

interface FormValues {
  unitId: string;
  observedOn: string;
  observation: string;
  concernScale: string;
  /** react-hook-form gives a lone checkbox's value as a string or false; normalised on submit */
  signals: string[] | string | false;
  guardiansNotContacted: boolean;
  source: ConcernSource | '';
}
const FIELDS = ['unitId', 'observedOn', 'observation', 'concernScale', 'signals', 'guardiansNotContacted', 'source'] as const;

/** The child's units today that the user works in: the concern belongs to one of them. */
function unitsForConcern(child: ChildDetail, myUnitIds: Set<string>, today: string) {
  const units = new Map<string, string>();
  for (const e of child.enrolments) {
    const current = e.fromDate <= today && (e.toDate === null || e.toDate >= today);
    if (current && myUnitIds.has(e.unit.id)) units.set(e.unit.id, e.unit.name);
  }
  return [...units].map(([id, name]) => ({ id, name }));
}

export function NewConcernPage() {
  const { t } = useTranslation();
  usePageTitle(t('concerns.new.title'));
  const { id = '' } = useParams();
  const child = useChildForConcern(id);
  const settings = useConcernSettings();
  const session = useAuthenticatedSession();

  if (child.isPending || settings.isPending) return <Loading />;
  if (isNotFound(child.error)) return <NotFoundOrNoAccess />;
  if (child.isError) return <ErrorAlert error={child.error} />;
  if (settings.isError) return <ErrorAlert error={settings.error} />;

  const today = todayInNorway();
  const myUnitIds = new Set((session?.user?.units ?? []).map((u) => u.id));
  const units = unitsForConcern(child.data, myUnitIds, today);

  return (
    <section className="samla-page">
      <Link asChild><RouterLink to={`/barn/${child.data.id}`}>{t('concerns.new.backToChild')}</RouterLink></Link>
      <Heading level={1} data-size="lg">{t('concerns.new.title')}</Heading>
      <dl className="samla-facts">
        <dt>{t('concerns.new.child')}</dt>
        <dd>{`${child.data.givenName} ${child.data.familyName}`}</dd>
      </dl>
      {units.length === 0 ? (
        <Paragraph>{t('concerns.new.noUnit')}</Paragraph>
      ) : (
        <ConcernForm childId={child.data.id} units={units} signals={settings.data.signals} today={today} />
      )}
    </section>
  );
}

function ConcernForm(props: { childId: string; units: { id: string; name: string }[]; signals: string[]; today: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useRegisterConcern();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<FormValues>({
    defaultValues: {
      unitId: props.units.length === 1 ? props.units[0]!.id : '',
      observedOn: props.today,
      observation: '',
      concernScale: '',
      signals: [],
      guardiansNotContacted: false,
      source: '',
    },
  });
  const { handleSubmit, setError, formState: { errors } } = form;
  const forgetUnsent = useUnsentText(form, 'concern');
  const serverErrors = useConcernFieldErrors(setError, FIELDS);

  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    const signals = Array.isArray(values.signals) ? values.signals : values.signals ? [values.signals] : [];
    save.mutate(
      {
        childId: props.childId,
        unitId: values.unitId,
        observedOn: values.observedOn,
        observation: values.observation,
        concernScale: Number(values.concernScale),
        signals,
        guardiansNotContacted: values.guardiansNotContacted,
        ...(values.source && { source: values.source }),
      },
      {
        onSuccess: (created) => {
          forgetUnsent();
          navigate(`/bekymringer/${created.id}`, { state: { created: true } });
        },
        onError: (error) => setUnmatched(serverErrors(error)),
      },
    );
  });

  return (
    <>
      <Paragraph>{t('concerns.new.intro')}</Paragraph>
      <WriteError error={save.error} unmatched={unmatched} onReload={() => save.reset()} />
      <form onSubmit={onSubmit} noValidate className="samla-form">
        <Field>
          <Label>{t('concerns.new.unit')}</Label>
          <Field.Description>{t('concerns.new.unitHelp')}</Field.Description>
          <Select
            required
            aria-invalid={errors.unitId ? true : undefined}
            {...form.register('unitId', { required: true })}
          >
            {props.units.length > 1 && <Select.Option value="">–</Select.Option>}
            {props.units.map((u) => <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>)}
          </Select>
          {errors.unitId && <ValidationMessage>{errors.unitId.message || t('fieldErrors.required')}</ValidationMessage>}
        </Field>
        <Textfield
          label={t('concerns.new.observedOn')}
          type="date"
          required
          max={props.today}
          {...form.register('observedOn', { required: true, validate: (v) => v <= props.today || t('concerns.fieldErrors.future_date') })}
          error={errors.observedOn && (errors.observedOn.message || t('fieldErrors.invalid_date'))}
        />
        <Textfield
          label={t('concerns.new.observation')}
          description={t('concerns.new.observationHelp')}
          multiline
          rows={6}
          required
          maxLength={8000}
          {...form.register('observation', { validate: (v) => v.trim().length > 0 })}
          error={errors.observation && (errors.observation.message || t('fieldErrors.required'))}
        />
        <Fieldset>
          <Fieldset.Legend>{t('concerns.new.source')}</Fieldset.Legend>
          {concernSources.map((v) => (
            <Radio key={v} value={v} label={t(`concerns.new.sources.${v}`)} {...form.register('source')} />
          ))}
        </Fieldset>
        <Fieldset aria-describedby={errors.concernScale ? 'concern-scale-error' : undefined}>
          <Fieldset.Legend>{t('concerns.scale.label')}</Fieldset.Legend>
          <Fieldset.Description>{t('concerns.scale.help')}</Fieldset.Description>
          {scaleValues.map((v) => (
            <Radio
              key={v}
              value={String(v)}
              label={t('concerns.scale.value', { value: v, label: t(scaleKeys(v).label) })}
              description={t(scaleKeys(v).description)}
              aria-invalid={errors.concernScale ? true : undefined}
              {...form.register('concernScale', { required: true })}
            />
          ))}
          {errors.concernScale && (
            <ValidationMessage id="concern-scale-error">{errors.concernScale.message || t('fieldErrors.required')}</ValidationMessage>
          )}
        </Fieldset>
        {props.signals.length > 0 && (
          <Fieldset aria-describedby={errors.signals ? 'concern-signals-error' : undefined}>
            <Fieldset.Legend>{t('concerns.new.signals')}</Fieldset.Legend>
            <Fieldset.Description>{t('concerns.new.signalsHelp')}</Fieldset.Description>
            {props.signals.map((s) => <Checkbox key={s} value={s} label={<SignalText label={s} />} {...form.register('signals')} />)}
            {errors.signals && <ValidationMessage id="concern-signals-error">{errors.signals.message}</ValidationMessage>}
          </Fieldset>
        )}
        <Checkbox
          label={t('concerns.new.guardiansNotContacted')}
          description={t('concerns.new.guardiansNotContactedHelp')}
          {...form.register('guardiansNotContacted')}
          error={errors.guardiansNotContacted?.message}
        />
        <div className="samla-actions">
          <Button type="submit" loading={save.isPending}>{t('concerns.new.submit')}</Button>
          <Button asChild variant="secondary"><RouterLink to={`/barn/${props.childId}`}>{t('common.cancel')}</RouterLink></Button>
        </div>
      </form>
    </>
  );
}
