import { useTranslation } from 'react-i18next';

/**
 * The `lang` of a text that exists in bokmål only (a step's title in the editors' lists, a
 * service's bokmål name): "nb" where the page is in nynorsk or English, so that a screen reader
 * reads it as Norwegian (WCAG 3.1.2); nothing where the page is bokmål already.
 */
export function useBokmalLang(): 'nb' | undefined {
  const { i18n } = useTranslation();
  return i18n.language === 'nb' ? undefined : 'nb';
}
