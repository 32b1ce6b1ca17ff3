import type { ContentLanguage } from '../../../contracts/content.js';
import type { MainLanguage } from '../../../contracts/organisation.js';
import { textLanguage } from '../organisation/main-language.js';
import { messages, type Messages, type PublicLanguage } from './messages/index.js';
import { publicUrls, type PublicUrls } from './urls.js';

export interface PublicTenant {
  id: string;
  slug: string;
  name: string;
  accessibilityStatementUrl: string | null;
  /** bokmål or nynorsk: what the pages default to and the main texts are written in */
  mainLanguage: MainLanguage;
}

/** What every page needs to render its frame: the municipality (if known), the language, its links. */
export interface PageContext {
  lang: PublicLanguage;
  m: Messages;
  tenant: PublicTenant | null;
  urls: PublicUrls | null;
  cssHref: string;
  /** absolute origin for canonical links, without a trailing slash */
  origin: string;
  /** the request's path and query, for language links and the canonical address */
  path: string;
  query: Record<string, unknown>;
  /** the municipality's (bokmål without one): the language of the address without `?lang` */
  mainLanguage: MainLanguage;
  /** the address named the language (`?lang=`); else the reader's browser chose it (Accept-Language) */
  languageInAddress: boolean;
  /** the language a text is really in, from the field its view says it came from (organisation/main-language) */
  textLang(field: ContentLanguage): ContentLanguage;
  /** `lang` for a text from a main-text field (services, guide steps): its real language when that is not the page's */
  langAttr(field: ContentLanguage): ContentLanguage | undefined;
  /** `lang` for a text whose language is known (a library version): that language when it is not the page's */
  langIfOther(language: ContentLanguage): ContentLanguage | undefined;
}

export function pageContext(v: Omit<PageContext, 'm' | 'urls' | 'mainLanguage' | 'textLang' | 'langAttr' | 'langIfOther'>): PageContext {
  const mainLanguage = v.tenant?.mainLanguage ?? 'nb';
  // Links carry `?lang=` unless the page is in the main language and the address did not name it:
  // a reader who chose the main language keeps it even where the browser asks for another.
  const carryLanguage = v.lang !== mainLanguage || v.languageInAddress;
  const textLang = (field: ContentLanguage) => textLanguage(field, mainLanguage);
  const langIfOther = (language: ContentLanguage) => (language === v.lang ? undefined : language);
  return {
    ...v,
    mainLanguage,
    m: messages(v.lang),
    urls: v.tenant ? publicUrls(v.tenant.slug, v.lang, carryLanguage) : null,
    textLang,
    langAttr: (field) => langIfOther(textLang(field)),
    langIfOther,
  };
}

const dateFormats: Record<PublicLanguage, Intl.DateTimeFormat> = {
  nb: new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long' }),
  nn: new Intl.DateTimeFormat('nn-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', dateStyle: 'long' }),
};

const sizeFormats: Record<PublicLanguage, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }),
  nn: new Intl.NumberFormat('nn-NO', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** «48 kB», «1,2 MB»: how much a download weighs, for people on a phone's data plan. */
export function formatFileSize(lang: PublicLanguage, bytes: number): string {
  if (bytes < 1000 * 1000) return `${sizeFormats[lang].format(Math.max(1, Math.round(bytes / 1000)))} kB`;
  return `${sizeFormats[lang].format(bytes / 1000 / 1000)} MB`;
}

/** «12. mars 2026» in Norway's calendar, in the page's language. */
export function formatDate(lang: PublicLanguage, iso: string): string {
  return dateFormats[lang].format(new Date(iso));
}

/** A municipality's own statement address is linked only when it is a plain web address. */
export function externalStatementUrl(tenant: PublicTenant | null): string | null {
  const url = tenant?.accessibilityStatementUrl;
  return url && /^https?:\/\/[^\s"<>]+$/i.test(url) ? url : null;
}
