/**
 * The prefix fallback of catalogue search: when the norwegian websearch query finds nothing
 * (a word typed half-way, «helsesyk»), each whole word becomes a prefix term, all required.
 * Only letters and digits pass, so what the user typed never becomes tsquery syntax. A text
 * with websearch operators (-word, "a phrase", or) gets none: its words as prefixes would lose
 * them, and «-barnehage» would find the very services it excludes.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 8;
/** As websearch_to_tsquery reads them: a dash before a word (not inside one, «PP-tjenesten»), a quote, the word or. */
const OPERATOR = /(^|\s)-|"|(^|\s)or(?=\s|$)/i;

export function prefixQuery(q: string): string | null {
  if (OPERATOR.test(q)) return null;
  const words = (q.toLowerCase().match(WORD) ?? []).slice(0, MAX_WORDS);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

/** Ranked results are paged by number; no results is no page. */
export function pageCount(total: number, limit: number): number {
  return Math.ceil(total / limit);
}
