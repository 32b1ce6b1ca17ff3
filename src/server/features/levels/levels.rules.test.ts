import { describe, expect, it } from 'vitest';
import { changedNumbers, duplicateKeyProblems, remapLevels, type LevelUse } from './levels.rules.js';

const use = (number: number, key: string, steps = 0, hasCases = false): LevelUse => ({ number, key, steps, hasCases });
const bti = [use(0, 'niva-0', 3), use(1, 'niva-1', 2, true), use(2, 'niva-2', 0, false), use(3, 'niva-3', 1, true)];
const keys = (...k: string[]) => k.map((key) => ({ key }));

describe('level model rules', () => {
  it('keys are unique', () => {
    expect(duplicateKeyProblems(keys('a-1', 'b-1', 'a-1'))).toEqual([{ path: 'levels.2.key', code: 'duplicate_key', message: 'Another level has this key' }]);
    expect(duplicateKeyProblems(keys('a-1', 'b-1'))).toEqual([]);
  });

  it('a level follows its key; the mapping wins; an unused level may go', () => {
    const r = remapLevels(bti, keys('niva-0', 'niva-1', 'niva-3'), { 'niva-3': 'niva-3' });
    expect(r.problems).toEqual([]);
    expect(r.unmapped).toEqual([]);
    expect([...r.numbers]).toEqual([[0, 0], [1, 1], [3, 2]]);
    expect(changedNumbers(r.numbers)).toEqual([[3, 2]]);
  });

  it('a level in use with nowhere to go is named', () => {
    const r = remapLevels(bti, keys('niva-0', 'niva-1', 'niva-2'), {});
    expect(r.unmapped.map((p) => [p.path, p.code])).toEqual([['mapping.niva-3', 'level_in_use']]);
  });

  it('cases never go to the concern level; steps may', () => {
    const r = remapLevels(bti, keys('x-0', 'x-1'), { 'niva-0': 'x-0', 'niva-1': 'x-0', 'niva-2': 'x-1', 'niva-3': 'x-1' });
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([['mapping.niva-1', 'cases_on_concern_level']]);
    const steps = remapLevels([use(0, 'a-0', 2), use(1, 'a-1', 4)], keys('b-0', 'b-1'), { 'a-0': 'b-1', 'a-1': 'b-0' });
    expect(steps.problems).toEqual([]);
    expect(changedNumbers(steps.numbers)).toEqual([[0, 1], [1, 0]]);
  });

  it('a mapping names levels that exist, before and after', () => {
    const r = remapLevels(bti, keys('niva-0', 'niva-1', 'niva-2', 'niva-3'), { 'niva-9': 'niva-1', 'niva-2': 'nope' });
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([['mapping.niva-9', 'unknown_level'], ['mapping.niva-2', 'unknown_level']]);
  });
});
