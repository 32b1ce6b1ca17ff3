import { useState } from 'react';
import {
  Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Link, Paragraph, Radio, Select, Textfield, ValidationMessage,
} from '@digdir/designsystemet-react';
import { useForm, type FieldPath, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { ChildDetail } from '../../../contracts/children.js';
import { ApiError } from '../../api/client.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { OPENED_STATE } from '../../components/case-arrival.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { hasFieldProblems, isNotFound } from '../../components/errors.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { nb } from '../../i18n/nb.js';
import { Unmatched, useCaseErrorText } from './case-errors.js';
import { useChildForCase, useChildWorkForCase, useOpenCase } from './open-case-api.js';
import type { ChildCase } from '../../../contracts/children.js';
import { todayInNorway } from '../../components/dates.js';
import { useLevels } from '../../components/levels.js';

interface FormValues {
  owningUnitId: string;
  level: string;
  reason: string;
  residentsRestricted: boolean;
  confirmSecondCase: boolean;
}
const FIELDS = ['owningUnitId', 'level', 'reason', 'residentsRestricted', 'confirmSecondCase'] as const;

type OpenCaseFieldCode = keyof typeof nb.cases.openCase.fieldErrors;
const isOpenCaseField = (code: string): code is OpenCaseFieldCode => Object.hasOwn(nb.cases.openCase.fieldErrors, code);

/** The child's units today that the user works in: the case is owned by one of them (the server checks the same). */
function unitsForCase(child: ChildDetail, myUnitIds: Set<string>, today: string) {
  const units = new Map<string, string>();
  for (const e of child.enrolments) {
    const current = e.fromDate <= today && (e.toDate === null || e.toDate >= today);
    if (current && myUnitIds.has(e.unit.id)) units.set(e.unit.id, e.unit.name);
  }
  return [...units].map(([id, name]) => ({ id, name }));
}

/**
 * The API's field problems beside their fields (paths come as `body.reason` or `owningUnitId`),
 * focus on the first; the ones that match no field are returned for the alert above the form.
 */
function useOpenCaseFieldErrors(setError: UseFormSetError<FormValues>) {
  const { t } = useTranslation();
  const text = useCaseErrorText();
  const field = (code: string) => (isOpenCaseField(code) ? t(`cases.openCase.fieldErrors.${code}`) : text.field(code));
  return (error: unknown): string[] => {
    if (!(error instanceof ApiError)) return [];
    const unmatched: string[] = [];
    let focused = false;
    for (const problem of error.fields) {
      const path = problem.path.replace(/^body\./, '');
      const name: FieldPath<FormValues> | undefined = FIELDS.find((f) => path === f || path.startsWith(`${f}.`));
      if (!name) {
        unmatched.push(field(problem.code));
        continue;
      }
      setError(name, { type: 'server', message: field(problem.code) }, { shouldFocus: !focused });
      focused = true;
    }
    return unmatched;
  };
}

/** /barn/:id/ny-sak — open a case (stafettlogg) directly, without a level-0 concern. */
export function OpenCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.openCase.title'));
  const { id = '' } = useParams();
  const child = useChildForCase(id);
  const work = useChildWorkForCase(id);
  const session = useAuthenticatedSession();

  if (child.isPending || work.isPending) return <Loading />;
  if (isNotFound(child.error)) return <NotFoundOrNoAccess />;
  if (child.isError) return <ErrorAlert error={child.error} />;

  const myUnitIds = new Set((session?.user?.units ?? []).map((u) => u.id));
  const units = unitsForCase(child.data, myUnitIds, todayInNorway());

  return (
    <section className="samla-page">
      <Link asChild><RouterLink to={`/barn/${child.data.id}`}>{t('cases.openCase.backToChild')}</RouterLink></Link>
      <Heading level={1} data-size="lg">{t('cases.openCase.title')}</Heading>
      <dl className="samla-facts">
        <dt>{t('cases.openCase.child')}</dt>
        <dd>{`${child.data.givenName} ${child.data.familyName}`}</dd>
      </dl>
      {units.length === 0 ? (
        <Paragraph>{t('cases.openCase.noUnit')}</Paragraph>
      ) : (
        <OpenCaseForm childId={child.data.id} units={units} openCases={(work.data?.cases ?? []).filter((c) => c.status === 'open')} />
      )}
    </section>
  );
}

