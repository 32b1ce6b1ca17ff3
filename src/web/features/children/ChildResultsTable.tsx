import { Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ChildSummary } from '../../../contracts/children.js';
import { useFormat } from '../../components/format.js';
import { TableScroll } from '../../components/TableScroll.js';

export function ChildResultsTable({ items }: { items: ChildSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('children.results')}>
      <Table zebra border>
        <caption className="ds-sr-only">{t('children.results')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('children.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('children.birthDate')}</Table.HeaderCell>
            <Table.HeaderCell>{t('children.unitsAndGroups')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((child) => (
            <Table.Row key={child.id}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/barn/${child.id}`}>{`${child.familyName}, ${child.givenName}`}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>{format.date(child.birthDate)}</Table.Cell>
              <Table.Cell>
                {child.units.map((u) => (u.groupName ? `${u.name} (${u.groupName})` : u.name)).join(', ') || '–'}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
