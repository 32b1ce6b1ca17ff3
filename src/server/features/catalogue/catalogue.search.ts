/**
 * The prefix fallback of catalogue search: when the full-text query finds nothing (a word typed
 * half-way, «helsesyk»), each whole word of at least three letters becomes a prefix term and a
 * shorter one stays a whole word, all required; a text without such a word gets no fallback,
 * since one or two letters as prefixes match nearly everything («a'b» found 23 services).
 * Only letters and digits pass, so what the user typed never becomes tsquery syntax. A text
 * with websearch operators (-word, "a phrase", or) gets none: its words as prefixes would lose
 * them, and «-barnehage» would find the very services it excludes.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 8;
const MIN_PREFIX = 3;
/** As websearch_to_tsquery reads them: a dash before a word (not inside one, «PP-tjenesten»), a quote, the word or. */
const OPERATOR = /(^|\s)-|"|(^|\s)or(?=\s|$)/i;

/** Does the text use websearch operators: then it is read as one Norwegian websearch query, not word by word. */
export const hasOperators = (q: string) => OPERATOR.test(q);

export function prefixQuery(q: string): string | null {
  if (OPERATOR.test(q)) return null;
  const words = (q.toLowerCase().match(WORD) ?? []).slice(0, MAX_WORDS);
  if (!words.some((w) => [...w].length >= MIN_PREFIX)) return null;
  return words.map((w) => ([...w].length >= MIN_PREFIX ? `${w}:*` : w)).join(' & ');
}

/** Ranked results are paged by number; no results is no page. */
export function pageCount(total: number, limit: number): number {
  return Math.ceil(total / limit);
}
