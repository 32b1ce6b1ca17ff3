import '../../i18n/features/content-guide.js';
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Details, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useFieldArray, useForm, type UseFormRegister, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LevelModelEditor, LevelModelInput } from '../../../contracts/levels.js';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { Loading } from '../../components/Loading.js';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useLevelEditor, useSaveLevels } from './api.js';
import { GuidePage } from './GuidePage.js';
import { fromFormValues, mappingNeeded, newLevel, toFormValues, type LevelFormValues } from './level-form.js';

const languages = ['nb', 'nn', 'en'] as const;
type ProblemCode = 'level_in_use' | 'cases_on_concern_level' | 'duplicate_key' | 'unknown_level';
const knownProblem = (code: string): code is ProblemCode => ['level_in_use', 'cases_on_concern_level', 'duplicate_key', 'unknown_level'].includes(code);

/** /innhold/nivaer — the municipality's levels: how many, what they are called, in each language. */
export function LevelModelPage() {
  const { t } = useTranslation();
  usePageTitle(t('contentGuide.levelModel.title'));
  const editor = useLevelEditor();
  const [saved, setSaved] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The form is made anew from the saved model (its key), so the notice lives here.
  useEffect(() => {
    if (saved) noticeRef.current?.focus();
  }, [saved]);
  if (isNotFound(editor.error)) return <NotFoundOrNoAccess />;
  return (
    <GuidePage>
      <Heading level={1} data-size="lg">{t('contentGuide.levelModel.title')}</Heading>
      <Paragraph>{t('contentGuide.levelModel.intro')}</Paragraph>
      {saved && (
        <Alert data-color="success" role="status" ref={noticeRef} tabIndex={-1}><Paragraph>{t('contentGuide.levelModel.saved')}</Paragraph></Alert>
      )}
      {editor.isPending ? <Loading /> : editor.isError ? <ErrorAlert error={editor.error} /> : (
        <LevelModelForm key={editor.dataUpdatedAt} model={editor.data} onSubmit={() => setSaved(false)} onSaved={() => setSaved(true)} />
      )}
    </GuidePage>
  );
}

