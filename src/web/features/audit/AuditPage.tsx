import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ListStatus } from '../../components/ListStatus.js';
import type { auditList } from '../../../contracts/audit.js';
import { api, query } from '../../api/client.js';
import { AdminNav } from '../../components/AdminNav.js';
import { useFormat } from '../../components/format.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useAuditLabels } from './labels.js';

type AuditList = z.infer<typeof auditList>;

/** Metadata only: who did what to which record, never the content. Newest first, paged by sequence number. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.audit.title'));
  const format = useFormat();
  const labels = useAuditLabels();
  const log = useInfiniteQuery({
    queryKey: ['audit'],
    queryFn: ({ pageParam, signal }) => api<AuditList>(`/api/admin/audit${query({ limit: 50, beforeSeq: pageParam })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="samla-page">
      <AdminNav />
      <Heading level={1} data-size="lg">{t('admin.audit.title')}</Heading>
      <Paragraph>{t('admin.audit.intro')}</Paragraph>
      <ListStatus query={log} empty={items.length === 0} emptyText={t('admin.audit.empty')} />
      {items.length > 0 && (
        <div className="samla-table-scroll" tabIndex={0} role="region" aria-label={t('admin.audit.title')}>
          <Table zebra border data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('admin.audit.seq')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.audit.time')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.audit.actor')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.audit.action')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.audit.entity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.audit.child')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.audit.request')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((e) => (
                <Table.Row key={e.seq}>
                  <Table.Cell>{e.seq}</Table.Cell>
                  <Table.Cell>{format.dateTime(e.occurredAt)}</Table.Cell>
                  <Table.Cell>{e.actorName ?? labels.actorKind(e.actorKind)}</Table.Cell>
                  <Table.Cell>{labels.action(e.action)}</Table.Cell>
                  <Table.Cell>
                    {labels.entityType(e.entityType)}
                    {e.entityId && <><br /><code className="samla-id">{e.entityId}</code></>}
                  </Table.Cell>
                  <Table.Cell>{e.childId ? <code className="samla-id">{e.childId}</code> : '–'}</Table.Cell>
                  <Table.Cell><code className="samla-id">{e.requestId}</code></Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <LoadMore hasMore={log.hasNextPage} loading={log.isFetchingNextPage} onLoad={() => void log.fetchNextPage()} />
    </section>
  );
}
