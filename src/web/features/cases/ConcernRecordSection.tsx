import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contracts/cases.js';
import type { ConcernRecord } from '../../../contracts/concerns.js';
import { api } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useFormat } from '../../components/format.js';
import { Loading } from '../../components/Loading.js';
import { osloDay } from '../../components/dates.js';
import { caseKey } from './api.js';
import { SignalText } from '../../components/SignalText.js';

const scale = (v: number) => (v >= 1 && v <= 4 ? v : 1) as 1 | 2 | 3 | 4;

/**
 * The level-0 record the case was opened from (issue 9): what was observed, the scale, signals,
 * where the worry came from, the talks and the decision, read from the case (audited there).
 */
export function ConcernRecordSection({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useQuery({
    queryKey: [...caseKey(c.id), 'concern'],
    queryFn: ({ signal }) => api<ConcernRecord>(`/api/cases/${encodeURIComponent(c.id)}/concern`, { signal }),
  });
  if (record.isPending) return <Loading />;
  if (record.isError) return <ErrorAlert error={record.error} />;
  const r = record.data;
  const v = scale(r.concernScale);
  return (
    <section aria-labelledby="concern-record-heading" className="samla-stack">
      <Heading level={2} data-size="md" id="concern-record-heading">{t('cases.concernRecord.title')}</Heading>
      <Paragraph data-size="sm" className="samla-muted">{t('cases.concernRecord.intro')}</Paragraph>
      <Card>
        <Card.Block>
          <dl className="samla-case-facts">
            <div><dt>{t('cases.concernRecord.author')}</dt><dd>{t('cases.concernRecord.authorAt', { name: r.author.name, unit: r.unitName })}</dd></div>
            <div><dt>{t('cases.concernRecord.observedOn')}</dt><dd>{format.date(r.observedOn)}</dd></div>
            <div><dt>{t('concerns.detail.source')}</dt><dd>{r.source ? t(`concerns.new.sources.${r.source}`) : t('concerns.detail.noSource')}</dd></div>
            <div><dt>{t('concerns.scale.label')}</dt><dd>{t('concerns.scale.value', { value: v, label: t(`concerns.scale.s${v}`) })}</dd></div>
          </dl>
        </Card.Block>
      </Card>
      <Heading level={3} data-size="xs">{t('concerns.detail.observation')}</Heading>
      <Paragraph className="samla-prewrap">{r.observation}</Paragraph>
      <Heading level={3} data-size="xs">{t('concerns.detail.signals')}</Heading>
      {r.signals.length === 0 ? <Paragraph>{t('concerns.detail.noSignals')}</Paragraph> : (
        <ul className="samla-tag-list">{r.signals.map((s) => <li key={s}><Tag data-size="sm" data-color="neutral"><SignalText label={s} /></Tag></li>)}</ul>
      )}
      {r.guardiansNotContacted && <Paragraph>{t('concerns.detail.guardiansNotContacted')}</Paragraph>}
      <Heading level={3} data-size="xs">{t('concerns.steps.title')}</Heading>
      {r.steps.length === 0 ? <Paragraph>{t('concerns.steps.empty')}</Paragraph> : (
        <ol className="samla-plain-list samla-stack">
          {r.steps.map((s) => (
            <li key={s.id}>
              <Paragraph data-size="sm"><strong>{t(`concerns.steps.kinds.${s.kind}`)}</strong>{' · '}{t('concerns.steps.meta', { date: format.date(s.occurredOn), name: s.author.name })}</Paragraph>
              {s.serviceName && <Paragraph data-size="sm">{t('concerns.steps.consulted', { service: s.serviceName })}</Paragraph>}
              <Paragraph className="samla-prewrap">{s.summary}</Paragraph>
            </li>
          ))}
        </ol>
      )}
      {r.decision && (
        <>
          <Heading level={3} data-size="xs">{t('cases.concernRecord.decision')}</Heading>
          <Paragraph>{t('cases.concernRecord.decidedOn', { date: format.date(osloDay(r.decision.decidedAt)) })}</Paragraph>
          <Paragraph className="samla-prewrap">{r.decision.reason}</Paragraph>
        </>
      )}
    </section>
  );
}
