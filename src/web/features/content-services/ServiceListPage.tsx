import './content-services.css';
import '../../i18n/features/catalogue.js';
import '../../i18n/features/content-services.js';
import { useState } from 'react';
import { Button, Field, Heading, Label, Link, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { contentStatus, type ContentStatus } from '../../../contracts/content.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { ContentNav } from '../../components/ContentNav.js';
import { useFormat } from '../../components/format.js';
import { ListStatus } from '../../components/ListStatus.js';
import { loadRememberedSearch, saveRememberedSearch } from '../../components/remembered-search.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useContentRights, useEditorServices } from './api.js';
import { statusColor } from './StatusPanel.js';
import { useTextLang } from '../../components/content-lang.js';

const statuses = contentStatus.options;
const SEARCH_KEY = 'samla.contentServiceSearch';

/** /innhold/tjenester — the services this user may edit (coordinators: all), drafts and archived too. */
export function ServiceListPage() {
  const { t } = useTranslation();
  const textLang = useTextLang();
  usePageTitle(t('contentServices.list.title'));
  const format = useFormat();
  const tenantSlug = useAuthenticatedSession()?.user?.tenant.slug ?? '';
  const [params, setParams] = useSearchParams();
  const status = statuses.find((s) => s === params.get('status'));
  // The status is in the address; the text is remembered in the tab, never in a URL.
  const [q, setQ] = useState(() => loadRememberedSearch(SEARCH_KEY));
  const [text, setText] = useState(q);
  const rights = useContentRights();
  const services = useEditorServices({ status, q: q || undefined });
  const items = services.data?.pages.flatMap((p) => p.items) ?? [];
  const coordinator = rights.data?.coordinator ?? false;
  const canCreate = coordinator || (rights.data?.serviceUnitIds.length ?? 0) > 0;

  const setStatus = (value: ContentStatus | undefined) => setParams(value ? { status: value } : {}, { replace: true });

  return (
    <section className="samla-page">
      <ContentNav />
      <Heading level={1} data-size="lg">{t('contentServices.list.title')}</Heading>
      <Paragraph>{coordinator ? t('contentServices.list.introCoordinator') : t('contentServices.list.introLeader')}</Paragraph>
      <div className="samla-actions">
        {canCreate && <Button asChild><RouterLink to="/innhold/tjenester/ny">{t('contentServices.list.create')}</RouterLink></Button>}
        {tenantSlug && <Link href={`/k/${encodeURIComponent(tenantSlug)}/tjenester`}>{t('contentServices.list.publicCatalogue')}</Link>}
      </div>
      <form
        role="search"
        aria-label={t('contentServices.list.filters')}
        className="samla-filter"
        onSubmit={(e) => {
          e.preventDefault();
          const search = text.trim();
          saveRememberedSearch(SEARCH_KEY, search);
          setQ(search);
        }}
      >
        <Field>
          <Label>{t('contentServices.list.status')}</Label>
          <Select value={status ?? ''} onChange={(e) => setStatus(statuses.find((s) => s === e.target.value))}>
            <Select.Option value="">{t('contentServices.list.allStatuses')}</Select.Option>
            {statuses.map((s) => <Select.Option key={s} value={s}>{t(`contentServices.status.${s}`)}</Select.Option>)}
          </Select>
        </Field>
        <Textfield label={t('contentServices.list.query')} type="search" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
        <Button type="submit" variant="secondary">{t('contentServices.list.search')}</Button>
      </form>
      <ListStatus
        query={services}
        empty={items.length === 0}
        emptyText={status || q ? t('contentServices.list.empty') : t('contentServices.list.emptyNone')}
      >
        {items.length > 0 && <Paragraph data-size="sm">{t('common.shown', { count: items.length })}</Paragraph>}
      </ListStatus>
      {items.length > 0 && (
        <div className="samla-table-scroll" tabIndex={0} role="region" aria-label={t('contentServices.list.title')}>
          <Table zebra border>
            <caption className="ds-sr-only">{t('contentServices.list.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('contentServices.list.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('contentServices.list.unit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('contentServices.list.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('contentServices.list.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('contentServices.list.updated')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>
                    {/* The editor's list names the service in its main text, whatever the page's language. */}
                    <Link asChild><RouterLink to={`/innhold/tjenester/${s.id}`} lang={textLang(s.language)}>{s.name}</RouterLink></Link>
                    {!s.editable && <Paragraph data-size="xs" className="samla-muted">{t('contentServices.list.readOnly')}</Paragraph>}
                  </Table.Cell>
                  <Table.Cell>{s.unitName ?? t('contentServices.list.noUnit')}</Table.Cell>
                  <Table.Cell>{t(`catalogue.types.${s.serviceType}`)}</Table.Cell>
                  <Table.Cell><Tag data-size="sm" data-color={statusColor[s.status]}>{t(`contentServices.status.${s.status}`)}</Tag></Table.Cell>
                  <Table.Cell>{format.dateTime(s.updatedAt)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <LoadMore hasMore={services.hasNextPage} loading={services.isFetchingNextPage} onLoad={() => void services.fetchNextPage()} />
    </section>
  );
}
