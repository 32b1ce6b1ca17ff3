/**
 * A sort key for Norwegian names that orders right under any collation (PGlite's is C):
 * case and accents folded, and æ, ø, å placed after z in that order. The app computes it,
 * so that paginated SQL can order by a plain text column.
 */
const NORWEGIAN_LAST: Record<string, string> = { æ: '{a', ä: '{a', ø: '{b', ö: '{b', å: '{c' };

export function sortKey(...parts: (string | null | undefined)[]): string {
  const text = parts.filter(Boolean).join(' ').toLowerCase().trim().replace(/\s+/g, ' ');
  let out = '';
  for (const ch of text) {
    const mapped = NORWEGIAN_LAST[ch];
    if (mapped) {
      out += mapped;
      continue;
    }
    out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return out;
}

/** Lowercased, whitespace-collapsed text for substring search; keeps æøå as they are. */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** A LIKE pattern that finds `s` anywhere, with LIKE's own wildcards in `s` taken literally. */
export function containsPattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
