import { useState } from 'react';
import { Alert, Button, Checkbox, Details, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { GuideDetail, GuideEditor, GuideInput } from '../../../contracts/guide.js';
import { ApiError } from '../../api/client.js';
import { useBokmalLang } from '../../components/content-lang.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useDeleteGuide, useSaveGuide } from './api.js';

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface GuideValues { slug: string; nb: string; nn: string; en: string; audience: string; published: boolean }
const toValues = (g: GuideDetail | null): GuideValues => ({
  slug: g?.slug ?? '', nb: g?.name.nb ?? '', nn: g?.name.nn ?? '', en: g?.name.en ?? '', audience: g?.audience.nb ?? '', published: g?.published ?? true,
});
const toInput = (v: GuideValues, g: GuideDetail | null): GuideInput => ({
  slug: v.slug.trim(),
  name: { nb: v.nb.trim(), nn: v.nn.trim() || null, en: v.en.trim() || null },
  // Only the bokmål audience is edited here; the translations already written stay.
  audience: { nb: v.audience.trim(), nn: g?.audience.nn ?? null, en: g?.audience.en ?? null },
  position: g?.position ?? 0,
  published: v.published,
});

/**
 * The municipality's guides side by side: which one the steps below belong to (links, so the
 * choice is in the address), its name, address and publication, a new one, and deleting one.
 */
export function GuidesPanel({ editor, selected }: { editor: GuideEditor; selected: GuideDetail | undefined }) {
  const { t } = useTranslation();
  const bokmal = useBokmalLang();
  return (
    <section aria-labelledby="guides-heading" className="samla-stack">
      <Heading level={2} data-size="sm" id="guides-heading">{t('contentGuide.guides.title')}</Heading>
      <Paragraph data-size="sm">{t('contentGuide.guides.help')}</Paragraph>
      {editor.guides.length > 0 && (
        <nav aria-label={t('contentGuide.guides.listLabel')}>
          <ul className="samla-plain-list samla-guide-list">
            {editor.guides.map((g) => (
              <li key={g.id}>
                <Link asChild aria-current={g.id === selected?.id ? 'page' : undefined}>
                  <RouterLink to={`/innhold/veileder?veileder=${encodeURIComponent(g.id)}`}><span lang={bokmal}>{g.name.nb}</span></RouterLink>
                </Link>{' '}
                <span className="samla-muted">{t('contentGuide.guides.steps', { count: g.stepCount })}</span>
                {!g.published && <> <Tag data-size="sm" data-color="neutral">{t('contentGuide.guides.unpublished')}</Tag></>}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {selected && (
        <Details>
          <Details.Summary>{t('contentGuide.guides.edit')}</Details.Summary>
          <Details.Content><GuideForm key={`${selected.id}-${selected.version}`} guide={selected} /></Details.Content>
        </Details>
      )}
      <Details>
        <Details.Summary>{t('contentGuide.guides.create')}</Details.Summary>
        <Details.Content><GuideForm guide={null} /></Details.Content>
      </Details>
    </section>
  );
}

function GuideForm({ guide }: { guide: GuideDetail | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveGuide(guide?.id);
  const remove = useDeleteGuide();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { register, handleSubmit, reset, formState: { errors } } = useForm<GuideValues>({ defaultValues: toValues(guide) });
  const prefix = guide ? `guide-${guide.id}` : 'guide-new';
  const fieldError = (name: string) =>
    save.error instanceof ApiError ? save.error.fields.find((p) => p.path.replace(/^(body\.|guide\.)/, '').startsWith(name))?.message : undefined;

  const onSubmit = handleSubmit((values) => {
    setNotice(null);
    save.mutate({ guide: toInput(values, guide), version: guide?.version ?? null }, {
      onSuccess: (data) => {
        if (guide) return setNotice(t('contentGuide.guides.saved'));
        reset(toValues(null));
        const created = data.guides.find((g) => g.slug === values.slug.trim());
        if (created) void navigate(`/innhold/veileder?veileder=${encodeURIComponent(created.id)}`, { state: { notice: t('contentGuide.guides.saved') } });
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="samla-form samla-stack" aria-label={guide ? t('contentGuide.guides.edit') : t('contentGuide.guides.create')}>
      {notice && <Alert data-color="success" role="status"><Paragraph>{notice}</Paragraph></Alert>}
      {save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0) && <ErrorAlert error={save.error} />}
      <Textfield id={`${prefix}-nb`} label={t('contentGuide.guides.nameNb')} required lang="nb" autoComplete="off"
        error={errors.nb?.message ?? fieldError('name.nb')}
        {...register('nb', { validate: (v) => v.trim().length >= 2 || t('contentGuide.guides.nameNeeded') })} />
      <Textfield id={`${prefix}-nn`} label={t('contentGuide.guides.nameNn')} lang="nn" autoComplete="off" error={fieldError('name.nn')} {...register('nn')} />
      <Textfield id={`${prefix}-en`} label={t('contentGuide.guides.nameEn')} lang="en" autoComplete="off" error={fieldError('name.en')} {...register('en')} />
      <Textfield id={`${prefix}-audience`} label={t('contentGuide.guides.audience')} lang="nb" autoComplete="off" {...register('audience')} />
      <Textfield id={`${prefix}-slug`} label={t('contentGuide.guides.slug')} description={t('contentGuide.guides.slugHelp')} required autoComplete="off" spellCheck={false}
        error={errors.slug?.message ?? fieldError('slug')}
        {...register('slug', { validate: (v) => slugPattern.test(v.trim()) || t('contentGuide.problems.key_format') })} />
      <Checkbox label={t('contentGuide.guides.published')} {...register('published')} />
      <div className="samla-actions">
        <Button type="submit" loading={save.isPending}>{guide ? t('contentGuide.guides.save') : t('contentGuide.guides.add')}</Button>
        {guide && !confirming && (
          <Button type="button" variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>{t('contentGuide.guides.delete')}</Button>
        )}
      </div>
      {guide && confirming && (
        <Alert data-color="warning" className="samla-stack">
          <Paragraph>{t('contentGuide.guides.deleteConfirm')}</Paragraph>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <div className="samla-actions">
            <Button type="button" data-color="danger" loading={remove.isPending}
              onClick={() => remove.mutate(guide.id, { onSuccess: () => void navigate('/innhold/veileder', { state: { notice: t('contentGuide.guides.deleted') } }) })}>
              {t('contentGuide.guides.deleteYes')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </div>
        </Alert>
      )}
    </form>
  );
}
