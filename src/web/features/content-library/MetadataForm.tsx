import { useEffect, useState } from 'react';
import { Button, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail, DocumentKind } from '../../../contracts/library.js';
import { useUpdateDocument } from './api.js';
import { KindSelect, OwnerSelect } from './doc-fields.js';
import { LibraryErrorAlert, useLibraryFieldErrors } from './errors.js';
import { Notice, type NoticeState } from './Notice.js';

interface MetaValues { kind: DocumentKind; ownerId: string; reviewDue: string; archived: boolean }
const FIELDS = ['kind', 'ownerId', 'reviewDue', 'archived'] as const;
const toValues = (d: DocumentDetail): MetaValues => ({ kind: d.kind, ownerId: d.owner?.id ?? '', reviewDue: d.reviewDue ?? '', archived: d.archived });

/** The document's own fields: kind, owner, review date, archived (with the document's version the page last received). */
export function MetadataForm({ doc, onReload, onDirty }: { doc: DocumentDetail; onReload: (headingId: string) => void; onDirty: (part: string, dirty: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateDocument(doc.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [notice, setNotice] = useState<NoticeState>({ text: null, stamp: 0 });
  const { register, handleSubmit, setError, reset, formState: { errors, isDirty } } = useForm<MetaValues>({ defaultValues: toValues(doc) });
  const serverErrors = useLibraryFieldErrors(setError, FIELDS);
  useEffect(() => {
    onDirty('properties', isDirty);
    return () => onDirty('properties', false);
  }, [isDirty, onDirty]);

  const onSubmit = handleSubmit((v) => {
    setUnmatched([]);
    update.mutate({ kind: v.kind, ownerId: v.ownerId || null, reviewDue: v.reviewDue || null, archived: v.archived, version: doc.version }, {
      onSuccess: (saved) => {
        reset(toValues(saved));
        setNotice((n) => ({ text: t('contentLibrary.meta.saved'), stamp: n.stamp + 1 }));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <section aria-labelledby="meta-heading" className="samla-library-part">
      <Heading level={2} data-size="sm" id="meta-heading" tabIndex={-1}>{t('contentLibrary.meta.heading')}</Heading>
      <form onSubmit={onSubmit} noValidate className="samla-form">
        {update.isError && <LibraryErrorAlert error={update.error} unmatched={unmatched} onReload={() => onReload('meta-heading')} />}
        <KindSelect registration={register('kind')} error={errors.kind?.message} />
        <OwnerSelect registration={register('ownerId')} error={errors.ownerId?.message} current={doc.owner} />
        <Textfield
          type="date"
          label={t('contentLibrary.fields.reviewDue')}
          description={t('contentLibrary.fields.reviewDueHelp')}
          {...register('reviewDue')}
          error={errors.reviewDue?.message}
        />
        <Checkbox label={t('contentLibrary.meta.archive')} description={t('contentLibrary.meta.archiveHelp')} {...register('archived')} />
        <div className="samla-actions">
          <Button type="submit" variant="secondary" loading={update.isPending}>{t('contentLibrary.meta.save')}</Button>
        </div>
        <Notice notice={notice} />
      </form>
    </section>
  );
}