function LevelModelForm({ model, onSubmit: submitted, onSaved }: { model: LevelModelEditor; onSubmit: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useSaveLevels();
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [mappingTried, setMappingTried] = useState(false);
  const form = useForm<LevelFormValues>({ defaultValues: toFormValues(model.levels) });
  const { control, register, handleSubmit, watch, formState: { errors, isDirty } } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'levels' });
  const current = watch('levels');
  // After «Fjern nivået» the pressed button is gone: focus goes to the heading of the level now in its place.
  const [focusAfterRemove, setFocusAfterRemove] = useState<number | null>(null);
  useEffect(() => {
    if (focusAfterRemove === null) return;
    const field = fields[Math.min(focusAfterRemove, fields.length - 1)];
    if (field) document.getElementById(`level-${field.id}`)?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove, fields]);
  const gone = mappingNeeded(model, current.map((l) => l.key));
  const serverProblems = save.error instanceof ApiError ? save.error.fields : [];

  const onSubmit = handleSubmit((values) => {
    setMappingTried(true);
    submitted();
    if (gone.some((l) => !mapping[l.key])) return;
    const kept = Object.fromEntries(Object.entries(mapping).filter(([from, to]) => gone.some((l) => l.key === from) && values.levels.some((l) => l.key === to)));
    const body: LevelModelInput = { levels: fromFormValues(values), mapping: kept };
    save.mutate(body, {
      onSuccess: onSaved,
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="samla-form samla-stack">
      <UnsavedChangesGuard shouldBlock={() => isDirty && !save.isPending} text={t('contentGuide.levelModel.unsaved')} />
      {model.isDefault && <Alert data-color="info"><Paragraph>{t('contentGuide.levelModel.isDefault')}</Paragraph></Alert>}
      {save.isError && (serverProblems.length === 0 ? <ErrorAlert error={save.error} /> : (
        <Alert data-color="danger" role="alert">
          <ul className="samla-plain-list">
            {serverProblems.map((p) => (
              <li key={`${p.path}-${p.code}`}><Paragraph>{knownProblem(p.code) ? t(`contentGuide.levelModel.problems.${p.code}`) : p.message}</Paragraph></li>
            ))}
          </ul>
        </Alert>
      ))}
      {fields.map((field, i) => {
        const usage = model.usage.find((u) => u.key === current[i]?.key);
        const what = [
          ...(usage && usage.steps > 0 ? [t('contentGuide.levelModel.usedBySteps', { count: usage.steps })] : []),
          ...(usage?.hasCases ? [t('contentGuide.levelModel.usedByCases')] : []),
        ];
        return (
          <Card key={field.id} data-color="neutral">
            <Card.Block>
              <Fieldset>
                <Fieldset.Legend>
                  <Heading level={2} data-size="xs" id={`level-${field.id}`} tabIndex={-1}>
                    {t('contentGuide.levelModel.levelN', { n: i + 1 })} ({i === 0 ? t('contentGuide.levelModel.concernLevel') : t('contentGuide.levelModel.caseLevel')})
                  </Heading>
                </Fieldset.Legend>
                {what.length > 0 && <Fieldset.Description>{t('contentGuide.levelModel.inUse', { what: what.join(', ') })}</Fieldset.Description>}
                <LevelTexts index={i} lang="nb" register={register} errors={errors} />
                {(['nn', 'en'] as const).map((lang) => (
                  <Details key={lang}>
                    <Details.Summary>
                      {t('contentGuide.levelModel.inLanguage', { language: t(`contentGuide.languageNames.${lang}`) })} ({t('contentGuide.levelModel.optional')})
                    </Details.Summary>
                    <Details.Content><LevelTexts index={i} lang={lang} register={register} errors={errors} /></Details.Content>
                  </Details>
                ))}
                <div className="samla-actions">
                  <Button type="button" variant="tertiary" data-size="sm" disabled={i === 0} onClick={() => move(i, i - 1)}>{t('contentGuide.levelModel.moveUp')}</Button>
                  <Button type="button" variant="tertiary" data-size="sm" disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>{t('contentGuide.levelModel.moveDown')}</Button>
                  <Button type="button" variant="tertiary" data-size="sm" data-color="danger" disabled={fields.length <= 2} onClick={() => { remove(i); setFocusAfterRemove(i); }}>
                    {t('contentGuide.levelModel.remove')}
                  </Button>
                </div>
              </Fieldset>
            </Card.Block>
          </Card>
        );
      })}
      <div className="samla-actions">
        <Button type="button" variant="secondary" disabled={fields.length >= 6} onClick={() => append(newLevel(crypto.randomUUID().slice(0, 8)))}>
          {t('contentGuide.levelModel.add')}
        </Button>
      </div>
      {gone.length > 0 && (
        <Fieldset>
          <Fieldset.Legend><Heading level={2} data-size="sm">{t('contentGuide.levelModel.mappingTitle')}</Heading></Fieldset.Legend>
          <Fieldset.Description>{t('contentGuide.levelModel.mappingHelp')}</Fieldset.Description>
          {gone.map((l) => {
            const missing = mappingTried && !mapping[l.key];
            return (
              <Field key={l.key}>
                <Label>{t('contentGuide.levelModel.mappingFor', { level: l.name })}</Label>
                <Select aria-invalid={missing || undefined} value={mapping[l.key] ?? ''} onChange={(e) => setMapping({ ...mapping, [l.key]: e.target.value })}>
                  <Select.Option value="">{t('contentGuide.levelModel.chooseLevel')}</Select.Option>
                  {current.map((n, i) => (
                    <Select.Option key={n.key} value={n.key} disabled={l.hasCases && i === 0}>{n.nb.name || t('contentGuide.levelModel.levelN', { n: i + 1 })}</Select.Option>
                  ))}
                </Select>
                {missing && <ValidationMessage>{t('contentGuide.levelModel.problems.mapping_needed')}</ValidationMessage>}
              </Field>
            );
          })}
        </Fieldset>
      )}
      <div className="samla-actions">
        <Button type="submit" loading={save.isPending}>{t('contentGuide.levelModel.save')}</Button>
      </div>
    </form>
  );
}

function LevelTexts({ index, lang, register, errors }: {
  index: number; lang: (typeof languages)[number]; register: UseFormRegister<LevelFormValues>; errors: FieldErrors<LevelFormValues>;
}) {
  const { t } = useTranslation();
  const e = errors.levels?.[index]?.[lang];
  const required = lang === 'nb';
  // A translation is there once it has a name: then it needs its title too.
  const needs = (field: 'name' | 'title', code: 'name_needed' | 'title_needed') => ({
    validate: (v: string, all: LevelFormValues) => {
      const text = all.levels[index]?.[lang];
      const present = required || Boolean(text?.name.trim() || text?.title.trim());
      return !present || v.trim().length > 0 || t(`contentGuide.levelModel.problems.${code}`);
    },
  });
  return (
    <div className="samla-stack">
      <Textfield label={t('contentGuide.levelModel.name')} description={t('contentGuide.levelModel.nameHelp')} required={required} autoComplete="off" lang={lang}
        error={e?.name?.message} {...register(`levels.${index}.${lang}.name`, needs('name', 'name_needed'))} />
      <Textfield label={t('contentGuide.levelModel.shortTitle')} required={required} autoComplete="off" lang={lang}
        error={e?.title?.message} {...register(`levels.${index}.${lang}.title`, needs('title', 'title_needed'))} />
      <Textfield label={t('contentGuide.levelModel.description')} multiline rows={2} lang={lang} {...register(`levels.${index}.${lang}.description`)} />
    </div>
  );
}
