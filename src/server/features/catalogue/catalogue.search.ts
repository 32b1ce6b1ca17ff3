/**
 * The prefix fallback of catalogue search: when the norwegian websearch query finds nothing
 * (a word typed half-way, «helsesyk»), each whole word becomes a prefix term, all required.
 * Only letters and digits pass, so what the user typed never becomes tsquery syntax.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 8;

export function prefixQuery(q: string): string | null {
  const words = (q.toLowerCase().match(WORD) ?? []).slice(0, MAX_WORDS);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

/** Ranked results are paged by number; no results is no page. */
export function pageCount(total: number, limit: number): number {
  return Math.ceil(total / limit);
}
