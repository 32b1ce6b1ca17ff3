import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { FieldError, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, type ReportFormValues } from './report-form.js';

type Prefix = 'child' | `guardians.${number}`;

/** Was the person told about the report, and if not, why (orientert / orientertGrunn). */
export function InformedFields(props: {
  form: UseFormReturn<ReportFormValues>;
  prefix: Prefix;
  legend: string;
  readOnly: boolean;
  errors?: { informed?: FieldError; notInformedReason?: FieldError };
}) {
  const { t } = useTranslation();
  const { register, watch } = props.form;
  const informed = watch(`${props.prefix}.informed`);
  const id = fieldId(`${props.prefix}.informed`);
  return (
    <>
      <Fieldset id={id} tabIndex={-1}>
        <Fieldset.Legend>{props.legend}</Fieldset.Legend>
        <Radio value="true" label={t('casePanels.common.yes')} disabled={props.readOnly} {...register(`${props.prefix}.informed`)} />
        <Radio value="false" label={t('casePanels.common.no')} disabled={props.readOnly} {...register(`${props.prefix}.informed`)} />
        {props.errors?.informed && <ValidationMessage>{props.errors.informed.message}</ValidationMessage>}
      </Fieldset>
      {informed === 'false' && (
        <Textfield
          id={fieldId(`${props.prefix}.notInformedReason`)}
          multiline
          rows={2}
          label={t('casePanels.report.page.notInformedReason')}
          description={t('casePanels.report.page.notInformedReasonHelp')}
          readOnly={props.readOnly}
          {...register(`${props.prefix}.notInformedReason`)}
          error={props.errors?.notInformedReason?.message}
        />
      )}
    </>
  );
}
