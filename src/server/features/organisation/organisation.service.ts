import { lockForTransaction } from '../../platform/db/locks.js';
import { z } from 'zod';
import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.js';
import { AppError, conflict, notFound, validationError } from '../../platform/http/errors.js';
import { sortKey } from '../../platform/text/sort-key.js';
import type { Unit, unitInput, unitListQuery, unitPatch } from '../../../contracts/organisation.js';
import { canReadUnits, requireOrganisationAdmin } from './organisation.policy.js';
import * as repo from './organisation.repository.js';

type UnitRow = NonNullable<Awaited<ReturnType<typeof repo.findUnit>>>;

export function toUnit(r: UnitRow): Unit {
  return {
    id: r.id, name: r.name, type: r.type, organisationNumber: r.organisation_number, archived: r.archived_at !== null,
    parent: r.parent_id ? { id: r.parent_id, name: r.parent_name ?? '' } : null,
  };
}

const parentProblem = (code: string, message: string) => validationError([{ path: 'parentId', code, message }]);

/**
 * A parent unit is a unit of the municipality (RLS hides the others: «unknown»), never the
 * unit itself, and never one below it — which would make a cycle. `id` null: a new unit.
 */
async function checkParent(trx: Trx, tenantId: string, id: string | null, parentId: string | null | undefined) {
  if (parentId === undefined || parentId === null) return;
  // Two changes of parents at once could each see no cycle and together make one: one at a time.
  await lockForTransaction(trx, `samla.units.parents.${tenantId}`);
  if (parentId === id) throw parentProblem('parent_self', 'A unit cannot be its own parent');
  const above = await repo.unitAncestors(trx, parentId);
  if (above.length === 0) throw parentProblem('unknown_unit', 'No such unit in the municipality');
  if (id !== null && above.includes(id)) throw parentProblem('parent_cycle', 'The parent is a department of this unit');
}

const duplicateName = () =>
  conflict('duplicate_name', 'A unit with this name already exists', [
    { path: 'name', code: 'duplicate_name', message: 'A unit with this name already exists' },
  ]);

/**
 * A unique violation that slipped past the checks (two requests at once) becomes the same
 * field-level 409 as the check gives, instead of the generic constraint answer.
 */
export async function mapUniqueViolation<T>(run: () => Promise<T>, byConstraint: Record<string, () => AppError>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const e = err as { code?: string; constraint?: string };
    const mapped = e.code === '23505' && e.constraint ? byConstraint[e.constraint] : undefined;
    throw mapped ? mapped() : err;
  }
}

export async function listUnits(db: Db, actor: Actor, query: z.output<typeof unitListQuery>) {
  if (!canReadUnits(actor)) throw notFound();
  const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
  const nameKey = query.q ? sortKey(query.q) : undefined;
  return withTenant(db, actor.tenantId, async (trx) => {
    const rows = await repo.listUnits(trx, { nameKey, type: query.type, status: query.status, after, limit: query.limit + 1 });
    const pageRows = rows.slice(0, query.limit);
    const last = pageRows[pageRows.length - 1];
    return { items: pageRows.map(toUnit), nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_key, last.id]) : null };
  });
}

export async function getUnit(db: Db, actor: Actor, id: string): Promise<Unit> {
  if (!canReadUnits(actor)) throw notFound();
  const row = await withTenant(db, actor.tenantId, (trx) => repo.findUnit(trx, id));
  if (!row) throw notFound();
  return toUnit(row);
}

export async function createUnit(db: Db, actor: Actor, input: z.output<typeof unitInput>): Promise<Unit> {
  const admin = requireOrganisationAdmin(actor);
  const key = sortKey(input.name);
  const row = await mapUniqueViolation(
    () =>
      withTenant(db, admin.tenantId, async (trx) => {
        if (await repo.findUnitIdBySortKey(trx, key)) throw duplicateName();
        await checkParent(trx, admin.tenantId, null, input.parentId);
        const unit = await repo.insertUnit(trx, {
          tenantId: admin.tenantId, name: input.name, sortKey: key, type: input.type, organisationNumber: input.organisationNumber ?? null,
          parentId: input.parentId ?? null,
        });
        await appendAudit(trx, admin, [{ action: 'unit.create', entityType: 'unit', entityId: unit.id }]);
        return unit;
      }),
    { units_tenant_id_name_key: duplicateName },
  );
  return toUnit(row);
}

export async function patchUnit(db: Db, actor: Actor, id: string, patch: z.output<typeof unitPatch>): Promise<Unit> {
  const admin = requireOrganisationAdmin(actor);
  const row = await mapUniqueViolation(
    () =>
      withTenant(db, admin.tenantId, async (trx) => {
        const key = patch.name !== undefined ? sortKey(patch.name) : undefined;
        if (key !== undefined && (await repo.findUnitIdBySortKey(trx, key, id))) throw duplicateName();
        await checkParent(trx, admin.tenantId, id, patch.parentId);
        const updated = await repo.updateUnit(trx, id, {
          name: patch.name, sortKey: key, type: patch.type, organisationNumber: patch.organisationNumber, archived: patch.archived,
          parentId: patch.parentId,
        });
        if (!updated) throw notFound();
        const action = patch.archived === true ? 'unit.archive' : patch.archived === false ? 'unit.unarchive' : 'unit.update';
        await appendAudit(trx, admin, [{ action, entityType: 'unit', entityId: id }]);
        return updated;
      }),
    { units_tenant_id_name_key: duplicateName },
  );
  return toUnit(row);
}
