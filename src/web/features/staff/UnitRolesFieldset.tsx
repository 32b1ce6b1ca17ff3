import { Button, Field, Fieldset, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { unitRoles, type municipalRoles } from '../../../contracts/common.js';

type UnitRole = (typeof unitRoles)[number];
export interface StaffFormValues {
  name: string;
  email: string;
  externalSubject: string;
  /** a staffFunctions code, or '' for none */
  staffFunction: string;
  active: boolean;
  municipalRoles: (typeof municipalRoles)[number][];
  unitRoles: { unitId: string; role: UnitRole }[];
}

/** One row per (unit, role); the same person can hold several roles in several units. */
export function UnitRolesFieldset({ form, units }: { form: UseFormReturn<StaffFormValues>; units: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'unitRoles' });
  const errors = form.formState.errors.unitRoles;

  return (
    <Fieldset>
      <Fieldset.Legend>{t('admin.staff.unitRoles')}</Fieldset.Legend>
      {fields.length === 0 && <Paragraph data-size="sm">{t('admin.staff.noUnitRoles')}</Paragraph>}
      {fields.map((field, index) => (
        <Fieldset key={field.id} className="samla-role-row">
          <Fieldset.Legend className="ds-sr-only">{t('admin.staff.unitRoleNumber', { number: index + 1 })}</Fieldset.Legend>
          <Field>
            <Label>{t('admin.staff.unit')}</Label>
            <Select {...form.register(`unitRoles.${index}.unitId`, { required: true })} aria-invalid={errors?.[index]?.unitId ? true : undefined}>
              <Select.Option value="">{t('admin.staff.chooseUnit')}</Select.Option>
              {units.map((u) => (
                <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>
              ))}
            </Select>
            {errors?.[index]?.unitId && <ValidationMessage>{errors[index]?.unitId?.message || t('fieldErrors.required')}</ValidationMessage>}
          </Field>
          <Field>
            <Label>{t('admin.staff.role')}</Label>
            <Select {...form.register(`unitRoles.${index}.role`)}>
              {unitRoles.map((r) => (
                <Select.Option key={r} value={r}>{t(`unitRoles.${r}`)}</Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="button" variant="tertiary" data-color="danger" onClick={() => remove(index)}>
            {t('admin.staff.removeUnitRole', { number: index + 1 })}
          </Button>
        </Fieldset>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => append({ unitId: '', role: 'employee' })}>
          {t('admin.staff.addUnitRole')}
        </Button>
      </div>
    </Fieldset>
  );
}
