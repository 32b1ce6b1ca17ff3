import { useEffect, useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../contracts/content.js';
import type { DocumentDetail, DocumentVersion } from '../../../contracts/library.js';
import { ApiError } from '../../api/client.js';
import { usePublishVersion, useSaveDraft } from './api.js';
import { LanguageSelect, VersionTextFields } from './doc-fields.js';
import { LibraryErrorAlert, useLibraryErrorText, useLibraryFieldErrors } from './errors.js';
import { FileSection } from './FileSection.js';
import { Notice, type NoticeState } from './Notice.js';

interface DraftValues { title: string; summary: string; body: string; changeNote: string; language: ContentLanguage }
const FIELDS = ['title', 'summary', 'body', 'changeNote', 'language'] as const;
const toValues = (v: DocumentVersion): DraftValues => ({
  title: v.title, summary: v.summary, body: v.body, changeNote: v.changeNote, language: v.language,
});

/**
 * The document's one draft: its texts, its file and publishing it. The draft's version sent back
 * is the one this page last received; someone else's change in between is a 409 with a reload.
 */
export function DraftSection(props: {
  doc: DocumentDetail;
  draft: DocumentVersion;
  onPublished: (versionNo: number) => void;
  /** read the document again, then focus the heading `headingId` */
  onReload: (headingId: string) => void;
  /** whether a part of this section holds unsaved changes, for the page's unsaved-changes guard */
  onDirty: (part: string, dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { doc, draft } = props;
  const text = useLibraryErrorText();
  const save = useSaveDraft(doc.id);
  const publish = usePublishVersion(doc.id);
  const [notice, setNotice] = useState<NoticeState>({ text: null, stamp: 0 });
  const [unmatched, setUnmatched] = useState<string[]>([]);
  // Tied to the draft's version: any change to the draft (a file, saved text) makes it stale.
  const [problem, setProblem] = useState<{ version: number; text: string } | null>(null);
  const publishProblem = problem?.version === draft.version ? problem.text : null;
  const { register, handleSubmit, setError, reset, formState: { errors, isDirty } } = useForm<DraftValues>({ defaultValues: toValues(draft) });
  const serverErrors = useLibraryFieldErrors(setError, FIELDS);
  const done = (message: string) => setNotice((n) => ({ text: message, stamp: n.stamp + 1 }));
  const hasContent = draft.body.trim() !== '' || draft.file !== null;
  const { onDirty } = props;
  useEffect(() => {
    onDirty('draft', isDirty);
    return () => onDirty('draft', false);
  }, [isDirty, onDirty]);

  const onSave = handleSubmit((values) => {
    setUnmatched([]);
    const body = {
      title: values.title.trim(), summary: values.summary.trim(), body: values.body.trim(), changeNote: values.changeNote.trim(), language: values.language,
    };
    save.mutate({ versionId: draft.id, version: draft.version, ...body }, {
      onSuccess: () => {
        reset(body);
        done(t('contentLibrary.draft.saved'));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  const onPublish = () => {
    setProblem(null);
    if (isDirty) return setProblem({ version: draft.version, text: t('contentLibrary.draft.unsaved') });
    if (!hasContent) return setProblem({ version: draft.version, text: t('contentLibrary.publish.needsContent') });
    // Not mutate's onSuccess: publishing removes the draft, and this section with it, first.
    publish.mutateAsync({ versionId: draft.id, version: draft.version }).then(() => props.onPublished(draft.versionNo), () => undefined);
  };
  const publishFieldProblems = publish.error instanceof ApiError ? publish.error.fields.map((f) => text.field(f.code)) : [];

  return (
    <section aria-labelledby="draft-heading" className="samla-library-part samla-library-draft">
      <Heading level={2} data-size="sm" id="draft-heading" tabIndex={-1}>{t('contentLibrary.draft.heading', { n: draft.versionNo })}</Heading>
      <form onSubmit={onSave} noValidate className="samla-form samla-library-form">
        {save.isError && <LibraryErrorAlert error={save.error} unmatched={unmatched} onReload={() => props.onReload('draft-heading')} />}
        <LanguageSelect registration={register('language')} error={errors.language?.message} />
        <Textfield
          label={t('contentLibrary.fields.title')}
          required
          autoComplete="off"
          {...register('title', { validate: (v) => v.trim().length >= 2 || t('contentLibrary.fieldErrors.title_short') })}
          error={errors.title?.message}
        />
        <VersionTextFields
          summary={{ registration: register('summary'), error: errors.summary?.message }}
          body={{ registration: register('body'), error: errors.body?.message }}
          bodyRows={14}
        />
        <Textfield
          label={t('contentLibrary.fields.changeNote')}
          description={t('contentLibrary.fields.changeNoteHelp')}
          autoComplete="off"
          {...register('changeNote')}
          error={errors.changeNote?.message}
        />
        <div className="samla-actions">
          <Button type="submit" variant="secondary" loading={save.isPending}>{t('contentLibrary.draft.save')}</Button>
        </div>
        <Notice notice={notice} />
      </form>

      <FileSection doc={doc} draft={draft} onReload={props.onReload} onDirty={onDirty} />

      <section aria-labelledby="publish-heading" className="samla-stack">
        <Heading level={3} data-size="xs" id="publish-heading" tabIndex={-1}>{t('contentLibrary.publish.heading')}</Heading>
        <Paragraph>{t('contentLibrary.publish.help')}</Paragraph>
        {!hasContent && !publishProblem && <Paragraph data-size="sm">{t('contentLibrary.publish.needsContent')}</Paragraph>}
        {publishProblem && <LibraryErrorAlert error={null} unmatched={[publishProblem]} />}
        {publish.isError && <LibraryErrorAlert error={publish.error} unmatched={publishFieldProblems} onReload={() => props.onReload('publish-heading')} />}
        <div>
          <Button onClick={onPublish} loading={publish.isPending}>{t('contentLibrary.publish.button', { n: draft.versionNo })}</Button>
        </div>
      </section>
    </section>
  );
}
