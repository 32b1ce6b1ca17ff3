import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contentLanguages } from '../../../contracts/content.js';
import { documentKinds } from '../../../contracts/library.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { useOwners } from './api.js';
import { ownerOptions, type Person } from './owner-options.js';

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A slug from a title: what the public address of the document will read (…/dokumenter/<slug>). */
export function slugFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The document's kind: plan, routine, guideline, template, tool. */
export function KindSelect({ registration, error }: { registration: UseFormRegisterReturn; error?: string }) {
  const { t } = useTranslation();
  return (
    <Field>
      <Label>{t('contentLibrary.fields.kind')}</Label>
      <Select aria-invalid={error ? true : undefined} {...registration}>
        {documentKinds.map((k) => <Select.Option key={k} value={k}>{t(`contentLibrary.kinds.${k}`)}</Select.Option>)}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/**
 * The owner: none, or one of the active coordinators (GET …/owners). The present owner stays a
 * choice when they are no longer a coordinator, marked as such: sent back unchanged, the server
 * keeps them.
 */
export function OwnerSelect({ registration, error, current }: { registration: UseFormRegisterReturn; error?: string; current: Person | null }) {
  const { t } = useTranslation();
  const user = useAuthenticatedSession()?.user;
  const owners = useOwners();
  const options = ownerOptions(owners.data?.items, user ? { id: user.id, name: user.name } : null, current);
  const former = options.find((p) => p.former);
  return (
    <Field>
      <Label>{t('contentLibrary.fields.owner')}</Label>
      <Field.Description>{t('contentLibrary.fields.ownerHelp')}</Field.Description>
      {former && <Field.Description>{t('contentLibrary.fields.formerOwnerHelp', { name: former.name })}</Field.Description>}
      {owners.isError && <Field.Description>{t('contentLibrary.fields.ownersFailed')}</Field.Description>}
      <Select aria-invalid={error ? true : undefined} {...registration}>
        <Select.Option value="">{t('contentLibrary.noOwner')}</Select.Option>
        {options.map((p) => (
          <Select.Option key={p.id} value={p.id}>{p.former ? t('contentLibrary.fields.formerOwner', { name: p.name }) : p.name}</Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/**
 * The language a version is written in: a document has a line of versions per language, and a
 * draft's language can change until it is published (issue 9).
 */
export function LanguageSelect({ registration, error }: { registration: UseFormRegisterReturn; error?: string }) {
  const { t } = useTranslation();
  return (
    <Field>
      <Label>{t('contentLibrary.fields.language')}</Label>
      <Field.Description>{t('contentLibrary.fields.languageHelp')}</Field.Description>
      <Select aria-invalid={error ? true : undefined} {...registration}>
        {contentLanguages.map((l) => <Select.Option key={l} value={l}>{t(`contentLibrary.fields.languages.${l}`)}</Select.Option>)}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

interface Registered { registration: UseFormRegisterReturn; error?: string }

/** A version's summary and body (markdown): the draft's texts, and the first draft's on a new document. */
export function VersionTextFields({ summary, body, bodyRows }: { summary: Registered; body: Registered; bodyRows: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Textfield
        multiline
        rows={2}
        label={t('contentLibrary.fields.summary')}
        description={t('contentLibrary.fields.summaryHelp')}
        counter={500}
        {...summary.registration}
        error={summary.error}
      />
      <Textfield
        multiline
        rows={bodyRows}
        label={t('contentLibrary.fields.body')}
        description={t('contentLibrary.fields.bodyHelp')}
        {...body.registration}
        error={body.error}
      />
    </>
  );
}
