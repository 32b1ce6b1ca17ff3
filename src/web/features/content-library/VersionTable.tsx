import { Heading, Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../contracts/library.js';
import { osloDay } from '../../components/dates.js';
import { useFormat } from '../../components/format.js';
import { versionFileHref } from './api.js';
import { fileTypeName } from './file-rules.js';

/**
 * Every version, newest first: a published one is never changed and stays readable on the public
 * pages (…/versjoner/<n>) with its date; the editor can download any version's file.
 */
export function VersionTable({ doc, publicBase }: { doc: DocumentDetail; publicBase: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = [...doc.versions].sort((a, b) => b.versionNo - a.versionNo);
  return (
    <section aria-labelledby="versions-heading" className="samla-stack">
      <Heading level={2} data-size="sm" id="versions-heading">{t('contentLibrary.versions.heading')}</Heading>
      <div className="samla-table-scroll" tabIndex={0} role="region" aria-labelledby="versions-heading">
        <Table zebra border>
          <caption className="ds-sr-only">{t('contentLibrary.versions.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('contentLibrary.versions.version')}</Table.HeaderCell>
              <Table.HeaderCell>{t('contentLibrary.versions.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('contentLibrary.versions.published')}</Table.HeaderCell>
              <Table.HeaderCell>{t('contentLibrary.versions.changeNote')}</Table.HeaderCell>
              <Table.HeaderCell>{t('contentLibrary.versions.file')}</Table.HeaderCell>
              <Table.HeaderCell>{t('contentLibrary.versions.read')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {versions.map((v) => {
              // Each language has its own line of versions: the newest published in a language is its current one.
              const current = v.status === 'published' && v.versionNo === versions.find((o) => o.status === 'published' && o.language === v.language)?.versionNo;
              return (
                <Table.Row key={v.id}>
                  <Table.Cell>
                    <div>{t('contentLibrary.versions.versionN', { n: v.versionNo })}</div>
                    <div className="samla-muted" lang={v.language}>{v.title}</div>
                    <div className="samla-muted">{t(`contentLibrary.fields.languages.${v.language}`)}</div>
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={v.status === 'draft' ? 'warning' : current ? 'success' : 'neutral'}>
                      {v.status === 'draft' ? t('contentLibrary.versions.statuses.draft') : current ? t('contentLibrary.versions.statuses.current') : t('contentLibrary.versions.statuses.published')}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {v.publishedAt
                      ? v.publishedBy
                        ? t('contentLibrary.versions.publishedBy', { date: format.date(osloDay(v.publishedAt)), name: v.publishedBy })
                        : format.date(osloDay(v.publishedAt))
                      : <span className="samla-muted">{t('contentLibrary.versions.notYet')}</span>}
                  </Table.Cell>
                  <Table.Cell>{v.changeNote || t('contentLibrary.versions.none')}</Table.Cell>
                  <Table.Cell>
                    {v.file ? (
                      <Link href={versionFileHref(doc.id, v.id)} download aria-label={t('contentLibrary.versions.downloadFileNamed', { type: fileTypeName(v.file.type), name: v.file.name })}>
                        {t('contentLibrary.versions.downloadFile', { type: fileTypeName(v.file.type) })}
                      </Link>
                    ) : t('contentLibrary.versions.noFile')}
                  </Table.Cell>
                  <Table.Cell>
                    {v.status === 'published' && publicBase ? (
                      <Link href={`${publicBase}/versjoner/${v.versionNo}`}>{t('contentLibrary.versions.readPublic', { n: v.versionNo })}</Link>
                    ) : t('contentLibrary.versions.none')}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
