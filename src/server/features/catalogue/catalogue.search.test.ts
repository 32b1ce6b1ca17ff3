import { describe, expect, it } from 'vitest';
import { pageCount, prefixQuery } from './catalogue.search.js';

describe('catalogue prefix query', () => {
  it.each([
    ['helsesyk', 'helsesyk:*'],
    ['  Helsesyk  barneh ', 'helsesyk:* & barneh:*'],
    ['PP-tjenesten', 'pp & tjenesten:*'],
    ['«å snakke» med', 'å & snakke:* & med:*'],
    ["xx' | !yyy:* & (z)", 'xx & yyy:* & z'],
    ["x' | !y:* & (z)", null],
    ["a'b", null],
    ['13 år', null],
    ['13 årig', '13 & årig:*'],
    ['!!! ... ', null],
    ['-barnehage', null],
    ['helse -barnehage', null],
    ['"helse barn', null],
    ['helse or barn', null],
    ['Helse OR barn', null],
    ['orkester ordning', 'orkester:* & ordning:*'],
    ['barn-og-unge', 'barn:* & og & unge:*'],
    ['', null],
  ])('%j → %j', (q, expected) => {
    expect(prefixQuery(q)).toBe(expected);
  });

  it('keeps at most eight words', () => {
    expect(prefixQuery('aaa b c d e f g h i j')?.split(' & ')).toHaveLength(8);
  });

  it.each([[0, 20, 0], [1, 20, 1], [20, 20, 1], [21, 20, 2], [200, 20, 10]])('%i results of %i a page → %i pages', (total, limit, pages) => {
    expect(pageCount(total, limit)).toBe(pages);
  });
});
