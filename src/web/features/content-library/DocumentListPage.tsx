import '../../i18n/features/content-library.js';
import { useState } from 'react';
import { Button, Checkbox, Field, Heading, Label, Link, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { documentKinds, type DocumentKind, type DocumentSummary } from '../../../contracts/library.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { osloDay } from '../../components/dates.js';
import { useFormat } from '../../components/format.js';
import { ListStatus } from '../../components/ListStatus.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useDocumentList } from './api.js';
import { LibraryPage } from './LibraryPage.js';

const isKind = (v: string | null): v is DocumentKind => (documentKinds as readonly string[]).includes(v ?? '');

/**
 * /innhold/dokumenter — the library, by title. Type and «past review» are in the address
 * (?type=plan&forfalt=1) so that a reload keeps them; the search text is not (no text in URLs).
 */
export function DocumentListPage() {
  const { t } = useTranslation();
  usePageTitle(t('contentLibrary.title'));
  const session = useAuthenticatedSession();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const kind = isKind(params.get('type')) ? (params.get('type') as DocumentKind) : undefined;
  const reviewOverdue = params.get('forfalt') === '1';
  const list = useDocumentList({ kind, reviewOverdue, q: q || undefined });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = kind !== undefined || reviewOverdue || q !== '';

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <LibraryPage>
      <Heading level={1} data-size="lg">{t('contentLibrary.title')}</Heading>
      <Paragraph>{t('contentLibrary.intro')}</Paragraph>
      <div className="samla-actions">
        <Button asChild><RouterLink to="/innhold/dokumenter/ny">{t('contentLibrary.newDocument')}</RouterLink></Button>
        <Link href={`/k/${encodeURIComponent(session?.user?.tenant.slug ?? '')}/dokumenter`}>{t('contentLibrary.publicLibrary')}</Link>
      </div>
      <form
        role="search"
        aria-label={t('contentLibrary.filter.label')}
        className="samla-filter"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <Textfield label={t('contentLibrary.filter.q')} autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
        <Button type="submit" variant="secondary">{t('contentLibrary.filter.search')}</Button>
        <Field>
          <Label>{t('contentLibrary.filter.kind')}</Label>
          <Select value={kind ?? ''} onChange={(e) => set('type', e.target.value || null)}>
            <Select.Option value="">{t('contentLibrary.filter.allKinds')}</Select.Option>
            {documentKinds.map((k) => <Select.Option key={k} value={k}>{t(`contentLibrary.kinds.${k}`)}</Select.Option>)}
          </Select>
        </Field>
        <Checkbox
          label={t('contentLibrary.filter.overdue')}
          checked={reviewOverdue}
          onChange={(e) => set('forfalt', e.target.checked ? '1' : null)}
        />
      </form>
      <section aria-label={t('contentLibrary.table.caption')} className="samla-stack">
        <ListStatus query={list} empty={items.length === 0} emptyText={filtered ? t('contentLibrary.empty') : t('contentLibrary.emptyLibrary')}>
          {items.length > 0 && <Paragraph data-size="sm">{t('contentLibrary.shown', { count: items.length })}</Paragraph>}
        </ListStatus>
        {items.length > 0 && <DocumentTable items={items} />}
        <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
      </section>
    </LibraryPage>
  );
}

function DocumentTable({ items }: { items: DocumentSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="samla-table-scroll" tabIndex={0} role="region" aria-label={t('contentLibrary.table.caption')}>
      <Table zebra border>
        <caption className="ds-sr-only">{t('contentLibrary.table.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('contentLibrary.table.title')}</Table.HeaderCell>
            <Table.HeaderCell>{t('contentLibrary.table.kind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('contentLibrary.table.owner')}</Table.HeaderCell>
            <Table.HeaderCell>{t('contentLibrary.table.reviewDue')}</Table.HeaderCell>
            <Table.HeaderCell>{t('contentLibrary.table.published')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((d) => (
            <Table.Row key={d.id}>
              <Table.Cell>
                <div className="samla-library-title-cell">
                  <Link asChild><RouterLink to={`/innhold/dokumenter/${d.id}`}>{d.title}</RouterLink></Link>
                  {(d.hasDraft || d.archived) && (
                    <span className="samla-library-tags">
                      {d.hasDraft && <Tag data-size="sm" data-color="warning">{t('contentLibrary.draftTag')}</Tag>}
                      {d.archived && <Tag data-size="sm" data-color="neutral">{t('contentLibrary.archived')}</Tag>}
                    </span>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell>{t(`contentLibrary.kinds.${d.kind}`)}</Table.Cell>
              <Table.Cell>{d.owner?.name ?? <span className="samla-muted">{t('contentLibrary.noOwner')}</span>}</Table.Cell>
              <Table.Cell>
                <span className="samla-due">
                  {d.reviewDue ? format.date(d.reviewDue) : <span className="samla-muted">{t('contentLibrary.noReviewDate')}</span>}
                  {d.reviewOverdue && <Tag data-size="sm" data-color="danger">{t('contentLibrary.reviewOverdue')}</Tag>}
                </span>
              </Table.Cell>
              <Table.Cell>
                {d.currentVersionNo !== null && d.publishedAt
                  ? t('contentLibrary.versionOn', { n: d.currentVersionNo, date: format.date(osloDay(d.publishedAt)) })
                  : <span className="samla-muted">{t('contentLibrary.notPublished')}</span>}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
