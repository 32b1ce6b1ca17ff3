import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InformedFields } from './InformedFields.js';
import { fieldId, type ReportFormValues } from './report-form.js';

/** The report's editable content, grouped as the KS Fiks form groups it. Read-only once sent. */
export function ReportFields({ form, readOnly }: { form: UseFormReturn<ReportFormValues>; readOnly: boolean }) {
  const { t } = useTranslation();
  const { register, control, formState: { errors } } = form;
  const guardians = useFieldArray({ control, name: 'guardians' });
  const p = (key: Parameters<typeof register>[0]) => ({ id: fieldId(key), readOnly, ...register(key) });
  const k = 'casePanels.report.page' as const;

  return (
    <>
      <div role="group" aria-labelledby="report-group-reporterTitle" className="samla-stack">
        <Heading level={2} data-size="sm" id="report-group-reporterTitle">{t(`${k}.reporterTitle`)}</Heading>
        <Textfield label={t(`${k}.reporterName`)} autoComplete="name" {...p('reporter.name')} error={errors.reporter?.name?.message} />
        <Textfield label={t(`${k}.reporterRole`)} autoComplete="organization-title" {...p('reporter.role')} error={errors.reporter?.role?.message} />
        <Textfield label={t(`${k}.phone`)} type="tel" autoComplete="tel" {...p('reporter.phone')} error={errors.reporter?.phone?.message} />
        <Textfield label={t(`${k}.email`)} type="email" autoComplete="email" {...p('reporter.email')} error={errors.reporter?.email?.message} />
      </div>
      <div role="group" aria-labelledby="report-group-unitTitle" className="samla-stack">
        <Heading level={2} data-size="sm" id="report-group-unitTitle">{t(`${k}.unitTitle`)}</Heading>
        <Textfield label={t(`${k}.unitName`)} autoComplete="organization" {...p('unit.name')} error={errors.unit?.name?.message} />
        <Textfield label={t(`${k}.organisationNumber`)} inputMode="numeric" {...p('unit.organisationNumber')} error={errors.unit?.organisationNumber?.message} />
        <Textfield label={t(`${k}.unitAddress`)} autoComplete="street-address" {...p('unit.address.line1')} error={errors.unit?.address?.line1?.message} />
        <div className="samla-filter">
          <Textfield label={t(`${k}.postalCode`)} autoComplete="postal-code" inputMode="numeric" {...p('unit.address.postalCode')} error={errors.unit?.address?.postalCode?.message} />
          <Textfield label={t(`${k}.city`)} autoComplete="address-level2" {...p('unit.address.city')} error={errors.unit?.address?.city?.message} />
        </div>
      </div>
      <div role="group" aria-labelledby="report-group-childTitle" className="samla-stack">
        <Heading level={2} data-size="sm" id="report-group-childTitle">{t(`${k}.childTitle`)}</Heading>
        <Textfield label={t(`${k}.childPhone`)} type="tel" autoComplete="off" {...p('child.phone')} error={errors.child?.phone?.message} />
        <InformedFields form={form} prefix="child" legend={t(`${k}.informed`)} readOnly={readOnly} errors={errors.child} />
      </div>
      <div role="group" aria-labelledby="report-group-guardiansTitle" className="samla-stack" id={fieldId('guardians')} tabIndex={-1}>
        <Heading level={2} data-size="sm" id="report-group-guardiansTitle">{t(`${k}.guardiansTitle`)}</Heading>
        {guardians.fields.length === 0 && <Paragraph>{t(`${k}.noGuardians`)}</Paragraph>}
        {guardians.fields.map((g, i) => (
          <Fieldset key={g.id}>
            <Fieldset.Legend>{t(`${k}.guardian`, { number: i + 1 })}</Fieldset.Legend>
            <Textfield label={t(`${k}.guardianName`)} autoComplete="off" {...p(`guardians.${i}.name`)} error={errors.guardians?.[i]?.name?.message} />
            <Textfield label={t(`${k}.phone`)} type="tel" autoComplete="off" {...p(`guardians.${i}.phone`)} error={errors.guardians?.[i]?.phone?.message} />
            <InformedFields form={form} prefix={`guardians.${i}`} legend={t(`${k}.guardianInformed`)} readOnly={readOnly} errors={errors.guardians?.[i]} />
            {!readOnly && (
              <div>
                <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => guardians.remove(i)}>
                  {t(`${k}.removeGuardian`, { number: i + 1 })}
                </Button>
              </div>
            )}
          </Fieldset>
        ))}
        {!readOnly && guardians.fields.length < 2 && (
          <div>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => guardians.append({ guardianId: null, name: '', phone: '', informed: '', notInformedReason: '' })}
            >
              {t(`${k}.addGuardian`)}
            </Button>
          </div>
        )}
      </div>
      <div role="group" aria-labelledby="report-group-messageTitle" className="samla-stack">
        <Heading level={2} data-size="sm" id="report-group-messageTitle">{t(`${k}.messageTitle`)}</Heading>
        <Textfield multiline rows={6} label={t(`${k}.message`)} description={t(`${k}.messageHelp`)} {...p('message')} error={errors.message?.message} />
        <Textfield multiline rows={5} label={t(`${k}.history`)} description={t(`${k}.historyHelp`)} {...p('history')} error={errors.history?.message} />
        <Textfield multiline rows={4} label={t(`${k}.otherViews`)} description={t(`${k}.otherViewsHelp`)} {...p('otherViews')} error={errors.otherViews?.message} />
        <Textfield label={t(`${k}.interpreterNeed`)} description={t(`${k}.interpreterNeedHelp`)} {...p('interpreterNeed')} error={errors.interpreterNeed?.message} />
        <Textfield multiline rows={3} label={t(`${k}.otherServices`)} {...p('otherServices')} error={errors.otherServices?.message} />
      </div>
    </>
  );
}
