import { Checkbox, Field, Heading, Label, Link, Select, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { CaseSummary } from '../../../contracts/cases.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { useFormat } from '../../components/format.js';
import { ListStatus } from '../../components/ListStatus.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useCaseList } from './api.js';
import { caseFilterFrom, caseStatuses as statuses } from './case-filter.js';
import { useLevels } from '../../components/levels.js';
import { LevelName } from '../../components/LevelName.js';
import { todayInNorway } from '../../components/dates.js';

/** /saker — «Mine saker», and for leaders and resource persons the cases their units own. */
export function CaseListPage() {
  const { t } = useTranslation();
  const { caseLevels, nameOf } = useLevels();
  usePageTitle(t('concerns.cases.title'));
  const session = useAuthenticatedSession();
  const overseen = (session?.user?.units ?? []).filter((u) => u.roles.includes('leader') || u.roles.includes('resource_person'));
  const [params, setParams] = useSearchParams();
  const filter = caseFilterFrom(params, overseen);
  const cases = useCaseList(filter);
  const items = cases.data?.pages.flatMap((p) => p.items) ?? [];

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
      <Heading level={1} data-size="lg">{t('concerns.cases.title')}</Heading>
      <form role="search" aria-label={t('concerns.cases.filters')} className="samla-filter" onSubmit={(e) => e.preventDefault()}>
        {overseen.length > 0 && (
          <Field>
            <Label>{t('concerns.cases.view')}</Label>
            <Select
              value={filter.scope}
              onChange={(e) => set({ visning: e.target.value === 'unit' ? 'enhet' : 'mine', enhet: null })}
            >
              <Select.Option value="mine">{t('concerns.cases.mine')}</Select.Option>
              <Select.Option value="unit">{t('concerns.cases.unit')}</Select.Option>
            </Select>
          </Field>
        )}
        {filter.scope === 'unit' && overseen.length > 1 && (
          <Field>
            <Label>{t('concerns.cases.unitSelect')}</Label>
            <Select value={filter.unitId ?? ''} onChange={(e) => set({ enhet: e.target.value || null })}>
              <Select.Option value="">{t('concerns.cases.allMyUnits')}</Select.Option>
              {overseen.map((u) => <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>)}
            </Select>
          </Field>
        )}
        <Field>
          <Label>{t('concerns.cases.level')}</Label>
          <Select value={filter.level ? String(filter.level) : ''} onChange={(e) => set({ niva: e.target.value || null })}>
            <Select.Option value="">{t('concerns.cases.allLevels')}</Select.Option>
            {caseLevels.map((l) => <Select.Option key={l} value={String(l)} lang={nameOf(l).lang}>{nameOf(l).label}</Select.Option>)}
          </Select>
        </Field>
        <Field>
          <Label>{t('concerns.cases.status')}</Label>
          <Select value={filter.status ?? ''} onChange={(e) => set({ status: e.target.value || null })}>
            <Select.Option value="">{t('concerns.cases.allStatuses')}</Select.Option>
            {statuses.map((s) => <Select.Option key={s} value={s}>{t(`concerns.cases.statuses.${s}`)}</Select.Option>)}
          </Select>
        </Field>
        <Checkbox
          label={t('concerns.cases.evaluationOverdue')}
          checked={filter.evaluationOverdue === true}
          onChange={(e) => set({ evaluering: e.target.checked ? '1' : null })}
        />
        <Checkbox
          label={t('concerns.cases.consentExpiring')}
          checked={filter.consentExpiring === true}
          onChange={(e) => set({ samtykke: e.target.checked ? '1' : null })}
        />
      </form>
      <ListStatus query={cases} empty={items.length === 0} emptyText={t('concerns.cases.empty')} />
      {items.length > 0 && <CaseTable items={items} />}
      <LoadMore hasMore={cases.hasNextPage} loading={cases.isFetchingNextPage} onLoad={() => void cases.fetchNextPage()} />
    </section>
  );
}

function CaseTable({ items }: { items: CaseSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayInNorway();
  const date = (d: string | null) => (d ? format.date(d) : '–');
  return (
    <div className="samla-table-scroll" tabIndex={0} role="region" aria-label={t('concerns.cases.title')}>
      <Table zebra border>
        <caption className="ds-sr-only">{t('concerns.cases.title')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('concerns.cases.child')}</Table.HeaderCell>
            <Table.HeaderCell>{t('concerns.cases.level')}</Table.HeaderCell>
            <Table.HeaderCell>{t('concerns.cases.holder')}</Table.HeaderCell>
            <Table.HeaderCell>{t('concerns.cases.owningUnit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('concerns.cases.nextEvaluation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('concerns.cases.consentExpiry')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <Link asChild><RouterLink to={`/saker/${c.id}`}>{`${c.child.givenName} ${c.child.familyName}`}</RouterLink></Link>
                {c.status === 'closed' && <> <Tag data-size="sm" data-color="neutral">{t('concerns.cases.closed')}</Tag></>}
              </Table.Cell>
              <Table.Cell><LevelName level={c.level} short /></Table.Cell>
              <Table.Cell>{c.holder.name}</Table.Cell>
              <Table.Cell>{c.owningUnit.name}</Table.Cell>
              <Table.Cell>
                {date(c.nextEvaluationDue)}
                {c.status === 'open' && c.nextEvaluationDue && c.nextEvaluationDue < today && (
                  <> <Tag data-size="sm" data-color="danger">{t('concerns.myWork.overdue')}</Tag></>
                )}
              </Table.Cell>
              <Table.Cell>{date(c.consentExpiresOn)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