function OpenCaseForm(props: { childId: string; units: { id: string; name: string }[]; openCases: ChildCase[] }) {
  const { t } = useTranslation();
  const { caseLevels, nameOf } = useLevels();
  const navigate = useNavigate();
  const save = useOpenCase();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<FormValues>({
    defaultValues: {
      owningUnitId: props.units.length === 1 ? props.units[0]!.id : '',
      level: '',
      reason: '',
      residentsRestricted: false,
      confirmSecondCase: false,
    },
  });
  const { register, handleSubmit, setError, formState: { errors } } = form;
  const serverErrors = useOpenCaseFieldErrors(setError);

  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    save.mutate(
      {
        childId: props.childId,
        owningUnitId: values.owningUnitId,
        level: Number(values.level),
        reason: values.reason,
        residentsRestricted: values.residentsRestricted,
        ...(props.openCases.length > 0 && { confirmSecondCase: values.confirmSecondCase }),
      },
      {
        // The case page focuses its heading and says the case was opened (opened-case.tsx).
        onSuccess: (created) => navigate(`/saker/${created.id}`, { state: OPENED_STATE }),
        onError: (error) => setUnmatched(serverErrors(error)),
      },
    );
  });

  return (
    <>
      <Paragraph>{t('cases.openCase.intro')}</Paragraph>
      {props.openCases.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">{t('cases.openCase.secondCase.title')}</Heading>
          <Paragraph>{t('cases.openCase.secondCase.text')}</Paragraph>
          <ul>
            {props.openCases.map((c) => (
              <li key={c.id}>
                <Link asChild>
                  <RouterLink to={`/saker/${c.id}`}>
                    {t('cases.openCase.secondCase.link', { unit: c.owningUnit.name, level: c.level, holder: c.holder.name })}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Unmatched messages={unmatched} />
      {save.isError && !hasFieldProblems(save.error) && <ErrorAlert error={save.error} />}
      <form onSubmit={onSubmit} noValidate className="samla-form">
        <Field>
          <Label>{t('cases.openCase.unit')}</Label>
          <Field.Description>{t('cases.openCase.unitHelp')}</Field.Description>
          <Select required aria-invalid={errors.owningUnitId ? true : undefined} {...register('owningUnitId', { required: true })}>
            {props.units.length > 1 && <Select.Option value="">{t('cases.openCase.chooseUnit')}</Select.Option>}
            {props.units.map((u) => <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>)}
          </Select>
          {errors.owningUnitId && <ValidationMessage>{errors.owningUnitId.message || t('fieldErrors.required')}</ValidationMessage>}
        </Field>
        <Fieldset aria-describedby={errors.level ? 'open-case-level-error' : undefined}>
          <Fieldset.Legend>{t('cases.openCase.level')}</Fieldset.Legend>
          {caseLevels.map((level) => (
            <Radio
              key={level}
              value={String(level)}
              label={<span lang={nameOf(level).lang}>{nameOf(level).label}</span>}
              aria-invalid={errors.level ? true : undefined}
              {...register('level', { required: true })}
            />
          ))}
          {errors.level && (
            <ValidationMessage id="open-case-level-error">{errors.level.message || t('fieldErrors.required')}</ValidationMessage>
          )}
        </Fieldset>
        <Textfield
          label={t('cases.openCase.reason')}
          description={t('cases.openCase.reasonHelp')}
          multiline
          rows={6}
          required
          maxLength={4000}
          {...register('reason', { validate: (v) => v.trim().length > 0 })}
          error={errors.reason && (errors.reason.message || t('fieldErrors.required'))}
        />
        <Checkbox
          label={t('cases.openCase.residentsRestricted')}
          description={t('cases.openCase.residentsRestrictedHelp')}
          {...register('residentsRestricted')}
          error={errors.residentsRestricted?.message}
        />
        {props.openCases.length > 0 && (
          <Checkbox
            label={t('cases.openCase.secondCase.confirm')}
            {...register('confirmSecondCase', { validate: (v) => v || t('cases.openCase.secondCase.confirmRequired') })}
            error={errors.confirmSecondCase?.message}
          />
        )}
        <div className="samla-actions">
          <Button type="submit" loading={save.isPending}>{t('cases.openCase.submit')}</Button>
          <Button asChild variant="secondary"><RouterLink to={`/barn/${props.childId}`}>{t('common.cancel')}</RouterLink></Button>
        </div>
      </form>
    </>
  );
}
