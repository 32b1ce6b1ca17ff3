import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { municipalRoles, staffFunctions } from '../../../contracts/common.js';
import type { StaffUser } from '../../../contracts/organisation.js';
import { AdminNav } from '../../components/AdminNav.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { hasFieldProblems, isNotFound } from '../../components/errors.js';
import { useServerFieldErrors } from '../../components/form.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useAllActiveUnits } from '../../api/units.js';
import { useSaveStaffUser, useStaffUser } from './api.js';
import { UnitRolesFieldset, type StaffFormValues } from './UnitRolesFieldset.js';

const FIELDS = ['name', 'email', 'externalSubject', 'staffFunction', 'active', 'municipalRoles', 'unitRoles'] as const;
const EMPTY: StaffFormValues = { name: '', email: '', externalSubject: '', staffFunction: '', active: true, municipalRoles: [], unitRoles: [] };

function toForm(user: StaffUser): StaffFormValues {
  return {
    name: user.name,
    email: user.email,
    externalSubject: user.externalSubject ?? '',
    staffFunction: user.staffFunction ?? '',
    active: user.active,
    municipalRoles: user.municipalRoles,
    unitRoles: user.unitRoles.map((r) => ({ unitId: r.unitId, role: r.role })),
  };
}

export function StaffEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const user = useStaffUser(id);
  const save = useSaveStaffUser(id);
  // Options must exist before the form is filled in, or the selects would lose their values.
  const units = useAllActiveUnits();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<StaffFormValues>({ defaultValues: EMPTY });
  const { register, handleSubmit, reset, setError, formState: { errors } } = form;
  const serverErrors = useServerFieldErrors(setError, FIELDS);
  usePageTitle(id ? t('admin.staff.editTitle') : t('admin.staff.createTitle'));

  useEffect(() => {
    if (user.data) reset(toForm(user.data));
  }, [user.data, reset]);

  if ((id && user.isPending) || units.isPending) return <Loading />;
  if (isNotFound(user.error)) return <NotFoundOrNoAccess />;
  if (user.isError) return <ErrorAlert error={user.error} />;
  if (units.isError) return <ErrorAlert error={units.error} />;
  // A role in an archived unit is still shown, so saving does not drop it silently.
  const unitOptions = [
    ...units.data.map((u) => ({ id: u.id, name: u.name })),
    ...(user.data?.unitRoles ?? [])
      .filter((r) => !units.data.some((u) => u.id === r.unitId))
      .map((r) => ({ id: r.unitId, name: r.unitName })),
  ];

  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    const body = {
      name: values.name,
      email: values.email.trim(),
      externalSubject: values.externalSubject.trim() || null,
      staffFunction: (values.staffFunction || null) as StaffUser['staffFunction'],
      active: values.active,
      municipalRoles: values.municipalRoles,
      unitRoles: values.unitRoles.filter((r) => r.unitId),
    };
    save.mutate(body, {
      onSuccess: () => navigate('/admin/ansatte', { state: { saved: true } }),
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <section className="samla-page">
      <AdminNav />
      <Heading level={1} data-size="lg">{id ? t('admin.staff.editTitle') : t('admin.staff.createTitle')}</Heading>
      {save.isError && !hasFieldProblems(save.error) && <ErrorAlert error={save.error} />}
      {unmatched.length > 0 && (
        <Alert data-color="danger" role="alert">{unmatched.map((m) => <Paragraph key={m}>{m}</Paragraph>)}</Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="samla-form">
        <Textfield
          label={t('admin.staff.name')}
          required
          autoComplete="off"
          {...register('name', { validate: (v) => v.trim().length > 0 })}
          error={errors.name && (errors.name.message || t('fieldErrors.required'))}
        />
        <Textfield
          label={t('admin.staff.email')}
          type="email"
          required
          autoComplete="off"
          {...register('email', { validate: (v) => /^[^\s@]+@[^\s@]+$/.test(v.trim()) })}
          error={errors.email && (errors.email.message || t('fieldErrors.invalid_email'))}
        />
        <Textfield
          label={t('admin.staff.externalSubject')}
          description={t('admin.staff.externalSubjectHelp')}
          autoComplete="off"
          {...register('externalSubject')}
          error={errors.externalSubject?.message}
        />
        <Field>
          <Label>{t('admin.staff.staffFunction')}</Label>
          <Field.Description>{t('admin.staff.staffFunctionHelp')}</Field.Description>
          <Select aria-invalid={errors.staffFunction ? true : undefined} {...register('staffFunction')}>
            <Select.Option value="">{t('admin.staff.noStaffFunction')}</Select.Option>
            {staffFunctions.map((f) => <Select.Option key={f} value={f}>{t(`admin.staff.staffFunctions.${f}`)}</Select.Option>)}
          </Select>
          {errors.staffFunction && <ValidationMessage>{errors.staffFunction.message}</ValidationMessage>}
        </Field>
        <Checkbox label={t('admin.staff.activeLabel')} {...register('active')} />
        <Fieldset>
          <Fieldset.Legend>{t('admin.staff.municipalRoles')}</Fieldset.Legend>
          {municipalRoles.map((role) => (
            <Checkbox key={role} label={t(`municipalRoles.${role}`)} value={role} {...register('municipalRoles')} />
          ))}
          {errors.municipalRoles?.message && <Paragraph data-color="danger">{errors.municipalRoles.message}</Paragraph>}
        </Fieldset>
        <UnitRolesFieldset form={form} units={unitOptions} />
        <div className="samla-actions">
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          <Button type="button" variant="secondary" onClick={() => navigate('/admin/ansatte')}>{t('common.cancel')}</Button>
        </div>
      </form>
    </section>
  );
}
