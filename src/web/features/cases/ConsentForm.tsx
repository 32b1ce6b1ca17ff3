import { useState } from 'react';
import { Button, Checkbox, Field, Fieldset, Label, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { documentContentTypes, documentMaxBytes, type ConsentListResponse } from '../../../contracts/consents.js';
import { ApiError } from '../../api/client.js';
import { useFormat } from '../../components/format.js';
import { useRecordConsent } from './consent-api.js';
import { FormProblems, today, usePanelErrorText, usePanelFieldErrors } from './panel-errors.js';
import { UnitChecklist } from './UnitChecklist.js';
import { ConsentContentFields, consentContentBody } from './ConsentContentFields.js';
import { useAllActiveUnits } from '../../api/units.js';
import { useUnsentText } from '../../components/unsent-text.js';

interface Values {
  decision: 'given' | 'refused';
  guardianIds: string[];
  youngPerson: boolean;
  purpose: string;
  informationShared: string;
  childView: string;
  childViewMissingReason: string;
  validFrom: string;
  validTo: string;
}
const FIELDS = ['decision', 'guardianIds', 'youngPerson', 'purpose', 'informationShared', 'childView', 'childViewMissingReason', 'validFrom', 'validTo'] as const;
const ACCEPT = [...documentContentTypes, '.pdf', '.png', '.jpg', '.jpeg'].join(',');

/** Records a consent or a refusal: who decided, which services, for what, from when to when, and the scanned form. */
export function ConsentForm(props: { caseId: string; parties: ConsentListResponse; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useRecordConsent(props.caseId);
  const units = useAllActiveUnits();
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [unitError, setUnitError] = useState<string | undefined>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [fileKey, setFileKey] = useState(0);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const empty: Values = { decision: 'given', guardianIds: [], youngPerson: false, purpose: '', informationShared: '', childView: '', childViewMissingReason: '', validFrom: today(), validTo: '' };
  const form = useForm<Values>({ defaultValues: empty });
  const { register, handleSubmit, reset, setError, getValues, formState: { errors } } = form;
  const forgetUnsent = useUnsentText(form, 'consent');
  const serverErrors = usePanelFieldErrors(setError, FIELDS);
  const text = usePanelErrorText();
  const required = t('fieldErrors.required');
  const partiesRequired = () => getValues('guardianIds').length > 0 || getValues('youngPerson') || t('casePanels.consent.partiesRequired');

  const chooseFile = (chosen: File | null) => {
    setFileError(undefined);
    if (chosen && !(documentContentTypes as readonly string[]).includes(chosen.type)) setFileError(t('casePanels.consent.fileType'));
    else if (chosen && chosen.size > documentMaxBytes) setFileError(t('casePanels.consent.fileTooLarge'));
    setFile(chosen);
  };

  const onSubmit = handleSubmit((v) => {
    setUnmatched([]);
    if (unitIds.length === 0) return setUnitError(t('casePanels.consent.servicesRequired'));
    if (fileError) return;
    const body = {
      decision: v.decision, guardianIds: v.guardianIds, youngPerson: v.youngPerson, purpose: v.purpose, validFrom: v.validFrom, validTo: v.validTo,
      unitIds, ...consentContentBody(v),
    };
    record.mutate({ body, file }, {
      onSuccess: () => {
        reset({ ...empty, validFrom: today() });
        forgetUnsent();
        setUnitIds([]);
        setFile(null);
        setFileKey((k) => k + 1);
        props.onDone(v.decision === 'given' ? t('casePanels.consent.recorded') : t('casePanels.consent.refusalRecorded'));
      },
      onError: (error) => {
        // The services are not a react-hook-form field: their problem goes beside the checklist.
        const isUnits = (f: { path: string }) => /^(body\.)?unitIds/.test(f.path);
        if (error instanceof ApiError && error.fields.some(isUnits)) {
          setUnitError(text.field(error.fields.find(isUnits)?.code ?? 'invalid'));
          setUnmatched(serverErrors(new ApiError(error.status, error.code, error.fields.filter((f) => !isUnits(f)), error.requestId)));
        } else {
          setUnmatched(serverErrors(error));
        }
      },
    });
  }, () => {
    if (unitIds.length === 0) setUnitError(t('casePanels.consent.servicesRequired'));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="samla-form">
      <FormProblems error={record.error} unmatched={unmatched} caseId={props.caseId} />
      <Fieldset>
        <Fieldset.Legend>{t('casePanels.consent.decision')}</Fieldset.Legend>
        <Radio value="given" label={t('casePanels.consent.decisionGiven')} {...register('decision')} />
        <Radio value="refused" label={t('casePanels.consent.decisionRefused')} {...register('decision')} />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('casePanels.consent.partiesLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('casePanels.consent.partiesHelp')}</Fieldset.Description>
        {props.parties.guardians.length === 0 && <Paragraph data-size="sm">{t('casePanels.consent.noGuardians')}</Paragraph>}
        {props.parties.guardians.map((g) => (
          <Checkbox
            key={g.id}
            value={g.id}
            label={g.name}
            aria-invalid={errors.guardianIds ? true : undefined}
            {...register('guardianIds', { validate: partiesRequired })}
          />
        ))}
        {props.parties.youngPersonMayConsent && (
          <Checkbox label={t('casePanels.consent.youngPersonParty')} {...register('youngPerson')} />
        )}
        {errors.guardianIds && <ValidationMessage>{errors.guardianIds.message}</ValidationMessage>}
      </Fieldset>
      <UnitChecklist
        units={units.data ?? []}
        selected={unitIds}
        onChange={(ids) => {
          setUnitIds(ids);
          setUnitError(undefined);
        }}
        error={unitError}
      />
      <Textfield
        multiline
        rows={3}
        label={t('casePanels.consent.purposeLabel')}
        description={t('casePanels.consent.purposeHelp')}
        required
        {...register('purpose', { validate: (v) => v.trim().length > 0 || required })}
        error={errors.purpose?.message}
      />
      <ConsentContentFields parties={props.parties} register={register} getValues={getValues} errors={errors} />
      <div className="samla-filter">
        <Textfield type="date" label={t('casePanels.consent.validFrom')} required {...register('validFrom', { required })} error={errors.validFrom?.message} />
        <Textfield
          type="date"
          label={t('casePanels.consent.validTo')}
          required
          {...register('validTo', { required, validate: (v) => !v || v >= getValues('validFrom') || t('casePanels.consent.toBeforeFrom') })}
          error={errors.validTo?.message}
        />
      </div>
      <Field>
        <Label htmlFor="consent-file">{t('casePanels.consent.file')}</Label>
        <Field.Description id="consent-file-help">{t('casePanels.consent.fileHelp')}</Field.Description>
        <input
          key={fileKey}
          id="consent-file"
          type="file"
          accept={ACCEPT}
          className="ds-input"
          aria-describedby="consent-file-help"
          aria-invalid={fileError ? true : undefined}
          onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
        />
        {file && !fileError && (
          <Paragraph data-size="sm" aria-live="polite">
            {t('casePanels.consent.fileChosen', {
              name: file.name,
              size: t('casePanels.common.fileSize', { size: format.number(Math.max(1, Math.round(file.size / 1024))) }),
            })}
          </Paragraph>
        )}
        {fileError && <ValidationMessage>{fileError}</ValidationMessage>}
      </Field>
      <div className="samla-actions">
        <Button type="submit" loading={record.isPending}>{t('casePanels.consent.record')}</Button>
      </div>
    </form>
  );
}
