import { useEffect, useState } from 'react';
import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { mainLanguages, type MainLanguage, type Tenant } from '../../../contracts/organisation.js';
import { AdminNav } from '../../components/AdminNav.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldProblem, hasFieldProblems } from '../../components/errors.js';
import { useServerFieldErrors } from '../../components/form.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useSaveTenant, useTenant } from './api.js';

interface FormValues {
  name: string;
  accessibilityStatementUrl: string;
  mainLanguage: MainLanguage;
  concernDecisionDays: string;
  youngPersonAge: '15' | '16';
  consentWarningDays: string;
  childHearingAge: string;
  levelWithoutOtherService: 'warn' | 'require';
}
const FIELDS = [
  'name', 'accessibilityStatementUrl', 'mainLanguage', 'concernDecisionDays', 'youngPersonAge', 'consentWarningDays', 'childHearingAge',
  'levelWithoutOtherService',
] as const;
/** The case-work numbers and their ranges, as the API checks them. */
const NUMBERS = { concernDecisionDays: [1, 90], consentWarningDays: [1, 180], childHearingAge: [0, 18] } as const;

const toForm = (tenant: Tenant): FormValues => ({
  name: tenant.name, accessibilityStatementUrl: tenant.accessibilityStatementUrl ?? '', mainLanguage: tenant.mainLanguage,
  concernDecisionDays: String(tenant.concernDecisionDays), youngPersonAge: tenant.youngPersonAge === 16 ? '16' : '15',
  consentWarningDays: String(tenant.consentWarningDays), childHearingAge: String(tenant.childHearingAge),
  levelWithoutOtherService: tenant.levelWithoutOtherService,
});

/**
 * The municipality's own settings. The address rule (https, a real host) lives in the API's
 * contract only, so the page shows the server's field-level answer rather than a second copy of it.
 */
export function TenantSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.tenant.title'));
  const tenant = useTenant();
  const save = useSaveTenant();
  const [saved, setSaved] = useState(false);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm<FormValues>({
    defaultValues: {
      name: '', accessibilityStatementUrl: '', mainLanguage: 'nb', concernDecisionDays: '14', youngPersonAge: '15', consentWarningDays: '30',
      childHearingAge: '7', levelWithoutOtherService: 'warn',
    },
  });
  const serverErrors = useServerFieldErrors(setError, FIELDS);

  useEffect(() => {
    if (tenant.data) reset(toForm(tenant.data));
  }, [tenant.data, reset]);

  if (tenant.isPending) return <Loading />;
  if (tenant.isError) return <ErrorAlert error={tenant.error} />;

  const onSubmit = handleSubmit((values) => {
    setSaved(false);
    setUnmatched([]);
    const body = {
      name: values.name, accessibilityStatementUrl: values.accessibilityStatementUrl.trim() || null, mainLanguage: values.mainLanguage,
      concernDecisionDays: Number(values.concernDecisionDays), youngPersonAge: values.youngPersonAge === '16' ? 16 : 15,
      consentWarningDays: Number(values.consentWarningDays), childHearingAge: Number(values.childHearingAge),
      levelWithoutOtherService: values.levelWithoutOtherService,
    } as const;
    save.mutate(body, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        setUnmatched(serverErrors(error));
        // Any refusal of the address means the same thing to the reader: say what is expected.
        if (fieldProblem(error, 'body.accessibilityStatementUrl') || fieldProblem(error, 'accessibilityStatementUrl')) {
          setError('accessibilityStatementUrl', { type: 'server', message: t('admin.tenant.urlInvalid') });
        }
      },
    });
  });

  return (
    <section className="samla-page">
      <AdminNav />
      <Heading level={1} data-size="lg">{t('admin.tenant.title')}</Heading>
      <Paragraph>{t('admin.tenant.intro')}</Paragraph>
      <div aria-live="polite">
        {saved && <Alert data-color="success"><Paragraph>{t('admin.tenant.saved')}</Paragraph></Alert>}
      </div>
      {save.isError && !hasFieldProblems(save.error) && <ErrorAlert error={save.error} />}
      {unmatched.length > 0 && (
        <Alert data-color="danger" role="alert">{unmatched.map((m) => <Paragraph key={m}>{m}</Paragraph>)}</Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="samla-form">
        <Textfield
          label={t('admin.tenant.municipalityNumber')}
          description={t('admin.tenant.municipalityNumberHelp')}
          value={tenant.data.municipalityNumber}
          readOnly
        />
        <Textfield
          label={t('admin.tenant.name')}
          required
          autoComplete="organization"
          {...register('name', { required: true, validate: (v) => v.trim().length > 0, onChange: () => setSaved(false) })}
          error={errors.name && (errors.name.message || t('fieldErrors.required'))}
        />
        <Textfield
          label={t('admin.tenant.accessibilityStatementUrl')}
          description={t('admin.tenant.accessibilityStatementUrlHelp')}
          type="url"
          inputMode="url"
          autoComplete="url"
          {...register('accessibilityStatementUrl', { onChange: () => setSaved(false) })}
          error={errors.accessibilityStatementUrl?.message}
        />
        <Fieldset>
          <Fieldset.Legend>{t('admin.tenant.mainLanguage')}</Fieldset.Legend>
          <Fieldset.Description>{t('admin.tenant.mainLanguageHelp')}</Fieldset.Description>
          {mainLanguages.map((language) => (
            <Radio
              key={language}
              value={language}
              label={t(`admin.tenant.mainLanguages.${language}`)}
              aria-invalid={errors.mainLanguage ? true : undefined}
              {...register('mainLanguage', { onChange: () => setSaved(false) })}
            />
          ))}
          {errors.mainLanguage && <ValidationMessage>{errors.mainLanguage.message}</ValidationMessage>}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('admin.tenant.caseWork.legend')}</Fieldset.Legend>
          <Fieldset.Description>{t('admin.tenant.caseWork.help')}</Fieldset.Description>
          {(Object.keys(NUMBERS) as (keyof typeof NUMBERS)[]).map((name) => {
            const [min, max] = NUMBERS[name];
            return (
              <Textfield
                key={name}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                required
                label={t(`admin.tenant.caseWork.${name}`)}
                description={t(`admin.tenant.caseWork.${name}Help`)}
                {...register(name, {
                  onChange: () => setSaved(false),
                  validate: (v) => (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max) || t('admin.tenant.caseWork.range', { min, max }),
                })}
                error={errors[name]?.message}
              />
            );
          })}
          <Fieldset>
            <Fieldset.Legend>{t('admin.tenant.caseWork.youngPersonAge')}</Fieldset.Legend>
            <Fieldset.Description>{t('admin.tenant.caseWork.youngPersonAgeHelp')}</Fieldset.Description>
            {(['15', '16'] as const).map((age) => (
              <Radio key={age} value={age} label={t('admin.tenant.caseWork.years', { age })} {...register('youngPersonAge', { onChange: () => setSaved(false) })} />
            ))}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('admin.tenant.caseWork.levelWithoutOtherService')}</Fieldset.Legend>
            <Fieldset.Description>{t('admin.tenant.caseWork.levelWithoutOtherServiceHelp')}</Fieldset.Description>
            {(['warn', 'require'] as const).map((rule) => (
              <Radio
                key={rule}
                value={rule}
                label={t(`admin.tenant.caseWork.levelRules.${rule}`)}
                {...register('levelWithoutOtherService', { onChange: () => setSaved(false) })}
              />
            ))}
          </Fieldset>
        </Fieldset>
        <div className="samla-actions">
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
        </div>
      </form>
    </section>
  );
}
