import type { FieldProblem } from '../../platform/http/errors.js';

/**
 * The rules of replacing a level model, pure so that each is tested on its own
 * (levels.rules.test.ts) as well as through the API.
 */
export interface LevelUse {
  number: number;
  key: string;
  /** guide steps on the level */
  steps: number;
  /** any case (open or closed) on the level */
  hasCases: boolean;
}

/** Keys are unique in a model: the mapping and the public pages name levels by them. */
export function duplicateKeyProblems(levels: readonly { key: string }[]): FieldProblem[] {
  const seen = new Set<string>();
  return levels.flatMap((l, i) => {
    const taken = seen.has(l.key);
    seen.add(l.key);
    return taken ? [{ path: `levels.${i}.key`, code: 'duplicate_key', message: 'Another level has this key' }] : [];
  });
}

export interface Remap {
  /** old number → new number, for every old level that has somewhere to go */
  numbers: Map<number, number>;
  /** bad requests (400): a mapping that names no old or no new level, or puts cases on the concern level */
  problems: FieldProblem[];
  /** old levels in use with nowhere to go (409 level_in_use) */
  unmapped: FieldProblem[];
}

/**
 * Where each old level goes in the new model: where the mapping says, else to the level with the
 * same key. A level in use (steps or cases) must go somewhere; a level with cases must go to a
 * case level, never to the first one, which is the concern's.
 */
export function remapLevels(old: readonly LevelUse[], next: readonly { key: string }[], mapping: Readonly<Record<string, string>>): Remap {
  const newNumber = new Map(next.map((l, i) => [l.key, i]));
  const oldKeys = new Set(old.map((l) => l.key));
  const problems: FieldProblem[] = [];
  for (const [from, to] of Object.entries(mapping)) {
    const path = `mapping.${from}`;
    if (!oldKeys.has(from)) problems.push({ path, code: 'unknown_level', message: 'The present model has no level with this key' });
    else if (!newNumber.has(to)) problems.push({ path, code: 'unknown_level', message: 'The new model has no level with this key' });
  }
  const numbers = new Map<number, number>();
  const unmapped: FieldProblem[] = [];
  for (const l of old) {
    const path = `mapping.${l.key}`;
    // Own keys only: a level keyed «constructor» must not find Object.prototype's.
    const target = newNumber.get(Object.hasOwn(mapping, l.key) ? mapping[l.key]! : l.key);
    if (target === undefined) {
      if (l.steps > 0 || l.hasCases) {
        unmapped.push({ path, code: 'level_in_use', message: `Level «${l.key}» is in use by ${l.hasCases ? 'cases' : 'guide steps'}; say which new level it becomes` });
      }
      continue;
    }
    if (l.hasCases && target === 0) {
      problems.push({ path, code: 'cases_on_concern_level', message: 'Cases cannot move to the first level, which is the concern\'s' });
    }
    numbers.set(l.number, target);
  }
  return { numbers, problems, unmapped };
}

/** The old numbers whose level changes number, as [from, to]. */
export const changedNumbers = (numbers: ReadonlyMap<number, number>): [number, number][] =>
  [...numbers].filter(([from, to]) => from !== to);
