import { describe, expect, it } from 'vitest';
import { sortKey, searchText } from './sort-key.js';

describe('sortKey', () => {
  it('puts æ, ø, å after z in Norwegian order, and ignores case', () => {
    const names = ['Åse', 'Øystein', 'Zara', 'Ærlig', 'anna', 'Émile', 'Bjørn'];
    const sorted = [...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    expect(sorted).toEqual(['anna', 'Bjørn', 'Émile', 'Zara', 'Ærlig', 'Øystein', 'Åse']);
  });
  it('folds accents and whitespace', () => {
    expect(sortKey('  Émile   Zola ')).toBe('emile zola');
    expect(searchText(' Kari  NORDMANN ')).toBe('kari nordmann');
  });
});
