import { Alert, Checkbox, Fieldset, Heading, Paragraph, Radio, Spinner, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { FieldErrors, UseFormGetValues, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { HandoverPreview } from '../../../contracts/handovers.js';
import type { ConsentListResponse } from '../../../contracts/consents.js';
import type { UseQueryResult } from '@tanstack/react-query';
import { reassignmentsFor } from './handover-api.js';
import { usePanelErrorText } from './panel-errors.js';
import { ApiError } from '../../api/client.js';
import { ConsentContentFields, type ConsentContentValues } from './ConsentContentFields.js';

export interface AccessLossValues extends ConsentContentValues {
  keepMode: 'keep' | 'lose';
  keepUserIds: string[];
  guardianIds: string[];
  purpose: string;
  validFrom: string;
  validTo: string;
}

interface Props<V extends AccessLossValues> {
  preview: UseQueryResult<HandoverPreview>;
  parties: ConsentListResponse | undefined;
  receiver: { id: string; name: string };
  values: AccessLossValues;
  register: UseFormRegister<V>;
  getValues: UseFormGetValues<V>;
  errors: FieldErrors<V>;
}

/**
 * A handover that moves the case: who loses access (name, units, why they see it today, the
 * open measures they are responsible for), and the choice the server insists on — keep named
 * people through the family's consent, recorded now, or let them go and give their measures to
 * the receiver.
 */
export function HandoverAccessLoss<V extends AccessLossValues>(props: Props<V>) {
  const { t } = useTranslation();
  // react-hook-form's generic paths do not narrow over V; the fields are AccessLossValues' own.
  const register = props.register as unknown as UseFormRegister<AccessLossValues>;
  const getValues = props.getValues as unknown as UseFormGetValues<AccessLossValues>;
  const errors = props.errors as FieldErrors<AccessLossValues>;
  const text = usePanelErrorText();
  const p = props.preview.data;
  if (!p) {
    if (props.preview.isFetching) {
      return <Paragraph data-size="sm" role="status"><Spinner aria-hidden data-size="xs" /> {t('casePanels.handover.loss.loading')}</Paragraph>;
    }
    // A receiver or unit the server refuses: say why now rather than on sending.
    const problem = props.preview.error instanceof ApiError ? props.preview.error.fields[0] : undefined;
    return problem ? <Alert data-color="warning" role="status">{text.field(problem.code)}</Alert> : null;
  }
  if (p.losesAccess.length === 0 && p.unitMeasures.length === 0) {
    return p.moves ? <Paragraph data-size="sm">{t('casePanels.handover.loss.nobody')}</Paragraph> : null;
  }
  const { values } = props;
  const required = t('fieldErrors.required');
  const keep = values.keepMode === 'keep';
  // Read at validation time: hidden fields keep their rules in react-hook-form.
  const keeping = () => getValues('keepMode') === 'keep';
  const reassign = reassignmentsFor(p, keep ? values.keepUserIds : null, props.receiver.id, p.toUnit?.id ?? null);
  const measureName = new Map([...p.losesAccess.flatMap((l) => l.measures), ...p.unitMeasures].map((m) => [m.id, m.description]));
  const list = (items: { description: string }[]) => items.map((m) => m.description).join(', ');
  const partiesRequired = () => !keeping() || getValues('guardianIds').length > 0 || getValues('youngPerson') || t('casePanels.consent.partiesRequired');

  return (
    <section aria-labelledby="handover-loss-heading" className="samla-stack">
      <Heading level={3} data-size="xs" id="handover-loss-heading">{t('casePanels.handover.loss.title')}</Heading>
      <Paragraph data-size="sm">
        {t('casePanels.handover.loss.intro', { to: props.receiver.name, unit: p.toUnit?.name ?? '', from: p.fromUnit.name })}
      </Paragraph>
      <ul className="samla-stack">
        {p.losesAccess.map((l) => (
          <li key={l.user.id}>
            <strong>{l.user.name}</strong>
            {` · ${t(`cases.accessReasons.${l.reason}`)} · ${l.units.join(', ')}`}
            <br />
            {l.measures.length > 0 ? t('casePanels.handover.loss.responsibleFor', { measures: list(l.measures) }) : t('casePanels.handover.loss.noMeasures')}
          </li>
        ))}
        {p.unitMeasures.length > 0 && (
          <li>{t('casePanels.handover.loss.unitMeasures', { unit: p.fromUnit.name, measures: list(p.unitMeasures) })}</li>
        )}
      </ul>
      <Fieldset>
        <Fieldset.Legend>{t('casePanels.handover.loss.choice')}</Fieldset.Legend>
        <Radio value="keep" label={t('casePanels.handover.loss.keep')} description={t('casePanels.handover.loss.keepHelp', { unit: p.consentUnit.name })} {...register('keepMode')} />
        <Radio value="lose" label={t('casePanels.handover.loss.lose')} description={t('casePanels.handover.loss.loseHelp')} {...register('keepMode')} />
      </Fieldset>
      {keep && p.losesAccess.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('casePanels.handover.loss.keepWho')}</Fieldset.Legend>
          {p.losesAccess.map((l) => (
            <Checkbox
              key={l.user.id}
              value={l.user.id}
              label={l.user.name}
              aria-invalid={errors.keepUserIds ? true : undefined}
              {...register('keepUserIds', { validate: (v) => !keeping() || v.length > 0 || t('casePanels.handover.loss.keepWhoRequired') })}
            />
          ))}
          {errors.keepUserIds && <ValidationMessage>{errors.keepUserIds.message}</ValidationMessage>}
        </Fieldset>
      )}
      {keep && (
        <Fieldset>
          <Fieldset.Legend>{t('casePanels.handover.loss.consentLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('casePanels.consent.partiesHelp')}</Fieldset.Description>
          {(props.parties?.guardians ?? []).map((g) => (
            <Checkbox
              key={g.id}
              value={g.id}
              label={g.name}
              aria-invalid={errors.guardianIds ? true : undefined}
              {...register('guardianIds', { validate: partiesRequired })}
            />
          ))}
          {props.parties?.youngPersonMayConsent && <Checkbox label={t('casePanels.consent.youngPersonParty')} {...register('youngPerson')} />}
          {errors.guardianIds && <ValidationMessage>{errors.guardianIds.message}</ValidationMessage>}
          <Textfield
            multiline
            rows={2}
            label={t('casePanels.consent.purposeLabel')}
            required
            {...register('purpose', { validate: (v) => !keeping() || v.trim().length > 0 || required })}
            error={errors.purpose?.message}
          />
          {props.parties && <ConsentContentFields parties={props.parties} register={register} getValues={getValues} errors={errors} active={keeping} />}
          <div className="samla-filter">
            <Textfield type="date" label={t('casePanels.consent.validFrom')} required {...register('validFrom', { validate: (v) => !keeping() || !!v || required })} error={errors.validFrom?.message} />
            <Textfield
              type="date"
              label={t('casePanels.consent.validTo')}
              required
              {...register('validTo', {
                validate: (v) => !keeping() || (!v ? required : v >= getValues('validFrom') || t('casePanels.consent.toBeforeFrom')),
              })}
              error={errors.validTo?.message}
            />
          </div>
          {p.unitMeasures.length > 0 && <Paragraph data-size="sm">{t('casePanels.handover.loss.unitKept', { unit: p.consentUnit.name })}</Paragraph>}
        </Fieldset>
      )}
      {reassign.length > 0 && (
        <div>
          <Paragraph data-size="sm"><strong>{t('casePanels.handover.loss.reassignTitle')}</strong></Paragraph>
          <ul>
            {reassign.map((r) => (
              <li key={r.measureId}>
                {t('casePanels.handover.loss.reassignTo', {
                  measure: measureName.get(r.measureId) ?? '',
                  to: [r.responsibleUserId ? props.receiver.name : null, r.responsibleUnitId ? p.toUnit?.name : null].filter(Boolean).join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
