import { useState } from 'react';
import { Button, Field, Heading, Label, Link, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ListStatus } from '../../components/ListStatus.js';
import { unitTypeOptions } from '../../components/unit-types.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useUnits, type UnitFilter, type UnitType } from './api.js';
import { TableScroll } from '../../components/TableScroll.js';

export function UnitListPage() {
  const { t } = useTranslation();
  usePageTitle(t('units.title'));
  const [draft, setDraft] = useState<UnitFilter>({ q: '', type: '' });
  const [filter, setFilter] = useState<UnitFilter>(draft);
  const units = useUnits(filter);
  const items = units.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('units.title')}</Heading>
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
          <Label>{t('units.typeFilter')}</Label>
          <Select value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value as UnitType | '' })}>
            <Select.Option value="">{t('units.allTypes')}</Select.Option>
            {unitTypeOptions.map((type) => (
              <Select.Option key={type} value={type}>{t(`unitTypes.${type}`)}</Select.Option>
            ))}
          </Select>
        </Field>
        <Button type="submit">{t('common.search')}</Button>
      </form>
      <ListStatus query={units} empty={items.length === 0} emptyText={t('units.empty')}>
        {items.length > 0 && (
          <Paragraph data-size="sm">{t('common.shown', { count: items.length })}</Paragraph>
        )}
      </ListStatus>
      {items.length > 0 && (
        <TableScroll label={t('units.title')}>
          <Table zebra border>
            <caption className="ds-sr-only">{t('units.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('units.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('units.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('units.organisationNumber')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((unit) => (
                <Table.Row key={unit.id}>
                  <Table.Cell>
                    <Link asChild><RouterLink to={`/enheter/${unit.id}`}>{unit.name}</RouterLink></Link>
                    {unit.archived && <> <Tag data-color="neutral" data-size="sm">{t('units.archived')}</Tag></>}
                  </Table.Cell>
                  <Table.Cell>{t(`unitTypes.${unit.type}`)}</Table.Cell>
                  <Table.Cell>{unit.organisationNumber ?? '–'}</Table.Cell>
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
