import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { UnitRole, UnitType } from '../../platform/db/schema.js';

/**
 * Bulk writes of units, users and unit memberships, used by the CSV import through
 * batch-writes.service.ts: one statement per table and batch. Callers pass rows without
 * duplicates of the conflict key (PostgreSQL refuses to update one row twice in one statement).
 */

export async function allUnits(db: Executor) {
  return db.selectFrom('units').select(['id', 'sort_key', 'archived_at', 'parent_id']).execute();
}

/** One unit's parent; one statement per unit, so the cycle trigger sees the units above as they are. */
export async function setUnitParent(db: Executor, id: string, parentId: string) {
  await db.updateTable('units').set({ parent_id: parentId }).where('id', '=', id).execute();
}

export async function insertUnits(db: Executor, rows: { tenantId: string; name: string; sortKey: string; type: UnitType; organisationNumber: string | null }[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('units')
    .values(rows.map((r) => ({ tenant_id: r.tenantId, name: r.name, sort_key: r.sortKey, type: r.type, organisation_number: r.organisationNumber })))
    .returning(['id', 'sort_key'])
    .execute();
}

export async function updateUnitsFromImport(db: Executor, rows: { id: string; type: UnitType; organisationNumber: string | null }[]) {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.id}::uuid, ${r.type}, ${r.organisationNumber}::char(9))`));
  await sql`UPDATE units AS u SET type = v.type, organisation_number = v.organisation_number
    FROM (VALUES ${values}) AS v(id, type, organisation_number) WHERE u.id = v.id`.execute(db);
}

/** Existing users by e-mail in any case, with the address as stored (the unique key is case-sensitive). */
export async function usersByEmail(db: Executor, emails: readonly string[]) {
  if (emails.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'email', sql<string>`lower(email)`.as('email_key')])
    .where(sql`lower(email)`, 'in', [...emails])
    .execute();
}

export async function upsertUsers(
  db: Executor,
  rows: { tenantId: string; name: string; sortKey: string; email: string; externalSubject: string | null; staffFunction?: string | null }[],
) {
  if (rows.length === 0) return [];
  return db
    .insertInto('users')
    .values(rows.map((r) => ({ tenant_id: r.tenantId, name: r.name, sort_key: r.sortKey, email: r.email, external_subject: r.externalSubject, staff_function: r.staffFunction ?? null })))
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'email']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        sort_key: eb.ref('excluded.sort_key'),
        // A blank login id in the file keeps the one the user has.
        external_subject: sql<string | null>`coalesce(excluded.external_subject, users.external_subject)`,
        staff_function: sql<string | null>`coalesce(excluded.staff_function, users.staff_function)`,
      })),
    )
    .returning(['id', 'email'])
    .execute();
}

export async function addMemberships(db: Executor, rows: { tenantId: string; userId: string; unitId: string; role: UnitRole }[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('unit_memberships')
    .values(rows.map((r) => ({ tenant_id: r.tenantId, user_id: r.userId, unit_id: r.unitId, role: r.role })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}
