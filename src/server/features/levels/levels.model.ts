import type { Executor } from '../../platform/db/database.js';
import { validationError } from '../../platform/http/errors.js';
import type { Level } from '../../../contracts/levels.js';
import { defaultLevels } from './default-levels.js';
import * as repo from './levels.repository.js';

/*
 * Reading the tenant's level model inside another feature's transaction: cases, concerns and the
 * guide check a level against it, and the pages that show a level name it by it.
 */
type StoredLevel = Omit<Level, 'number'>;

export const numbered = (stored: readonly StoredLevel[]): Level[] => stored.map((l, number) => ({ number, key: l.key, content: l.content }));

/** The tenant's levels in order (BTI's default 0–3 until it sets its own), inside the caller's transaction. */
export async function levelsOf(trx: Executor, tenantId: string, lock?: 'share'): Promise<{ levels: Level[]; isDefault: boolean }> {
  const stored = (await repo.storedModel(trx, tenantId, lock)) as StoredLevel[] | null;
  return stored ? { levels: numbered(stored), isDefault: false } : { levels: defaultLevels, isDefault: true };
}

/**
 * A level given in a request must be one of the tenant's: any level for a guide step, a level
 * after the first (the concern's) for a case. 400 on `path` otherwise.
 */
export async function requireLevel(trx: Executor, tenantId: string, level: number, path: string, use: 'step' | 'case'): Promise<void> {
  // Shared lock on the model until the caller commits: a replacement of the model waits, and then
  // sees (and maps) the level this transaction puts a case on.
  const { levels } = await levelsOf(trx, tenantId, 'share');
  if (level >= levels.length || (use === 'case' && level < 1)) {
    throw validationError([{ path, code: 'unknown_level', message: `The municipality's levels are 0–${levels.length - 1}${use === 'case' ? ', and cases are on 1 or above' : ''}` }]);
  }
}

