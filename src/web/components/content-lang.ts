import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../contracts/content.js';
import { useAuthenticatedSession } from '../api/session.js';

/** The language the municipality writes its main texts in (the session's), bokmål until it is known. */
export function useMainLanguage(): 'nb' | 'nn' {
  return useAuthenticatedSession()?.user?.tenant.mainLanguage ?? 'nb';
}

/**
 * The language a text is really in, from the field a view says it came from: services' and guide
 * steps' main text is stored under `nb` and is written in the main language (as the server's
 * organisation/main-language.ts says), so a nynorsk municipality's main text is "nn".
 */
export function useTextLang(): (field: ContentLanguage) => ContentLanguage {
  const main = useMainLanguage();
  return (field) => (field === 'nb' ? main : field);
}

/**
 * The `lang` of a municipality's main text where it has no translation (a step's title in the
 * editors' lists, a service's main name): the main language where the page is in another, so
 * that a screen reader reads it right (WCAG 3.1.2); nothing where the page is in it already.
 */
export function useMainTextLang(): 'nb' | 'nn' | undefined {
  const { i18n } = useTranslation();
  const main = useMainLanguage();
  return i18n.language === main ? undefined : main;
}

/** The earlier name, from when every municipality wrote bokmål. */
export const useBokmalLang = useMainTextLang;
