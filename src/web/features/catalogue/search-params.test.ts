import { describe, expect, it } from 'vitest';
import { pageWindow } from './CataloguePagination.js';
import { paramsFrom, searchFrom } from './search-params.js';

describe('searchFrom', () => {
  it('reads the filters from the address and the text from the caller', () => {
    const s = searchFrom(new URLSearchParams('alder=9&behov=bullying&behov=mental_health&type=health&side=2'), ' angst ');
    expect(s).toEqual({
      q: 'angst', age: 9, needs: ['bullying', 'mental_health'], type: 'health', referrers: [], targetGroups: [], free: false, dropIn: false, page: 2,
    });
    const more = searchFrom(new URLSearchParams('henviser=doctor&henviser=self&gruppe=pregnant&gratis=1&dropin=1&alder=25'), '');
    expect(more).toMatchObject({ referrers: ['doctor', 'self'], targetGroups: ['pregnant'], free: true, dropIn: true, age: 25 });
    expect(paramsFrom(more).toString()).toBe('alder=25&henviser=doctor&henviser=self&gruppe=pregnant&gratis=1&dropin=1');
  });

  it('ignores what it does not know instead of failing', () => {
    const s = searchFrom(new URLSearchParams('alder=99&behov=x&behov=bullying&behov=bullying&type=pizza&side=-1&q=name'), '');
    expect(s).toEqual({ q: '', age: undefined, needs: ['bullying'], type: undefined, referrers: [], targetGroups: [], free: false, dropIn: false, page: 1 });
    expect(searchFrom(new URLSearchParams('henviser=naboen&gruppe=katter&gratis=ja'), '')).toMatchObject({ referrers: [], targetGroups: [], free: false });
  });

  it('reads ages and pages written in digits only: empty is no age, hex and decimals are ignored', () => {
    const age = (value: string) => searchFrom(new URLSearchParams(value), '').age;
    expect(age('alder=')).toBeUndefined();
    expect(age('alder=%20')).toBeUndefined();
    expect(age('alder=0x10')).toBeUndefined();
    expect(age('alder=1e1')).toBeUndefined();
    expect(age('alder=9.0')).toBeUndefined();
    expect(age('alder=+9')).toBeUndefined();
    expect(age('alder=0')).toBe(0);
    expect(age('alder=09')).toBe(9);
    expect(age('alder=25')).toBe(25);
    expect(age('alder=26')).toBeUndefined();
    expect(searchFrom(new URLSearchParams('side=0x2'), '').page).toBe(1);
    expect(searchFrom(new URLSearchParams('side=%20'), '').page).toBe(1);
    expect(searchFrom(new URLSearchParams('side=3'), '').page).toBe(3);
  });

  it('writes the filters back without the text or the first page', () => {
    const params = paramsFrom({ age: 0, needs: ['bullying'], type: undefined, referrers: [], targetGroups: [], free: false, dropIn: false, page: 1 });
    expect(params.toString()).toBe('alder=0&behov=bullying');
  });
});

describe('pageWindow', () => {
  it('shows the first, the last and the neighbours, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    // A gap of one page shows the page instead.
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
  });
});
