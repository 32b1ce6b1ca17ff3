import { useEffect, useRef, useState } from 'react';
import { Button, Card, Heading, Link, Tag, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ConsentItem } from '../../../contracts/consents.js';
import { useFormat } from '../../components/format.js';
import { documentHref, useWithdrawConsent } from './consent-api.js';
import { FormProblems, usePanelFieldErrors } from './panel-errors.js';

const statusColour = { upcoming: 'info', given: 'success', refused: 'warning', withdrawn: 'neutral', expired: 'neutral' } as const;

/** One consent or refusal, with who decided, what it covers, for how long, and how it ended. */
export function ConsentCard(props: { caseId: string; consent: ConsentItem; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = props.consent;
  const headingId = `consent-${c.id}`;
  const parties = [...c.guardians.map((g) => g.name), ...(c.youngPerson ? [t('casePanels.consent.youngPersonParty')] : [])];
  const mayWithdraw = c.canWithdraw && (c.status === 'given' || c.status === 'upcoming');

  return (
    <Card aria-labelledby={headingId}>
      <Card.Block className="samla-stack">
        <Heading level={3} data-size="xs" id={headingId}>
          {c.decision === 'given' ? t('casePanels.consent.given') : t('casePanels.consent.refused')}
        </Heading>
        <div>
          <Tag data-color={statusColour[c.status]} data-size="sm">{t(`casePanels.consent.status.${c.status}`)}</Tag>
        </div>
        <dl className="samla-facts">
          <dt>{c.decision === 'given' ? t('casePanels.consent.parties') : t('casePanels.consent.refusedBy')}</dt>
          <dd>{parties.join(', ') || t('casePanels.common.none')}</dd>
          <dt>{t('casePanels.consent.services')}</dt>
          <dd>{c.units.map((u) => u.name).join(', ')}</dd>
          <dt>{t('casePanels.consent.purpose')}</dt>
          <dd className="samla-prewrap">{c.purpose}</dd>
          {c.informationShared && (
            <>
              <dt>{t('casePanels.consent.informationShared')}</dt>
              <dd className="samla-prewrap">{c.informationShared}</dd>
            </>
          )}
          {(c.childView || c.childViewMissingReason) && (
            <>
              <dt>{t('casePanels.consent.childView')}</dt>
              <dd className="samla-prewrap">{c.childView ?? t('casePanels.consent.childViewMissing', { reason: c.childViewMissingReason ?? '' })}</dd>
            </>
          )}
          <dt>{t('casePanels.consent.period')}</dt>
          <dd>{t('casePanels.consent.periodValue', { from: format.date(c.validFrom), to: format.date(c.validTo) })}</dd>
          {c.document && (
            <>
              <dt>{t('casePanels.consent.document')}</dt>
              <dd>
                <Link href={documentHref(props.caseId, c.document.id)} download>
                  {`${c.document.fileName} (${t('casePanels.common.fileSize', { size: format.number(Math.max(1, Math.round(c.document.sizeBytes / 1024))) })})`}
                </Link>
              </dd>
            </>
          )}
          <dt>{t('casePanels.consent.recordedBy')}</dt>
          <dd>{`${c.recordedBy ?? t('casePanels.common.none')}, ${format.dateTime(c.createdAt)}`}</dd>
          {c.withdrawn && (
            <>
              <dt>{t('casePanels.consent.withdrawnAt')}</dt>
              <dd>
                {`${format.dateTime(c.withdrawn.at)} ${c.withdrawn.byName ?? t(`casePanels.consent.withdrawnBy.${c.withdrawn.by}`)}`}
              </dd>
              <dt>{t('casePanels.consent.withdrawnReason')}</dt>
              <dd className="samla-prewrap">{c.withdrawn.reason}</dd>
            </>
          )}
        </dl>
        {mayWithdraw && <WithdrawForm caseId={props.caseId} consentId={c.id} onDone={props.onDone} />}
      </Card.Block>
    </Card>
  );
}

/** Withdrawing needs a reason; it opens inline so the reader keeps the consent in view. */
function WithdrawForm(props: { caseId: string; consentId: string; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(props.caseId, props.consentId);
  const [open, setOpen] = useState(false);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  // Cancelling gives focus back to the button that opened the form (it was unmounted meanwhile).
  const opener = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (!open && cancelled.current) opener.current?.focus();
  }, [open]);
  const { register, handleSubmit, setError, formState: { errors } } = useForm({ defaultValues: { reason: '' } });
  const serverErrors = usePanelFieldErrors(setError, ['reason']);
  const required = t('fieldErrors.required');

  if (!open) {
    return (
      <div>
        <Button ref={opener} type="button" variant="secondary" data-color="danger" data-size="sm" onClick={() => setOpen(true)}>
          {t('casePanels.consent.withdraw')}
        </Button>
      </div>
    );
  }
  const onSubmit = handleSubmit((v) => {
    setUnmatched([]);
    // The card loses this form when the refetched consent says «withdrawn»: a promise, unlike
    // mutate's callbacks, still resolves after that.
    withdraw.mutateAsync(v.reason).then(
      () => props.onDone(t('casePanels.consent.withdrawn')),
      (error: unknown) => setUnmatched(serverErrors(error)),
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate className="samla-form">
      <FormProblems error={withdraw.error} unmatched={unmatched} caseId={props.caseId} />
      <Textfield
        multiline
        rows={3}
        autoFocus
        label={t('casePanels.consent.withdrawReason')}
        required
        {...register('reason', { validate: (v) => v.trim().length > 0 || required })}
        error={errors.reason?.message}
      />
      <div className="samla-actions">
        <Button type="submit" data-color="danger" loading={withdraw.isPending}>{t('casePanels.consent.withdrawConfirm')}</Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            cancelled.current = true;
            setOpen(false);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
