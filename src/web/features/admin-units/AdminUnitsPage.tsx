import { useState } from 'react';
import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ListStatus } from '../../components/ListStatus.js';
import { AdminNav } from '../../components/AdminNav.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useAdminUnits, type UnitStatus } from './api.js';
import { TableScroll } from '../../components/TableScroll.js';

export function AdminUnitsPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.units.title'));
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  const [draft, setDraft] = useState<{ q: string; status: UnitStatus }>({ q: '', status: 'active' });
  const [filter, setFilter] = useState(draft);
  const units = useAdminUnits(filter);
  const items = units.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="samla-page">
      <AdminNav />
      <Heading level={1} data-size="lg">{t('admin.units.title')}</Heading>
      {saved && <Alert data-color="success" role="status"><Paragraph>{t('admin.units.saved')}</Paragraph></Alert>}
      <div className="samla-actions">
        <Button asChild><RouterLink to="/admin/enheter/ny">{t('admin.units.create')}</RouterLink></Button>
      </div>
      <form
        role="search"
        aria-label={t('units.filter')}
        className="samla-filter"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(draft);
        }}
      >
        <Textfield label={t('units.nameFilter')} value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        <Field>
          <Label>{t('admin.units.status')}</Label>
          <Select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as UnitStatus })}>
            <Select.Option value="active">{t('admin.units.statusActive')}</Select.Option>
            <Select.Option value="archived">{t('admin.units.statusArchived')}</Select.Option>
            <Select.Option value="all">{t('admin.units.statusAll')}</Select.Option>
          </Select>
        </Field>
        <Button type="submit">{t('common.search')}</Button>
      </form>
      <ListStatus query={units} empty={items.length === 0} emptyText={t('units.empty')} />
      {items.length > 0 && (
        <TableScroll label={t('admin.units.title')}>
          <Table zebra border>
            <caption className="ds-sr-only">{t('admin.units.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('units.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('units.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('units.organisationNumber')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.units.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((unit) => (
                <Table.Row key={unit.id}>
                  <Table.Cell>
                    {unit.parent && <>{unit.parent.name} › </>}
                    <Link asChild><RouterLink to={`/admin/enheter/${unit.id}`}>{unit.name}</RouterLink></Link>
                  </Table.Cell>
                  <Table.Cell>{t(`unitTypes.${unit.type}`)}</Table.Cell>
                  <Table.Cell>{unit.organisationNumber ?? '–'}</Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={unit.archived ? 'neutral' : 'success'}>
                      {unit.archived ? t('units.archived') : t('admin.units.active')}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <LoadMore hasMore={units.hasNextPage} loading={units.isFetchingNextPage} onLoad={() => void units.fetchNextPage()} />
    </section>
  );
}
