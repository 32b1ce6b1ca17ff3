import { Button, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { GuideStepDetail } from '../../../contracts/guide.js';
import { useLevels } from '../../components/levels.js';
import { choiceRule, contentLanguages, emptyChoice, type StepFormValues } from './step-form.js';


/**
 * Where the reader goes from this step: each choice has a label in each language and leads to an
 * existing step, chosen from the guide's steps grouped by level (never typed, so never mistyped).
 */
export function StepChoices(props: { form: UseFormReturn<StepFormValues>; targets: GuideStepDetail[] }) {
  const { t } = useTranslation();
  const { control, register, watch, formState: { errors } } = props.form;
  const { nameOf } = useLevels();
  const { fields, append, remove } = useFieldArray({ control, name: 'choices' });
  const kind = watch('kind');
  const max = choiceRule[kind].max;
  const rootError = errors.choices?.root?.message ?? errors.choices?.message;

  return (
    <Fieldset>
      <Fieldset.Legend><Heading level={2} data-size="xs">{t('contentGuide.step.choices')}</Heading></Fieldset.Legend>
      <Fieldset.Description>{t(`contentGuide.step.choicesHelp.${kind}`)}</Fieldset.Description>
      {rootError && <ValidationMessage id="step-choices-error" tabIndex={-1}>{rootError}</ValidationMessage>}
      {kind !== 'end' && (
        <>
          <Paragraph data-size="sm" className="samla-muted">{t('contentGuide.step.targetHelp')}</Paragraph>
          {fields.map((field, i) => {
            const n = i + 1;
            const choiceErrors = errors.choices?.[i];
            return (
              <Fieldset key={field.id} className="samla-guide-choice">
                <Fieldset.Legend>{t('contentGuide.step.choiceN', { n })}</Fieldset.Legend>
                <div className="samla-guide-choice-labels">
                  {contentLanguages.map((lang) => (
                    <Textfield
                      key={lang}
                      label={t('contentGuide.step.label', { language: t(`contentGuide.languageNames.${lang}`) })}
                      required={lang === 'nb'}
                      autoComplete="off"
                      lang={lang}
                      {...register(`choices.${i}.label.${lang}`, {
                        validate: lang === 'nb' ? (v) => v.trim().length > 0 || t('contentGuide.problems.label_nb_needed') : undefined,
                      })}
                      error={choiceErrors?.label?.[lang]?.message}
                    />
                  ))}
                </div>
                <Field>
                  <Label>{t('contentGuide.step.to')}</Label>
                  <Select
                    aria-required="true"
                    aria-invalid={choiceErrors?.to ? true : undefined}
                    {...register(`choices.${i}.to`, { validate: (v) => v !== '' || t('contentGuide.problems.target_needed') })}
                  >
                    <Select.Option value="">{t('contentGuide.step.chooseStep')}</Select.Option>
                    {[...new Set(props.targets.map((s) => s.level))].sort((a, b) => a - b).map((level) => {
                      const onLevel = props.targets.filter((s) => s.level === level);
                      if (onLevel.length === 0) return null;
                      return (
                        <Select.Optgroup key={level} label={nameOf(level).name}>
                          {onLevel.map((s) => (
                            <Select.Option key={s.id} value={s.key}>
                              {t('contentGuide.step.stepOption', { title: s.content.nb.title, kind: t(`contentGuide.kinds.${s.kind}`) })}
                            </Select.Option>
                          ))}
                        </Select.Optgroup>
                      );
                    })}
                  </Select>
                  {choiceErrors?.to && <ValidationMessage>{choiceErrors.to.message}</ValidationMessage>}
                </Field>
                <div>
                  <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)}>
                    {t('contentGuide.step.removeChoice', { n })}
                  </Button>
                </div>
              </Fieldset>
            );
          })}
          {fields.length < max ? (
            <div>
              <Button type="button" variant="secondary" onClick={() => append(emptyChoice(), { shouldFocus: true })}>
                {t('contentGuide.step.addChoice')}
              </Button>
            </div>
          ) : (
            <Paragraph data-size="sm">{t('contentGuide.step.maxChoices')}</Paragraph>
          )}
        </>
      )}
    </Fieldset>
  );
}
