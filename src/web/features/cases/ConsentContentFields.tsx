import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { FieldErrors, FieldValues, Path, UseFormGetValues, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ConsentListResponse } from '../../../contracts/consents.js';

/** The part of a consent form that says what may be shared and what the child thinks. */
export interface ConsentContentValues {
  youngPerson: boolean;
  informationShared: string;
  childView: string;
  childViewMissingReason: string;
}

/** The body fields for these values: trimmed, and only one of the child's view and why it is missing. */
export function consentContentBody(v: ConsentContentValues) {
  const view = v.childView.trim();
  const missing = v.childViewMissingReason.trim();
  return { informationShared: v.informationShared.trim(), ...(view ? { childView: view } : missing ? { childViewMissingReason: missing } : {}) };
}

/**
 * What may be shared, and the child's own view — asked for from the municipality's hearing age
 * (the API refuses a consent without it or a reason, unless the young person consents). Used by the
 * consent form and by the handover's «keep access» consent, so both ask the same.
 */
export function ConsentContentFields<T extends FieldValues & ConsentContentValues>(props: {
  parties: Pick<ConsentListResponse, 'childViewAsked' | 'childHearingAge'>;
  register: UseFormRegister<T>;
  getValues: UseFormGetValues<T>;
  errors: FieldErrors<T>;
  /** false while the fields do not apply (the handover form without «keep access») */
  active?: () => boolean;
}) {
  const { t } = useTranslation();
  const { parties, register, getValues } = props;
  const errors = props.errors as FieldErrors<ConsentContentValues>;
  const active = props.active ?? (() => true);
  const value = (name: keyof ConsentContentValues) => getValues(name as Path<T>) as unknown;
  const required = t('fieldErrors.required');
  const asked = parties.childViewAsked;
  const childViewRequired = (v: string) => !active() || !asked || value('youngPerson') === true || v.trim().length > 0
    || String(value('childViewMissingReason')).trim().length > 0 || t('casePanels.consent.childViewRequired');
  return (
    <>
      <Textfield
        multiline
        rows={3}
        label={t('casePanels.consent.informationSharedLabel')}
        description={t('casePanels.consent.informationSharedHelp')}
        required
        maxLength={2000}
        {...register('informationShared' as Path<T>, { validate: (v: string) => !active() || v.trim().length > 0 || required })}
        error={errors.informationShared?.message}
      />
      <Fieldset>
        <Fieldset.Legend>{t('casePanels.consent.childViewLegend')}</Fieldset.Legend>
        <Fieldset.Description>
          {asked ? t('casePanels.consent.childViewAsked', { age: parties.childHearingAge }) : t('casePanels.consent.childViewOptional', { age: parties.childHearingAge })}
        </Fieldset.Description>
        <Textfield
          multiline
          rows={3}
          label={t('casePanels.consent.childViewLabel')}
          maxLength={4000}
          {...register('childView' as Path<T>, { validate: childViewRequired })}
          error={errors.childView?.message}
        />
        {asked && (
          <Textfield
            label={t('casePanels.consent.childViewMissingLabel')}
            description={t('casePanels.consent.childViewMissingHelp')}
            maxLength={2000}
            {...register('childViewMissingReason' as Path<T>)}
            error={errors.childViewMissingReason?.message}
          />
        )}
      </Fieldset>
    </>
  );
}
