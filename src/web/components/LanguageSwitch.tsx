import { useEffect, useState } from 'react';
import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages, type Language } from '../i18n/index.js';

/** Each language is named in itself, so anyone can find their own. */
const names: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
const isLanguage = (v: string): v is Language => (languages as readonly string[]).includes(v);

/**
 * Choose, then apply (WCAG 3.2.2 «On input»): moving through the options with the arrow keys changes
 * nothing; the page changes language only when the button (or Enter in the form) applies the choice.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = currentLanguage();
  const [chosen, setChosen] = useState<Language>(current);
  // The language may change elsewhere (another tab's choice at the next load, a login): follow it.
  useEffect(() => setChosen(current), [current]);

  return (
    <form
      className="samla-language"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen !== current) changeLanguage(chosen);
      }}
    >
      <Field>
        <Label>{t('header.language')}</Label>
        <Select
          width="auto"
          data-size="sm"
          value={chosen}
          onChange={(e) => {
            if (isLanguage(e.target.value)) setChosen(e.target.value);
          }}
        >
          {languages.map((l) => (
            <Select.Option key={l} value={l} lang={l}>
              {names[l]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" data-size="sm">
        {t('header.applyLanguage')}
      </Button>
    </form>
  );
}
