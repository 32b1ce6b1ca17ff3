import '../../i18n/features/content-library.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { DocumentDetail } from '../../../contracts/library.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { osloDay } from '../../components/dates.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { useFormat } from '../../components/format.js';
import { Loading } from '../../components/Loading.js';
import { isNotFoundOrBadId } from '../../components/not-found.js';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useCreateDraft, useDocument } from './api.js';
import { DraftSection } from './DraftSection.js';
import { LibraryErrorAlert } from './errors.js';
import { LibraryPage } from './LibraryPage.js';
import { MetadataForm } from './MetadataForm.js';
import { Notice, type NoticeState } from './Notice.js';
import { VersionTable } from './VersionTable.js';

/** /innhold/dokumenter/:id — one document: its draft (texts, file, publishing), its versions and its properties. */
export function DocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const doc = useDocument(id);
  const session = useAuthenticatedSession();
  const [notice, setNotice] = useState<NoticeState>({ text: null, stamp: 0 });
  // Bumped by «reload» after a conflict: the forms start again from what the server has now.
  const [generation, setGeneration] = useState(0);
  usePageTitle(doc.data?.title ?? t('contentLibrary.title'));
  // The parts with unsaved changes (the draft's texts, a chosen file, the properties): one guard asks for all.
  const unsaved = useRef(new Set<string>());
  const onDirty = useCallback((part: string, dirty: boolean) => {
    if (dirty) unsaved.current.add(part);
    else unsaved.current.delete(part);
  }, []);
  const shouldBlock = useCallback(() => unsaved.current.size > 0, []);
  // After «Last inn på nytt» (its button is gone then): the heading of the part it was in; if the draft
  // is gone (someone published it), the part that took its place; else the page's.
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusAfterReload, setFocusAfterReload] = useState<string | null>(null);
  useEffect(() => {
    if (focusAfterReload === null) return;
    const target = [focusAfterReload, 'draft-heading', 'new-draft-heading'].map((id) => document.getElementById(id)).find((el) => el !== null);
    (target ?? heading.current)?.focus();
    setFocusAfterReload(null);
  }, [focusAfterReload]);

  const back = <Link asChild><RouterLink to="/innhold/dokumenter">{t('contentLibrary.page.back')}</RouterLink></Link>;
  if (isNotFoundOrBadId(doc.error)) return <NotFoundOrNoAccess />;
  if (doc.isPending || doc.isError) {
    return (
      <LibraryPage>
        {back}
        <Heading level={1} data-size="lg">{t('contentLibrary.page.title')}</Heading>
        {doc.isPending ? <Loading /> : <ErrorAlert error={doc.error} />}
      </LibraryPage>
    );
  }
  const d = doc.data;
  const draft = d.versions.find((v) => v.status === 'draft') ?? null;
  const tenantSlug = encodeURIComponent(session?.user?.tenant.slug ?? '');
  const publicBase = d.currentVersionNo !== null && !d.archived ? `/k/${tenantSlug}/dokumenter/${encodeURIComponent(d.slug)}` : null;
  const done = (text: string) => setNotice((n) => ({ text, stamp: n.stamp + 1 }));
  const reload = (headingId: string) => {
    void doc.refetch().then(() => {
      setGeneration((g) => g + 1);
      setFocusAfterReload(headingId);
    });
  };

  return (
    <LibraryPage>
      {back}
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1}>{d.title}</Heading>
      <DocumentFacts doc={d} publicBase={publicBase} />
      <Notice notice={notice} focus />
      {draft ? (
        <DraftSection
          key={`${draft.id}-${generation}`}
          doc={d}
          draft={draft}
          onPublished={(n) => done(t('contentLibrary.publish.done', { n }))}
          onReload={reload}
          onDirty={onDirty}
        />
      ) : (
        <NewDraft
          doc={d}
          onCreated={(n, file) => done(file ? t('contentLibrary.draft.newDraftCreatedWithFile', { n, name: file }) : t('contentLibrary.draft.newDraftCreated', { n }))}
          onReload={reload}
        />
      )}
      <VersionTable doc={d} publicBase={publicBase} />
      <MetadataForm key={`${d.id}-${generation}`} doc={d} onReload={reload} onDirty={onDirty} />
      <UnsavedChangesGuard shouldBlock={shouldBlock} text={t('contentLibrary.unsaved')} />
    </LibraryPage>
  );
}

