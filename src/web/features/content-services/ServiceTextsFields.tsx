import { Button, Heading, Paragraph, Tabs, Textfield } from '@digdir/designsystemet-react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../contracts/content.js';
import { isBlank, languages, requiredTextFields, textMax, type ServiceFormValues, type TextField } from './form-values.js';

const rows: Record<TextField, number> = { name: 1, summary: 2, whoWeAre: 5, whatWeOffer: 6, targetGroup: 3, howToGetHelp: 4, openingHours: 2, costText: 2 };

/**
 * The texts in bokmål (required) and, in their own tabs, nynorsk and English. A translation
 * counts once anything is written in it; then its required fields must be filled in too.
 */
export function ServiceTextsFields(props: {
  form: UseFormReturn<ServiceFormValues>;
  tab: ContentLanguage;
  onTab: (tab: ContentLanguage) => void;
}) {
  const { t } = useTranslation();
  const { formState: { errors }, watch } = props.form;
  const content = watch('content');

  const tabLabel = (lang: ContentLanguage) => {
    const language = t(`contentServices.texts.${lang}`);
    if (errors.content?.[lang]) return t('contentServices.texts.hasErrors', { language });
    if (lang !== 'nb' && isBlank(content[lang])) return t('contentServices.texts.missing', { language });
    return language;
  };

  return (
    <section aria-labelledby="service-texts" className="samla-stack">
      <Heading level={2} data-size="sm" id="service-texts">{t('contentServices.texts.title')}</Heading>
      <Paragraph>{t('contentServices.texts.intro')}</Paragraph>
      <Paragraph data-size="sm" className="samla-muted">{t('contentServices.texts.markdownHelp')}</Paragraph>
      <Tabs value={props.tab} onChange={(v) => props.onTab(v as ContentLanguage)}>
        <Tabs.List aria-label={t('contentServices.texts.languages')} className="samla-content-tabs">
          {languages.map((lang) => <Tabs.Tab key={lang} value={lang}>{tabLabel(lang)}</Tabs.Tab>)}
        </Tabs.List>
        {languages.map((lang) => (
          <Tabs.Panel key={lang} value={lang} className="samla-content-texts">
            <LanguageFields form={props.form} lang={lang} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </section>
  );
}

function LanguageFields({ form, lang }: { form: UseFormReturn<ServiceFormValues>; lang: ContentLanguage }) {
  const { t } = useTranslation();
  const { register, getValues, setValue, formState: { errors } } = form;
  const translation = lang !== 'nb';
  const blank = translation && isBlank(form.watch(`content.${lang}`));

  const rules = (field: TextField) => ({
    validate: (value: string) => {
      if (value.trim().length > textMax[field]) return t('contentServices.errors.too_long', { max: textMax[field] });
      if (!requiredTextFields.includes(field) || value.trim() !== '') return true;
      // A translation nobody started is fine: readers get bokmål.
      if (translation && isBlank(getValues(`content.${lang}`))) return true;
      return t('contentServices.errors.required');
    },
  });
  const clear = () => {
    for (const field of Object.keys(textMax) as TextField[]) setValue(`content.${lang}.${field}`, '', { shouldDirty: true });
    form.clearErrors(`content.${lang}`);
  };

  return (
    <div className="samla-form samla-content-language">
      {translation && (
        <div className="samla-stack">
          <Paragraph data-size="sm">{t('contentServices.texts.translationHelp')}</Paragraph>
          {!blank && (
            <Button type="button" variant="tertiary" data-size="sm" onClick={clear}>{t('contentServices.texts.clearTranslation')}</Button>
          )}
        </div>
      )}
      {(Object.keys(textMax) as TextField[]).map((field) => {
        const required = !translation && requiredTextFields.includes(field);
        const help = field === 'summary' ? t('contentServices.texts.summaryHelp')
          : field === 'howToGetHelp' ? t('contentServices.texts.howToGetHelpHelp')
            : field === 'openingHours' ? t('contentServices.texts.openingHoursHelp')
              : field === 'costText' ? t('contentServices.texts.costTextHelp') : undefined;
        const common = {
          label: t(`contentServices.texts.${field}`),
          description: help,
          lang,
          required,
          error: errors.content?.[lang]?.[field]?.message,
          ...register(`content.${lang}.${field}`, rules(field)),
        };
        // Short fields stop at their limit; long texts say so instead, so a paste is never cut silently.
        const maxLength = field === 'name' || field === 'summary' ? textMax[field] : undefined;
        return rows[field] === 1
          ? <Textfield key={field} {...common} maxLength={maxLength} autoComplete="off" />
          : <Textfield key={field} {...common} maxLength={maxLength} multiline rows={rows[field]} />;
      })}
    </div>
  );
}
