import { withTenant } from '../../platform/db/database.js';
import { sortKey } from '../../platform/text/sort-key.js';
import type { ImportContext, UnitIndex } from './import-handler.js';
import { unitsForMatching } from '../organisation/batch-writes.service.js';

/** The tenant's units by sort key, read once per import: files name units, not ids. */
export async function loadUnitIndex(ctx: ImportContext): Promise<UnitIndex> {
  const units = await withTenant(ctx.db, ctx.actor.tenantId, (trx) => unitsForMatching(trx));
  return new Map(units.map((u) => [u.sort_key, { id: u.id, archived: u.archived_at !== null }]));
}

/** An archived unit takes no new staff or children. */
export function resolveUnit(units: UnitIndex, name: string): { id?: string; problem?: 'unknown_unit' | 'unit_archived' } {
  const unit = units.get(sortKey(name));
  if (!unit) return { problem: 'unknown_unit' };
  if (unit.archived) return { problem: 'unit_archived' };
  return { id: unit.id };
}
