import { describe, expect, it } from 'vitest';
import { concernFilterFrom } from './list-filter.js';

const unitA = '00000000-0000-4000-8000-00000000000a';
const unitB = '00000000-0000-4000-8000-00000000000b';
const from = (query: string, overseen = [{ id: unitA }]) => concernFilterFrom(new URLSearchParams(query), overseen);

describe('concernFilterFrom', () => {
  it('defaults to my concerns without filters', () => {
    expect(from('')).toEqual({ scope: 'mine', unitId: undefined, status: undefined, overdue: undefined });
  });
  it('reads the unit view, a unit of mine, status and overdue', () => {
    expect(from(`visning=enhet&enhet=${unitA}&status=open&forfalt=1`)).toEqual({ scope: 'unit', unitId: unitA, status: 'open', overdue: true });
  });
  it('falls back to «mine» for someone who oversees no unit, and ignores a unit that is not theirs', () => {
    expect(from('visning=enhet', []).scope).toBe('mine');
    expect(from(`visning=enhet&enhet=${unitB}`)).toMatchObject({ scope: 'unit', unitId: undefined });
  });
  it('ignores unknown values', () => {
    expect(from('status=deleted&forfalt=yes')).toMatchObject({ status: undefined, overdue: undefined });
  });
});
