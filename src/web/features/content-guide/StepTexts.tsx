import { Fieldset, Heading, Paragraph, Tabs, Textfield } from '@digdir/designsystemet-react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contentLanguages, isTranslated, type Language, type StepFormValues } from './step-form.js';

/**
 * Title, body and who in bokmål and, optionally, nynorsk and English: one tab per language. The
 * panels stay in the page when hidden, so every language is sent; `tab` is lifted so that a
 * problem in a hidden language can bring its tab forward.
 */
export function StepTexts(props: {
  form: UseFormReturn<StepFormValues>;
  tab: Language;
  onTab: (tab: Language) => void;
  onTitleBlur: () => void;
}) {
  const { t } = useTranslation();
  const { register, watch, formState: { errors } } = props.form;
  const content = watch('content');
  /** Which tab holds problems, and which language is not written, is said in the tab itself. */
  const tabLabel = (lang: Language) => {
    const language = t(`contentGuide.step.languages.${lang}`);
    if (errors.content?.[lang]) return t('contentGuide.step.tabHasProblems', { language });
    if (lang === 'nb' || isTranslated(content[lang])) return language;
    return t('contentGuide.step.tabNotTranslated', { language });
  };

  return (
    <Fieldset>
      <Fieldset.Legend><Heading level={2} data-size="xs">{t('contentGuide.step.texts')}</Heading></Fieldset.Legend>
      <Fieldset.Description>{t('contentGuide.step.translationHelp')}</Fieldset.Description>
      <Tabs value={props.tab} onChange={(v) => props.onTab(v as Language)}>
        <Tabs.List aria-label={t('contentGuide.step.languagesLabel')} className="samla-guide-tabs">
          {contentLanguages.map((lang) => (
            <Tabs.Tab key={lang} value={lang}>{tabLabel(lang)}</Tabs.Tab>
          ))}
        </Tabs.List>
        {contentLanguages.map((lang) => {
          const required = lang === 'nb';
          const fieldErrors = errors.content?.[lang];
          return (
            <Tabs.Panel key={lang} value={lang} className="samla-guide-tab-panel">
              {!required && <Paragraph data-size="sm" className="samla-muted">{t('contentGuide.step.optionalLanguage')}</Paragraph>}
              <Textfield
                label={t('contentGuide.step.title')}
                required={required}
                autoComplete="off"
                lang={lang}
                {...register(`content.${lang}.title`, {
                  validate: required ? (v) => v.trim().length >= 2 || t('contentGuide.problems.title_short') : undefined,
                  onBlur: required ? props.onTitleBlur : undefined,
                })}
                error={fieldErrors?.title?.message}
              />
              <Textfield
                multiline
                rows={8}
                label={t('contentGuide.step.body')}
                description={t('contentGuide.step.bodyHelp')}
                lang={lang}
                {...register(`content.${lang}.body`)}
                error={fieldErrors?.body?.message}
              />
              <Textfield
                multiline
                rows={5}
                label={t('contentGuide.step.how')}
                description={t('contentGuide.step.howHelp')}
                lang={lang}
                {...register(`content.${lang}.how`)}
                error={fieldErrors?.how?.message}
              />
              <Textfield
                label={t('contentGuide.step.who')}
                description={t('contentGuide.step.whoHelp')}
                autoComplete="off"
                lang={lang}
                {...register(`content.${lang}.who`)}
                error={fieldErrors?.who?.message}
              />
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Fieldset>
  );
}
