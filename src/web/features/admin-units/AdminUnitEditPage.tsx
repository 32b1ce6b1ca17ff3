import { useEffect, useState } from 'react';
import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { unitTypeOptions } from '../../components/unit-types.js';
import { AdminNav } from '../../components/AdminNav.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { hasFieldProblems, isNotFound } from '../../components/errors.js';
import { useServerFieldErrors } from '../../components/form.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useAllActiveUnits } from '../../api/units.js';
import { useAdminUnit, useSaveUnit, type UnitType } from './api.js';

interface FormValues {
  name: string;
  type: UnitType;
  organisationNumber: string;
  /** '' = no parent */
  parentId: string;
}
const FIELDS = ['name', 'type', 'organisationNumber', 'parentId'] as const;

export function AdminUnitEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const unit = useAdminUnit(id);
  const save = useSaveUnit(id);
  const units = useAllActiveUnits();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm<FormValues>({
    defaultValues: { name: '', type: 'primary_school', organisationNumber: '', parentId: '' },
  });
  const serverErrors = useServerFieldErrors(setError, FIELDS);
  usePageTitle(id ? t('admin.units.editTitle') : t('admin.units.createTitle'));

  useEffect(() => {
    if (unit.data) {
      reset({ name: unit.data.name, type: unit.data.type, organisationNumber: unit.data.organisationNumber ?? '', parentId: unit.data.parent?.id ?? '' });
    }
  }, [unit.data, reset]);

  if (id && unit.isPending) return <Loading />;
  if (isNotFound(unit.error)) return <NotFoundOrNoAccess />;
  if (unit.isError) return <ErrorAlert error={unit.error} />;

  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    const body = { name: values.name, type: values.type, organisationNumber: values.organisationNumber.trim() || null, parentId: values.parentId || null };
    save.mutate(body, {
      onSuccess: () => navigate('/admin/enheter', { state: { saved: true } }),
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  const toggleArchived = () =>
    save.mutate({ archived: !unit.data?.archived }, { onError: (error) => setUnmatched(serverErrors(error)) });

  return (
    <section className="samla-page">
      <AdminNav />
      <Heading level={1} data-size="lg">{id ? t('admin.units.editTitle') : t('admin.units.createTitle')}</Heading>
      {save.isError && !hasFieldProblems(save.error) && <ErrorAlert error={save.error} />}
      {unmatched.length > 0 && (
        <Alert data-color="danger" role="alert">{unmatched.map((m) => <Paragraph key={m}>{m}</Paragraph>)}</Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="samla-form">
        <Textfield
          label={t('units.name')}
          required
          {...register('name', { required: true, validate: (v) => v.trim().length > 0 })}
          error={errors.name && (errors.name.message || t('fieldErrors.required'))}
        />
        <Field>
          <Label>{t('units.type')}</Label>
          <Select {...register('type')} aria-invalid={errors.type ? true : undefined}>
            {unitTypeOptions.map((type) => (
              <Select.Option key={type} value={type}>{t(`unitTypes.${type}`)}</Select.Option>
            ))}
          </Select>
          {errors.type && <ValidationMessage>{errors.type.message}</ValidationMessage>}
        </Field>
        <Textfield
          label={t('units.organisationNumber')}
          description={t('admin.units.organisationNumberHelp')}
          inputMode="numeric"
          {...register('organisationNumber', { pattern: /^\s*(\d{9})?\s*$/ })}
          error={errors.organisationNumber && (errors.organisationNumber.message || t('fieldErrors.organisation_number'))}
        />
        <Field>
          <Label>{t('admin.units.parent')}</Label>
          <Field.Description>{t('admin.units.parentHelp')}</Field.Description>
          <Select {...register('parentId')} aria-invalid={errors.parentId ? true : undefined}>
            <Select.Option value="">{t('admin.units.noParent')}</Select.Option>
            {/* The present parent stays choosable even if archived or not in the list. */}
            {unit.data?.parent && !(units.data ?? []).some((u) => u.id === unit.data?.parent?.id) && (
              <Select.Option value={unit.data.parent.id}>{unit.data.parent.name}</Select.Option>
            )}
            {(units.data ?? []).filter((u) => u.id !== id).map((u) => <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>)}
          </Select>
          {errors.parentId && <ValidationMessage>{errors.parentId.message}</ValidationMessage>}
        </Field>
        <div className="samla-actions">
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          <Button type="button" variant="secondary" onClick={() => navigate('/admin/enheter')}>{t('common.cancel')}</Button>
          {id && unit.data && (
            <Button type="button" variant="tertiary" data-color="danger" onClick={toggleArchived}>
              {unit.data.archived ? t('admin.units.unarchive') : t('admin.units.archive')}
            </Button>
          )}
        </div>
      </form>
      {id && unit.data?.archived && (
        <Alert data-color="info"><Paragraph>{t('admin.units.isArchived')}</Paragraph></Alert>
      )}
    </section>
  );
}
