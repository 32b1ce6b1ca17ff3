import { describe, expect, it } from 'vitest';
import { ownerOptions } from './owner-options.js';

const randi = { id: 'a', name: 'Randi Kvam' };
const arne = { id: 'b', name: 'Arne Aas' };
const gone = { id: 'c', name: 'Siri Sluttet' };

describe('ownerOptions', () => {
  it('offers the coordinators in the server\'s order', () => {
    expect(ownerOptions([arne, randi], randi, arne)).toEqual([{ ...arne, former: false }, { ...randi, former: false }]);
  });
  it('keeps an owner who is no longer a coordinator, marked, after them', () => {
    expect(ownerOptions([arne, randi], randi, gone)).toEqual([{ ...arne, former: false }, { ...randi, former: false }, { ...gone, former: true }]);
  });
  it('shows the user and the owner until the coordinators are read (or when they cannot be)', () => {
    expect(ownerOptions(undefined, randi, gone)).toEqual([{ ...randi, former: false }, { ...gone, former: false }]);
    expect(ownerOptions(undefined, randi, randi)).toEqual([{ ...randi, former: false }]);
    expect(ownerOptions(undefined, null, null)).toEqual([]);
  });
});