function DocumentFacts({ doc, publicBase }: { doc: DocumentDetail; publicBase: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <div className="samla-library-tags">
        <Tag data-size="sm" data-color="info">{t(`contentLibrary.kinds.${doc.kind}`)}</Tag>
        {doc.archived && <Tag data-size="sm" data-color="neutral">{t('contentLibrary.archived')}</Tag>}
        {doc.reviewOverdue && <Tag data-size="sm" data-color="danger">{t('contentLibrary.reviewOverdue')}</Tag>}
      </div>
      <dl className="samla-facts">
        <dt>{t('contentLibrary.page.address')}</dt>
        <dd className="samla-mono">{doc.slug}</dd>
        <dt>{t('contentLibrary.fields.owner')}</dt>
        <dd>{doc.owner?.name ?? t('contentLibrary.noOwner')}</dd>
        <dt>{t('contentLibrary.fields.reviewDue')}</dt>
        <dd>{doc.reviewDue ? format.date(doc.reviewDue) : t('contentLibrary.noReviewDate')}</dd>
        <dt>{t('contentLibrary.page.currentVersion')}</dt>
        <dd>
          {doc.currentVersionNo !== null && doc.publishedAt
            ? t('contentLibrary.versionOn', { n: doc.currentVersionNo, date: format.date(osloDay(doc.publishedAt)) })
            : t('contentLibrary.notPublished')}
        </dd>
      </dl>
      {doc.archived ? (
        <Paragraph>{t('contentLibrary.page.archivedNotice')}</Paragraph>
      ) : publicBase ? (
        <div><Link href={publicBase}>{t('contentLibrary.page.publicPage')}</Link></div>
      ) : (
        <Paragraph>{t('contentLibrary.page.notPublic')}</Paragraph>
      )}
    </>
  );
}

/**
 * No draft: start one from the current version's texts; the server copies its file along (the
 * published version itself is never changed).
 */
function NewDraft({ doc, onCreated, onReload }: {
  doc: DocumentDetail;
  onCreated: (versionNo: number, fileName: string | null) => void;
  onReload: (headingId: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateDraft(doc.id);
  const current = [...doc.versions].sort((a, b) => b.versionNo - a.versionNo)[0];
  const start = () => {
    if (!current) return;
    // Not mutate's onSuccess: the new draft replaces this section before it would run.
    // In the current version's language: the draft's language can be changed before it is published.
    create.mutateAsync({ title: current.title, summary: current.summary, body: current.body, changeNote: '', language: current.language })
      .then((saved) => {
        const draft = saved.versions.find((v) => v.status === 'draft');
        if (draft) onCreated(draft.versionNo, draft.file?.name ?? null);
      }, () => undefined);
  };
  return (
    <section aria-labelledby="new-draft-heading" className="samla-library-part">
      <Heading level={2} data-size="sm" id="new-draft-heading" tabIndex={-1}>{t('contentLibrary.draft.newDraft')}</Heading>
      {doc.archived ? (
        <Paragraph>{t('contentLibrary.draft.archivedNoDraft')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('contentLibrary.draft.none')}</Paragraph>
          {current?.file && <Paragraph data-size="sm">{t('contentLibrary.draft.fileCarried', { name: current.file.name })}</Paragraph>}
          {create.isError && <LibraryErrorAlert error={create.error} onReload={() => onReload('new-draft-heading')} />}
          <div><Button onClick={start} loading={create.isPending}>{t('contentLibrary.draft.newDraft')}</Button></div>
        </>
      )}
    </section>
  );
}
