import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.js';
import { AppError, conflict, notFound } from '../../platform/http/errors.js';
import { sortKey } from '../../platform/text/sort-key.js';
import type { Unit, unitInput, unitListQuery, unitPatch } from '../../../contracts/organisation.js';
import { canReadUnits, requireOrganisationAdmin } from './organisation.policy.js';
import * as repo from './organisation.repository.js';

type UnitRow = NonNullable<Awaited<ReturnType<typeof repo.findUnit>>>;

export function toUnit(r: UnitRow): Unit {
  return { id: r.id, name: r.name, type: r.type, organisationNumber: r.organisation_number, archived: r.archived_at !== null };
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
        const unit = await repo.insertUnit(trx, {
          tenantId: admin.tenantId, name: input.name, sortKey: key, type: input.type, organisationNumber: input.organisationNumber ?? null,
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
        const updated = await repo.updateUnit(trx, id, {
          name: patch.name, sortKey: key, type: patch.type, organisationNumber: patch.organisationNumber, archived: patch.archived,
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
