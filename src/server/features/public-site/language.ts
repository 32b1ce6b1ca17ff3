import type { MainLanguage } from '../../../contracts/organisation.js';
import type { PublicLanguage } from './messages/index.js';

/** `?lang=nb|nn|en`, or null when the address names none the pages have (then the reader's browser chooses). */
export function requestedLanguage(value: unknown): PublicLanguage | null {
  return value === 'nb' || value === 'nn' || value === 'en' ? value : null;
}

/** A language tag as the pages read it: `no`/`nb`/`nb-NO` bokmål, `nn-NO` nynorsk, `en-GB` English; `*` any. */
function pageLanguageOf(tag: string): PublicLanguage | '*' | null {
  const primary = tag.toLowerCase().split('-')[0];
  if (primary === 'nb' || primary === 'no') return 'nb';
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return primary === '*' ? '*' : null;
}

/**
 * The page's language from `Accept-Language` (RFC 9110 §12.5.4): the one the reader weighs
 * highest among those the pages have, the first listed on a tie; `*` and anything the pages
 * do not have, or no header at all, is the municipality's main language. q=0 means «not this».
 */
export function negotiateLanguage(header: string | string[] | undefined, main: MainLanguage): PublicLanguage {
  const text = Array.isArray(header) ? header.join(',') : header ?? '';
  let best: { lang: PublicLanguage; q: number } | null = null;
  const refused = new Set<PublicLanguage>();
  // A header is short; a long one is cut rather than read at length.
  for (const part of text.slice(0, 1000).split(',').slice(0, 40)) {
    const [tag = '', ...params] = part.trim().split(';');
    const language = pageLanguageOf(tag.trim());
    if (!language) continue;
    const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q < 0 || q > 1) continue;
    const lang = language === '*' ? main : language;
    if (q === 0) {
      if (language !== '*') refused.add(lang);
      continue;
    }
    if (!best || q > best.q) best = { lang, q };
  }
  return best && !refused.has(best.lang) ? best.lang : main;
}
