import { Button, Card, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CaseDetail } from '../../../contracts/cases.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { useFormat } from '../../components/format.js';
import { ListStatus } from '../../components/ListStatus.js';
import { writesAsStaff } from './case-roles.js';
import { useCancelHandover, useCaseHandovers } from './handover-api.js';
import { HandoverRequestForm } from './HandoverRequestForm.js';
import { PanelErrorAlert, PanelNotice, usePanelNotice } from './panel-errors.js';
import { TableScroll } from '../../components/TableScroll.js';

/** The baton: who holds it now, who held it before, the request waiting for an answer, and declined ones. */
export function HandoverSection({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useAuthenticatedSession()?.user?.id;
  const data = useCaseHandovers(caseDetail.id);
  const cancel = useCancelHandover(caseDetail.id);
  const { notice, done } = usePanelNotice();
  const writable = writesAsStaff(caseDetail);
  const reason = caseDetail.myAccess.reason;
  const isLeader = reason === 'unit_leader';
  const isHolder = reason === 'holder_unit' || reason === 'holder_consent';
  const holders = data.data?.holders ?? [];
  const current = holders.at(-1);
  // Each earlier holder held the baton until the next one took it; newest first.
  const previous = holders.slice(0, -1).map((h, i) => ({ ...h, toAt: holders[i + 1]!.fromAt })).reverse();
  const pending = data.data?.pending ?? null;
  const declined = (data.data?.requests ?? []).filter((r) => r.status === 'declined');

  return (
    <section aria-labelledby="handover-heading" className="samla-stack">
      <Heading level={2} data-size="md" id="handover-heading">{t('casePanels.handover.title')}</Heading>
      <PanelNotice notice={notice} />
      <ListStatus query={data} empty={false} emptyText="" />
      {current && (
        <Card>
          <Card.Block>
            <Heading level={3} data-size="xs">{t('casePanels.handover.current')}</Heading>
            <Paragraph>{`${current.user.name}, ${current.unit.name}, ${t('casePanels.handover.since', { date: format.dateTime(current.fromAt) })}`}</Paragraph>
          </Card.Block>
        </Card>
      )}
      {pending && (
        <Card data-color="warning">
          <Card.Block className="samla-stack">
            <Heading level={3} data-size="xs">{t('casePanels.handover.pendingTitle')}</Heading>
            <Paragraph>{t('casePanels.handover.pendingText', { from: pending.from.name, to: pending.to.name })}</Paragraph>
            <dl className="samla-facts">
              <dt>{t('casePanels.handover.requestedAt')}</dt>
              <dd>{format.dateTime(pending.createdAt)}</dd>
              {pending.toUnit && (
                <>
                  <dt>{t('casePanels.handover.movesTo')}</dt>
                  <dd>{pending.toUnit.name}</dd>
                </>
              )}
              {pending.keepsAccess.length > 0 && (
                <>
                  <dt>{t('casePanels.handover.keepsAccess')}</dt>
                  <dd>{pending.keepsAccess.map((p) => p.name).join(', ')}</dd>
                </>
              )}
              {pending.reassignedMeasures > 0 && (
                <>
                  <dt>{t('casePanels.handover.reassigned')}</dt>
                  <dd>{t('casePanels.handover.reassignedCount', { count: pending.reassignedMeasures })}</dd>
                </>
              )}
              {pending.message && (
                <>
                  <dt>{t('casePanels.handover.message')}</dt>
                  <dd className="samla-prewrap">{pending.message}</dd>
                </>
              )}
            </dl>
            {pending.to.id === me && (
              <Link asChild><RouterLink to={`/overleveringer/${pending.id}`}>{t('casePanels.handover.answerYours')}</RouterLink></Link>
            )}
            {cancel.isError && <PanelErrorAlert error={cancel.error} caseId={caseDetail.id} />}
            {writable && (pending.from.id === me || isLeader) && (
              <div>
                <Button
                  type="button"
                  variant="secondary"
                  data-size="sm"
                  loading={cancel.isPending}
                  onClick={() => cancel.mutate(pending.id, { onSuccess: () => done(t('casePanels.handover.cancelled')) })}
                >
                  {t('casePanels.handover.cancel')}
                </Button>
              </div>
            )}
          </Card.Block>
        </Card>
      )}
      {previous.length > 0 && (
        <section aria-labelledby="handover-history-heading" className="samla-stack">
          <Heading level={3} data-size="xs" id="handover-history-heading">{t('casePanels.handover.history')}</Heading>
          <TableScroll labelledBy="handover-history-heading">
            <Table border>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('casePanels.handover.holder')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('casePanels.handover.unit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('casePanels.handover.fromAt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('casePanels.handover.toAt')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {previous.map((h) => (
                  <Table.Row key={`${h.user.id}-${h.fromAt}`}>
                    <Table.Cell>{h.user.name}</Table.Cell>
                    <Table.Cell>{h.unit.name}</Table.Cell>
                    <Table.Cell>{format.dateTime(h.fromAt)}</Table.Cell>
                    <Table.Cell>{format.dateTime(h.toAt)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </section>
      )}
      {declined.length > 0 && (
        <section aria-labelledby="handover-declined-heading" className="samla-stack">
          <Heading level={3} data-size="xs" id="handover-declined-heading">{t('casePanels.handover.declinedTitle')}</Heading>
          <ul className="samla-plain-list">
            {declined.map((r) => (
              <li key={r.id}>
                <Paragraph>{t('casePanels.handover.declinedText', { to: r.to.name, date: format.dateTime(r.answeredAt ?? r.createdAt) })}</Paragraph>
                {r.answerNote && <Paragraph data-size="sm" className="samla-prewrap">{`${t('casePanels.handover.answerNote')}: ${r.answerNote}`}</Paragraph>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {writable && !pending && (isHolder || isLeader) && data.data && (
        <section aria-labelledby="handover-request-heading" className="samla-stack">
          <Heading level={3} data-size="xs" id="handover-request-heading">{t('casePanels.handover.request')}</Heading>
          <Paragraph data-size="sm">{t('casePanels.handover.requestHelp')}</Paragraph>
          <HandoverRequestForm caseId={caseDetail.id} holderId={current?.user.id ?? caseDetail.holder.id} onDone={done} />
        </section>
      )}
    </section>
  );
}
