import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages, type Language } from '../i18n/index.js';

/** Each language is named in itself, so anyone can find their own. */
const names: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Field className="samla-language">
      <Label>{t('header.language')}</Label>
      <Select
        width="auto"
        data-size="sm"
        value={currentLanguage()}
        onChange={(e) => changeLanguage(e.target.value as Language)}
      >
        {languages.map((l) => (
          <Select.Option key={l} value={l} lang={l}>
            {names[l]}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
