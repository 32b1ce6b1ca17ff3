import { Checkbox, Field, Fieldset, Heading, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { serviceNeeds, serviceTypes } from '../../../contracts/catalogue.js';
import { referrers, targetGroups } from '../../../contracts/catalogue-fields.js';
import { isAge, SLUG_PATTERN, type ServiceFormValues } from './form-values.js';

export interface UnitOption {
  id: string;
  name: string;
}

/** Who provides the service, for whom, and where it lives on the web. */
export function ServiceBasicsFields(props: {
  form: UseFormReturn<ServiceFormValues>;
  units: UnitOption[];
  /** coordinators may leave the unit empty; leaders must choose one of their own */
  coordinator: boolean;
  publicBase: string;
  published: boolean;
}) {
  const { t } = useTranslation();
  const { register, getValues, formState: { errors } } = props.form;
  const slugExample = `${props.publicBase}/${props.form.watch('slug') || t('contentServices.basics.slugExample')}`;

  return (
    <section aria-labelledby="service-basics" className="samla-stack">
      <Heading level={2} data-size="sm" id="service-basics">{t('contentServices.basics.title')}</Heading>
      <Field>
        <Label>{t('contentServices.basics.unit')}</Label>
        <Field.Description>
          {props.coordinator ? t('contentServices.basics.unitHelpCoordinator') : t('contentServices.basics.unitHelpLeader')}
        </Field.Description>
        <Select
          aria-invalid={errors.unitId ? true : undefined}
          {...register('unitId', { validate: (v) => props.coordinator || v !== '' || t('contentServices.errors.required') })}
        >
          {props.coordinator
            ? <Select.Option value="">{t('contentServices.basics.noUnit')}</Select.Option>
            : <Select.Option value="" disabled>{t('contentServices.basics.chooseUnit')}</Select.Option>}
          {props.units.map((u) => <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>)}
        </Select>
        {errors.unitId?.message && <ValidationMessage>{errors.unitId.message}</ValidationMessage>}
      </Field>
      <Field>
        <Label>{t('contentServices.basics.type')}</Label>
        <Select aria-invalid={errors.serviceType ? true : undefined} {...register('serviceType', { validate: (v) => v !== '' || t('contentServices.errors.required') })}>
          <Select.Option value="" disabled>{t('contentServices.basics.chooseType')}</Select.Option>
          {serviceTypes.map((type) => <Select.Option key={type} value={type}>{t(`catalogue.types.${type}`)}</Select.Option>)}
        </Select>
        {errors.serviceType?.message && <ValidationMessage>{errors.serviceType.message}</ValidationMessage>}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('contentServices.basics.ages')}</Fieldset.Legend>
        <Fieldset.Description>{t('catalogue.fields.editor.agesHelp')}</Fieldset.Description>
        <div className="samla-role-row">
          <Textfield
            label={t('contentServices.basics.ageFrom')}
            inputMode="numeric"
            size={4}
            {...register('ageFrom', {
              validate: (v) => {
                if (v.trim() === '') return getValues('ageTo').trim() === '' || t('catalogue.fields.editor.errors.agesBoth');
                return isAge(v) || t('contentServices.errors.age_range');
              },
            })}
            error={errors.ageFrom?.message}
          />
          <Textfield
            label={t('contentServices.basics.ageTo')}
            inputMode="numeric"
            size={4}
            {...register('ageTo', {
              validate: (v) => {
                if (v.trim() === '') return getValues('ageFrom').trim() === '' || t('catalogue.fields.editor.errors.agesBoth');
                if (!isAge(v)) return t('contentServices.errors.age_range');
                const from = getValues('ageFrom');
                return !isAge(from) || Number(v) >= Number(from) || t('contentServices.errors.age_order');
              },
              deps: ['ageFrom'],
            })}
            error={errors.ageTo?.message}
          />
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('contentServices.basics.needs')}</Fieldset.Legend>
        <Fieldset.Description>{t('contentServices.basics.needsHelp')}</Fieldset.Description>
        <div className="samla-content-needs">
          {serviceNeeds.map((need) => (
            <Checkbox key={need} label={t(`catalogue.needs.${need}`)} value={need} {...register('needs')} />
          ))}
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('catalogue.fields.editor.targetGroupsLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('catalogue.fields.editor.targetGroupsHelp')}</Fieldset.Description>
        <div className="samla-content-needs">
          {targetGroups.map((g) => (
            <Checkbox
              key={g}
              label={t(`catalogue.fields.targetGroups.${g}`)}
              value={g}
              {...register('targetGroups', {
                validate: (v) => v.length > 0 || getValues('ageFrom').trim() !== '' || t('catalogue.fields.editor.errors.audience'),
                deps: ['ageFrom'],
              })}
            />
          ))}
        </div>
        {errors.targetGroups?.message && <ValidationMessage>{errors.targetGroups.message}</ValidationMessage>}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('catalogue.fields.editor.referrersLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('catalogue.fields.editor.referrersHelp')}</Fieldset.Description>
        <div className="samla-content-needs">
          {referrers.map((r) => (
            <Checkbox key={r} label={t(`catalogue.fields.referrers.${r}`)} value={r} {...register('referrers')} />
          ))}
        </div>
        {errors.referrers?.message && <ValidationMessage>{errors.referrers.message}</ValidationMessage>}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('catalogue.fields.editor.costLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('catalogue.fields.editor.costFeeHelp')}</Fieldset.Description>
        <Radio label={t('catalogue.fields.editor.costNotStated')} value="" {...register('cost')} />
        <Radio label={t('catalogue.fields.costs.free')} value="free" {...register('cost')} />
        <Radio label={t('catalogue.fields.costs.fee')} value="fee" {...register('cost')} />
      </Fieldset>
      <Checkbox label={t('catalogue.fields.editor.dropIn')} {...register('dropIn')} />
      <Textfield
        label={t('contentServices.basics.slug')}
        description={t(props.published ? 'contentServices.basics.slugHelpPublished' : 'contentServices.basics.slugHelp', { example: slugExample })}
        autoComplete="off"
        spellCheck={false}
        maxLength={80}
        {...register('slug', {
          validate: (v) => (v.trim().length >= 2 && SLUG_PATTERN.test(v.trim())) || t('contentServices.errors.slug_format'),
        })}
        error={errors.slug?.message}
      />
    </section>
  );
}
