import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { en } from './en.js';

export const languages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'samla.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language this browser's user chose (LanguageSwitch), or null while they have chosen none. */
function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'nb';
}

/** The BCP 47 locale for dates and numbers in the chosen language. */
export function locale(language: string): string {
  if (language === 'en') return 'en-GB';
  // Some browsers ship without nynorsk locale data and would fall back to American formats;
  // bokmål writes dates and numbers the same way.
  if (language === 'nn' && Intl.DateTimeFormat.supportedLocalesOf('nn-NO').length > 0) return 'nn-NO';
  return 'nb-NO';
}

type FeatureMessages = Record<Language, object>;
const waiting = new Map<string, FeatureMessages>();
let ready = false;

function register(name: string, messages: FeatureMessages): void {
  // Deep: a feature's messages may join a few of its own that the app carries from the start (catalogue.fromCase).
  for (const lng of languages) i18n.addResourceBundle(lng, 'translation', { [name]: messages[lng] }, true, true);
}

/**
 * A feature's messages in all three languages (featureMessages), registered as the feature's
 * pages load instead of with the app: each message file calls this when it is imported, and the
 * pages that use its keys import it (checked by lazy-messages.test.ts). Types come from types.ts.
 */
export function addFeatureMessages(name: string, messages: FeatureMessages): void {
  if (ready) register(name, messages);
  else waiting.set(name, messages);
}

export async function initI18n(): Promise<void> {
  // Bokmål until the session names the municipality's main language (followMainLanguage).
  const lng = storedLanguage() ?? 'nb';
  document.documentElement.lang = lng;
  await i18n.use(initReactI18next).init({
    resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
    lng,
    fallbackLng: 'nb',
    interpolation: { escapeValue: false }, // React escapes
  });
  ready = true;
  for (const [name, messages] of waiting) register(name, messages);
  waiting.clear();
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
}

/** The user's own choice: kept in this browser, and from then on it wins over the municipality's main language. */
export function changeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  void i18n.changeLanguage(language);
}

/**
 * The municipality's main language (bokmål or nynorsk, from the session) as the app's language
 * while the user has chosen none; not stored, so a later change of the main language is followed.
 */
export function followMainLanguage(main: Language): void {
  if (storedLanguage() === null && i18n.language !== main) void i18n.changeLanguage(main);
}
