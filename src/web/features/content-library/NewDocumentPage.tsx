import '../../i18n/features/content-library.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Fieldset, Heading, Link, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import type { ContentLanguage } from '../../../contracts/content.js';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { DocumentKind } from '../../../contracts/library.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useCreateDocument } from './api.js';
import { KindSelect, LanguageSelect, OwnerSelect, slugFromTitle, slugPattern, VersionTextFields } from './doc-fields.js';
import { AddressPreview, ConfirmAddressDialog, publicDocumentAddress } from './document-address.js';
import { LibraryErrorAlert, useLibraryFieldErrors } from './errors.js';
import { LibraryPage } from './LibraryPage.js';

interface NewDocumentValues {
  title: string;
  slug: string;
  kind: DocumentKind;
  ownerId: string;
  reviewDue: string;
  summary: string;
  body: string;
  language: ContentLanguage;
}
const FIELDS = ['title', 'slug', 'kind', 'ownerId', 'reviewDue', 'summary', 'body', 'language'] as const;

/**
 * /innhold/dokumenter/ny — a document and its first draft; the file and publishing come on its page.
 * The address (slug) can never change afterwards: the whole public address shows as it is typed, and
 * a dialog naming it asks before the document is made.
 */
export function NewDocumentPage() {
  const { t } = useTranslation();
  usePageTitle(t('contentLibrary.create.title'));
  const navigate = useNavigate();
  const me = useAuthenticatedSession()?.user;
  const create = useCreateDocument();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, setError, getValues, setValue, setFocus, watch, formState: { errors, isDirty } } = useForm<NewDocumentValues>({
    // The coordinator who creates it owns it until they hand it on.
    // The first version is in the municipality's main language unless the coordinator chooses another.
    defaultValues: {
      title: '', slug: '', kind: 'routine', ownerId: me?.id ?? '', reviewDue: '', summary: '', body: '', language: me?.tenant.mainLanguage ?? 'nb',
    },
  });
  const serverErrors = useLibraryFieldErrors(setError, FIELDS);
  // Set just before the new document's page opens, so that the unsaved-changes guard does not ask.
  const leaving = useRef(false);
  const shouldBlock = useCallback(() => isDirty && !leaving.current, [isDirty]);
  const addressOf = (slug: string) =>
    publicDocumentAddress(window.location.origin, me?.tenant.slug ?? '', slug.trim() || t('contentLibrary.create.addressPlaceholder'));
  // The values that passed validation, waiting for the address to be confirmed.
  const [confirming, setConfirming] = useState<NewDocumentValues | null>(null);
  // «Endre adressen»: the slug field takes focus once the dialog has closed (it gives focus back first).
  const [focusSlug, setFocusSlug] = useState(false);
  useEffect(() => {
    if (!focusSlug) return;
    setFocus('slug');
    setFocusSlug(false);
  }, [focusSlug, setFocus]);

  const onSubmit = handleSubmit((v) => {
    setUnmatched([]);
    create.reset();
    setConfirming(v);
  });
  const onConfirm = () => {
    if (!confirming) return;
    const v = confirming;
    create.mutate(
      {
        title: v.title.trim(), slug: v.slug.trim(), kind: v.kind, ownerId: v.ownerId || null, reviewDue: v.reviewDue || null,
        summary: v.summary.trim(), body: v.body.trim(), changeNote: '', language: v.language,
      },
      {
        onSuccess: (doc) => {
          leaving.current = true;
          void navigate(`/innhold/dokumenter/${doc.id}`);
        },
        onError: (error) => {
          setConfirming(null);
          setUnmatched(serverErrors(error));
        },
      },
    );
  };

  return (
    <LibraryPage>
      <Link asChild><RouterLink to="/innhold/dokumenter">{t('contentLibrary.page.back')}</RouterLink></Link>
      <Heading level={1} data-size="lg">{t('contentLibrary.create.title')}</Heading>
      {create.isError && <LibraryErrorAlert error={create.error} unmatched={unmatched} />}
      <form onSubmit={onSubmit} noValidate className="samla-form samla-library-form">
        <Fieldset>
          <Fieldset.Legend>{t('contentLibrary.create.about')}</Fieldset.Legend>
          <Textfield
            label={t('contentLibrary.fields.title')}
            required
            autoComplete="off"
            {...register('title', {
              validate: (v) => v.trim().length >= 2 || t('contentLibrary.fieldErrors.title_short'),
              onBlur: () => {
                if (!getValues('slug').trim()) setValue('slug', slugFromTitle(getValues('title')));
              },
            })}
            error={errors.title?.message}
          />
          <Textfield
            label={t('contentLibrary.fields.slug')}
            description={<>{t('contentLibrary.fields.slugHelp')}<AddressPreview address={addressOf(watch('slug'))} /></>}
            required
            autoComplete="off"
            spellCheck={false}
            {...register('slug', { validate: (v) => slugPattern.test(v.trim()) || t('contentLibrary.fieldErrors.slug_format') })}
            error={errors.slug?.message}
          />
          <KindSelect registration={register('kind')} error={errors.kind?.message} />
          <OwnerSelect registration={register('ownerId')} error={errors.ownerId?.message} current={null} />
          <Textfield
            type="date"
            label={t('contentLibrary.fields.reviewDue')}
            description={t('contentLibrary.fields.reviewDueHelp')}
            {...register('reviewDue')}
            error={errors.reviewDue?.message}
          />
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('contentLibrary.create.firstDraft')}</Fieldset.Legend>
          <Fieldset.Description>{t('contentLibrary.create.firstDraftHelp')}</Fieldset.Description>
          <LanguageSelect registration={register('language')} error={errors.language?.message} />
          <VersionTextFields
            summary={{ registration: register('summary'), error: errors.summary?.message }}
            body={{ registration: register('body'), error: errors.body?.message }}
            bodyRows={12}
          />
        </Fieldset>
        <div className="samla-actions">
          <Button type="submit" loading={create.isPending}>{t('contentLibrary.create.submit')}</Button>
          <Button asChild variant="secondary"><RouterLink to="/innhold/dokumenter">{t('common.cancel')}</RouterLink></Button>
        </div>
      </form>
      <ConfirmAddressDialog
        open={confirming !== null}
        address={addressOf(confirming?.slug ?? '')}
        pending={create.isPending}
        onConfirm={onConfirm}
        onChangeAddress={() => {
          setConfirming(null);
          setFocusSlug(true);
        }}
        onClose={() => setConfirming(null)}
      />
      <UnsavedChangesGuard shouldBlock={shouldBlock} text={t('contentLibrary.unsavedNew')} />
    </LibraryPage>
  );
}
