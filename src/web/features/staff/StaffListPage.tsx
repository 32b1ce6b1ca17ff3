import { useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ListStatus } from '../../components/ListStatus.js';
import { AdminNav } from '../../components/AdminNav.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useStaffUserSearch } from './api.js';
import { loadStaffSearch, saveStaffSearch } from './search-state.js';
import { TableScroll } from '../../components/TableScroll.js';

export function StaffListPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.staff.title'));
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  // Read once per visit: the search text lives in component state and sessionStorage, never the URL.
  const [q, setQ] = useState(loadStaffSearch);
  const [draft, setDraft] = useState(q);
  const users = useStaffUserSearch(q);
  const items = users.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="samla-page">
      <AdminNav />
      <Heading level={1} data-size="lg">{t('admin.staff.title')}</Heading>
      {saved && <Alert data-color="success" role="status"><Paragraph>{t('admin.staff.saved')}</Paragraph></Alert>}
      <div className="samla-actions">
        <Button asChild><RouterLink to="/admin/ansatte/ny">{t('admin.staff.create')}</RouterLink></Button>
      </div>
      <form
        role="search"
        aria-label={t('admin.staff.search')}
        className="samla-filter"
        onSubmit={(e) => {
          e.preventDefault();
          const search = draft.trim();
          saveStaffSearch(search);
          setQ(search);
        }}
      >
        <Textfield label={t('admin.staff.search')} value={draft} maxLength={100} onChange={(e) => setDraft(e.target.value)} />
        <Button type="submit">{t('common.search')}</Button>
      </form>
      <ListStatus query={users} empty={items.length === 0} emptyText={t('admin.staff.empty')} />
      {items.length > 0 && (
        <TableScroll label={t('admin.staff.title')}>
          <Table zebra border>
            <caption className="ds-sr-only">{t('admin.staff.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('admin.staff.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.staff.email')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.staff.roles')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.staff.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((u) => (
                <Table.Row key={u.id}>
                  <Table.Cell>
                    <Link asChild><RouterLink to={`/admin/ansatte/${u.id}`}>{u.name}</RouterLink></Link>
                  </Table.Cell>
                  <Table.Cell>{u.email}</Table.Cell>
                  <Table.Cell>
                    {[
                      ...u.municipalRoles.map((r) => t(`municipalRoles.${r}`)),
                      ...u.unitRoles.map((r) => `${t(`unitRoles.${r.role}`)} – ${r.unitName}`),
                    ].join('; ') || '–'}
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={u.active ? 'success' : 'neutral'}>
                      {u.active ? t('admin.staff.active') : t('admin.staff.inactive')}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <LoadMore hasMore={users.hasNextPage} loading={users.isFetchingNextPage} onLoad={() => void users.fetchNextPage()} />
    </section>
  );
}
