import { useState } from 'react';
import { Button, Checkbox, Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ListStatus } from '../../components/ListStatus.js';
import { useMemberCandidates, type MemberCandidate } from './api.js';
import { reassignmentsFor, useHandoverPreview, useRequestHandover, type NewHandoverRequest } from './handover-api.js';
import { HandoverAccessLoss, type AccessLossValues } from './HandoverAccessLoss.js';
import { consentContentBody } from './ConsentContentFields.js';
import { useConsents } from './consent-api.js';
import { ApiError } from '../../api/client.js';
import { FormProblems, today, usePanelFieldErrors } from './panel-errors.js';
import { useAllActiveUnits } from '../../api/units.js';

interface Values extends AccessLossValues {
  toUserId: string;
  moveCase: boolean;
  toUnitId: string;
  message: string;
}
const FIELDS = [
  'toUserId', 'toUnitId', 'message', 'keepUserIds', 'guardianIds', 'youngPerson', 'purpose', 'informationShared', 'childView', 'childViewMissingReason',
  'validFrom', 'validTo',
] as const;

/**
 * Asks a named employee to take over the baton. Staff of the owning unit, or covered by a
 * consent, can take over as it is; anyone else only if the case moves to their unit.
 */
export function HandoverRequestForm(props: { caseId: string; holderId: string; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const candidates = useMemberCandidates(props.caseId, search);
  // Who each person is: «Lia skole (Leder)» — their role in each of their units, in the glossary's words.
  const rolesText = (roles: MemberCandidate['roles']) => {
    const byUnit = new Map<string, string[]>();
    for (const r of roles) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), t(`unitRoles.${r.role}`)]);
    return new Intl.ListFormat(i18n.language).format(
      [...byUnit].map(([unit, names]) => t('casePanels.handover.roleInUnit', { unit, roles: names.join(', ') })),
    );
  };
  const units = useAllActiveUnits();
  const request = useRequestHandover(props.caseId);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, reset, setError, watch, getValues, formState: { errors } } = useForm<Values>({
    defaultValues: {
      toUserId: '', moveCase: false, toUnitId: '', message: '',
      keepMode: 'keep', keepUserIds: [], guardianIds: [], youngPerson: false, purpose: '', informationShared: '', childView: '', childViewMissingReason: '',
      validFrom: today(), validTo: '',
    },
  });
  const parties = useConsents(props.caseId);
  const serverErrors = usePanelFieldErrors(setError, FIELDS);
  const items = (candidates.data ?? []).filter((c) => c.id !== props.holderId);
  const receiver = items.find((c) => c.id === watch('toUserId'));
  const moveCase = watch('moveCase');
  // The candidates list their units by name: offer those units first, or every unit if none match.
  const receiverUnits = (units.data ?? []).filter((u) => receiver?.units.includes(u.name));
  const unitOptions = receiverUnits.length > 0 ? receiverUnits : (units.data ?? []);
  const required = t('fieldErrors.required');
  const toUnitId = moveCase ? watch('toUnitId') : '';
  const preview = useHandoverPreview(props.caseId, receiver && (!moveCase || toUnitId) ? { toUserId: receiver.id, ...(toUnitId && { toUnitId }) } : null);
  const values = watch();

  const onSubmit = handleSubmit((v) => {
    setUnmatched([]);
    const p = preview.data;
    const losses = p ? p.losesAccess.length + p.unitMeasures.length > 0 : false;
    const keep = losses && v.keepMode === 'keep';
    const body: NewHandoverRequest = {
      toUserId: v.toUserId,
      toUnitId: v.moveCase ? v.toUnitId : undefined,
      message: v.message,
      ...(keep && {
        keepAccess: {
          userIds: v.keepUserIds,
          consent: { guardianIds: v.guardianIds, youngPerson: v.youngPerson, purpose: v.purpose, validFrom: v.validFrom, validTo: v.validTo, ...consentContentBody(v) },
        },
      }),
      reassign: p ? reassignmentsFor(p, keep ? v.keepUserIds : null, v.toUserId, v.moveCase ? v.toUnitId : null) : [],
    };
    // The section hides this form once a request is pending: a promise still resolves after that.
    request.mutateAsync(body).then(
      () => {
        reset();
        setSearch(null);
        setText('');
        props.onDone(t('casePanels.handover.sent'));
      },
      (error: unknown) => setUnmatched(serverErrors(keepFieldsOf(error))),
    );
  });

  return (
    <div className="samla-stack">
      <form
        className="samla-filter"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) setSearch(text.trim());
        }}
      >
        <Textfield
          label={t('casePanels.handover.searchEmployee')}
          description={t('casePanels.handover.searchEmployeeHelp')}
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit" variant="secondary">{t('casePanels.handover.searchButton')}</Button>
      </form>
      {search !== null && <ListStatus query={candidates} empty={items.length === 0} emptyText={t('casePanels.handover.noCandidates')} />}
      {search !== null && items.length > 0 && (
        <form onSubmit={onSubmit} noValidate className="samla-form">
          <FormProblems error={request.error} unmatched={unmatched} caseId={props.caseId} />
          <Fieldset>
            <Fieldset.Legend>{t('casePanels.handover.candidates')}</Fieldset.Legend>
            {items.map((c) => (
              <Radio
                key={c.id}
                value={c.id}
                label={c.name}
                description={[
                  rolesText(c.roles),
                  c.joinableBy ? t(`casePanels.handover.joinableBy.${c.joinableBy}`) : t('casePanels.handover.notJoinable'),
                ].filter(Boolean).join(' · ')}
                aria-invalid={errors.toUserId ? true : undefined}
                {...register('toUserId', { required: t('casePanels.handover.receiverRequired') })}
              />
            ))}
            {errors.toUserId && <ValidationMessage>{errors.toUserId.message}</ValidationMessage>}
          </Fieldset>
          <Checkbox label={t('casePanels.handover.moveCase')} description={t('casePanels.handover.moveCaseHelp')} {...register('moveCase')} />
          {moveCase && (
            <Field>
              <Label>{t('casePanels.handover.toUnit')}</Label>
              <Select aria-invalid={errors.toUnitId ? true : undefined} {...register('toUnitId', { required: t('casePanels.handover.unitRequired') })}>
                <Select.Option value="">{t('casePanels.handover.chooseUnit')}</Select.Option>
                {unitOptions.map((u) => <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>)}
              </Select>
              {errors.toUnitId && <ValidationMessage>{errors.toUnitId.message || required}</ValidationMessage>}
            </Field>
          )}
          {receiver && (!moveCase || toUnitId) && (
            <HandoverAccessLoss
              preview={preview}
              parties={parties.data}
              receiver={receiver}
              values={values}
              register={register}
              getValues={getValues}
              errors={errors}
            />
          )}
          <Textfield multiline rows={3} label={t('casePanels.handover.messageLabel')} {...register('message')} error={errors.message?.message} />
          <div className="samla-actions">
            <Button type="submit" loading={request.isPending}>{t('casePanels.handover.send')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}

/** The server names the consent's fields under keepAccess.consent.… and the people under keepAccess.userIds: the form's own names. */
function keepFieldsOf(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = error.fields.map((f) => ({ ...f, path: f.path.replace(/^keepAccess\.consent\./, '').replace(/^keepAccess\.userIds/, 'keepUserIds') }));
  return new ApiError(error.status, error.code, fields, error.requestId);
}
