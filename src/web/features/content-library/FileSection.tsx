import { useEffect, useState } from 'react';
import { Button, Field, Heading, Label, Link, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail, DocumentVersion } from '../../../contracts/library.js';
import { ApiError } from '../../api/client.js';
import { locale } from '../../i18n/index.js';
import { useDeleteFile, useUploadFile, versionFileHref } from './api.js';
import { LibraryErrorAlert, useLibraryErrorText } from './errors.js';
import { acceptedFiles, checkLibraryFile, fileSize, fileTypeName } from './file-rules.js';
import { Notice, type NoticeState } from './Notice.js';

/**
 * The draft's file: what it has now (download, remove) and a new one to upload. Type and size are
 * checked here first, so a wrong file is explained before anything is sent; the server checks
 * the bytes as well (a .pdf that is no PDF).
 */
export function FileSection({ doc, draft, onReload, onDirty }: {
  doc: DocumentDetail;
  draft: DocumentVersion;
  onReload: (headingId: string) => void;
  onDirty: (part: string, dirty: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const text = useLibraryErrorText();
  const loc = locale(i18n.language);
  const upload = useUploadFile(doc.id);
  const remove = useDeleteFile(doc.id);
  const [file, setFile] = useState<{ file: File; type: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [notice, setNotice] = useState<NoticeState>({ text: null, stamp: 0 });
  const done = (message: string) => setNotice((n) => ({ text: message, stamp: n.stamp + 1 }));
  // A file chosen but not uploaded yet is unsaved too.
  const chosen = file !== null;
  useEffect(() => {
    onDirty('file', chosen);
    return () => onDirty('file', false);
  }, [chosen, onDirty]);

  const choose = (chosen: File | null) => {
    setProblem(null);
    setFile(null);
    upload.reset();
    if (!chosen) return;
    const check = checkLibraryFile(chosen);
    if (check.ok) return setFile({ file: chosen, type: check.type });
    const vars = { name: chosen.name, size: fileSize(chosen.size, loc) };
    setProblem(check.problem === 'type' ? t('contentLibrary.file.wrongType', vars) : check.problem === 'size' ? t('contentLibrary.file.tooLarge', vars) : t('contentLibrary.file.empty', vars));
  };

  const send = () => {
    if (!file) return;
    const name = file.file.name;
    upload.mutate({ versionId: draft.id, version: draft.version, file: file.file, type: file.type }, {
      onSuccess: () => {
        setFile(null);
        setInputKey((k) => k + 1);
        done(t('contentLibrary.file.uploaded', { name }));
      },
    });
  };

  // The server's reasons for refusing the file are about the file: they go beside the input.
  const uploadProblem = upload.error instanceof ApiError && ['unsupported_media_type', 'body_too_large', 'content_mismatch'].includes(upload.error.code)
    ? text.error(upload.error)
    : null;
  const percent = upload.progress === null ? null : Math.round(upload.progress * 100);

  return (
    <section aria-labelledby="file-heading" className="samla-library-file">
      <Heading level={3} data-size="xs" id="file-heading" tabIndex={-1}>{t('contentLibrary.file.heading')}</Heading>
      {draft.file ? (
        <div className="samla-actions">
          <Paragraph>
            {t('contentLibrary.file.current', { name: draft.file.name, type: fileTypeName(draft.file.type), size: fileSize(draft.file.size, loc) })}
          </Paragraph>
          <Link href={versionFileHref(doc.id, draft.id)} download>{t('contentLibrary.file.download', { name: draft.file.name })}</Link>
          <Button
            variant="tertiary"
            data-size="sm"
            data-color="danger"
            loading={remove.isPending}
            onClick={() => remove.mutate({ versionId: draft.id, version: draft.version }, { onSuccess: () => done(t('contentLibrary.file.removed')) })}
          >
            {t('contentLibrary.file.remove')}
          </Button>
        </div>
      ) : (
        <Paragraph>{t('contentLibrary.file.none')}</Paragraph>
      )}
      {remove.isError && <LibraryErrorAlert error={remove.error} onReload={() => onReload('file-heading')} />}
      <Field>
        <Label htmlFor="library-file">{draft.file ? t('contentLibrary.file.chooseReplace') : t('contentLibrary.file.choose')}</Label>
        <Field.Description id="library-file-help">{t('contentLibrary.file.help')}</Field.Description>
        <input
          key={inputKey}
          id="library-file"
          type="file"
          accept={acceptedFiles}
          className="ds-input"
          aria-describedby={problem ?? uploadProblem ? 'library-file-help library-file-error' : 'library-file-help'}
          aria-invalid={problem ?? uploadProblem ? true : undefined}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
        {(problem ?? uploadProblem) && <ValidationMessage id="library-file-error">{problem ?? uploadProblem}</ValidationMessage>}
      </Field>
      {file && (
        <div className="samla-actions">
          <Paragraph data-size="sm">{t('contentLibrary.file.chosen', { name: file.file.name, size: fileSize(file.file.size, loc) })}</Paragraph>
          <Button variant="secondary" onClick={send} loading={upload.isPending}>{t('contentLibrary.file.upload')}</Button>
        </div>
      )}
      {percent !== null && file && (
        <div className="samla-progress">
          <label htmlFor="library-upload-progress">{t('contentLibrary.file.uploading', { name: file.file.name, percent })}</label>
          <progress id="library-upload-progress" max={100} value={percent} />
        </div>
      )}
      {upload.isError && !uploadProblem && <LibraryErrorAlert error={upload.error} onReload={() => onReload('file-heading')} />}
      {/* Focused: the button that did it (upload, remove) is gone afterwards. */}
      <Notice notice={notice} focus />
    </section>
  );
}
