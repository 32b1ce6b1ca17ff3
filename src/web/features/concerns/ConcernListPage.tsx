import { Checkbox, Field, Heading, Label, Link, Select, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { concernStatuses, type ConcernSummary } from '../../../contracts/concerns.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { useFormat } from '../../components/format.js';
import { ListStatus } from '../../components/ListStatus.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useConcernList } from './api.js';
import { concernFilterFrom } from './list-filter.js';
import { DueDate, ScaleText, StatusTag } from './ConcernBits.js';

/** /bekymringer — my concerns, and for leaders and resource persons the concerns of their units. */
export function ConcernListPage() {
  const { t } = useTranslation();
  usePageTitle(t('concerns.list.title'));
  const session = useAuthenticatedSession();
  const overseen = (session?.user?.units ?? []).filter((u) => u.roles.includes('leader') || u.roles.includes('resource_person'));
  const [params, setParams] = useSearchParams();
  const filter = concernFilterFrom(params, overseen);
  const concerns = useConcernList(filter);
  const items = concerns.data?.pages.flatMap((p) => p.items) ?? [];

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('concerns.list.title')}</Heading>
      <form role="search" aria-label={t('concerns.list.filters')} className="samla-filter" onSubmit={(e) => e.preventDefault()}>
        {overseen.length > 0 && (
          <Field>
            <Label>{t('concerns.list.view')}</Label>
            <Select value={filter.scope} onChange={(e) => set({ visning: e.target.value === 'unit' ? 'enhet' : null, enhet: null })}>
              <Select.Option value="mine">{t('concerns.list.mine')}</Select.Option>
              <Select.Option value="unit">{t('concerns.list.unit')}</Select.Option>
            </Select>
          </Field>
        )}
        {filter.scope === 'unit' && overseen.length > 1 && (
          <Field>
            <Label>{t('concerns.list.unitColumn')}</Label>
            <Select value={filter.unitId ?? ''} onChange={(e) => set({ enhet: e.target.value || null })}>
              <Select.Option value="">{t('concerns.cases.allMyUnits')}</Select.Option>
              {overseen.map((u) => <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>)}
            </Select>
          </Field>
        )}
        <Field>
          <Label>{t('concerns.list.status')}</Label>
          <Select value={filter.status ?? ''} onChange={(e) => set({ status: e.target.value || null })}>
            <Select.Option value="">{t('concerns.list.allStatuses')}</Select.Option>
            {concernStatuses.map((s) => <Select.Option key={s} value={s}>{t(`concerns.status.${s}`)}</Select.Option>)}
          </Select>
        </Field>
        <Checkbox
          label={t('concerns.list.overdueOnly')}
          checked={filter.overdue === true}
          onChange={(e) => set({ forfalt: e.target.checked ? '1' : null })}
        />
      </form>
      <ListStatus query={concerns} empty={items.length === 0} emptyText={t('concerns.list.empty')} />
      {items.length > 0 && <ConcernTable items={items} showAuthor={filter.scope === 'unit'} />}
      <LoadMore hasMore={concerns.hasNextPage} loading={concerns.isFetchingNextPage} onLoad={() => void concerns.fetchNextPage()} />
    </section>
  );
}

function ConcernTable({ items, showAuthor }: { items: ConcernSummary[]; showAuthor: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="samla-table-scroll" tabIndex={0} role="region" aria-label={t('concerns.list.title')}>
      <Table zebra border>
        <caption className="ds-sr-only">{t('concerns.list.title')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('concerns.list.child')}</Table.HeaderCell>
            <Table.HeaderCell>{t('concerns.list.unitColumn')}</Table.HeaderCell>
            {showAuthor && <Table.HeaderCell>{t('concerns.list.author')}</Table.HeaderCell>}
            <Table.HeaderCell>{t('concerns.list.observedOn')}</Table.HeaderCell>
            <Table.HeaderCell>{t('concerns.list.scale')}</Table.HeaderCell>
            <Table.HeaderCell>{t('concerns.list.statusColumn')}</Table.HeaderCell>
            <Table.HeaderCell>{t('concerns.list.decisionDue')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <Link asChild><RouterLink to={`/bekymringer/${c.id}`}>{`${c.child.givenName} ${c.child.familyName}`}</RouterLink></Link>
              </Table.Cell>
              <Table.Cell>{c.unit.name}</Table.Cell>
              {showAuthor && <Table.Cell>{c.author.name}</Table.Cell>}
              <Table.Cell>{format.date(c.observedOn)}</Table.Cell>
              <Table.Cell><ScaleText value={c.concernScale} /></Table.Cell>
              <Table.Cell><StatusTag status={c.status} /></Table.Cell>
              <Table.Cell>
                {c.status === 'open' ? <DueDate date={c.decisionDue} overdue={c.overdue} /> : '–'}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
