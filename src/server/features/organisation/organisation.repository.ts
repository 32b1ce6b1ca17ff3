import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { MunicipalRole, UnitRole, UnitType } from '../../platform/db/schema.js';
import { containsPattern } from '../../platform/text/sort-key.js';


const unitColumns = [
  'id', 'name', 'sort_key', 'type', 'organisation_number', 'archived_at', 'parent_id',
  sql<string | null>`(SELECT p.name FROM units p WHERE p.id = units.parent_id)`.as('parent_name'),
] as const;

export interface UnitListParams {
  nameKey?: string;
  type?: UnitType;
  status: 'active' | 'archived' | 'all';
  after?: [string, string];
  limit: number;
}

export async function listUnits(db: Executor, p: UnitListParams) {
  let q = db.selectFrom('units').select(unitColumns).orderBy('sort_key').orderBy('id').limit(p.limit);
  if (p.nameKey) q = q.where('sort_key', 'like', containsPattern(p.nameKey));
  if (p.type) q = q.where('type', '=', p.type);
  if (p.status === 'active') q = q.where('archived_at', 'is', null);
  if (p.status === 'archived') q = q.where('archived_at', 'is not', null);
  if (p.after) {
    const [key, id] = p.after;
    q = q.where((eb) => eb.or([eb('sort_key', '>', key), eb.and([eb('sort_key', '=', key), eb('id', '>', id)])]));
  }
  return q.execute();
}

export async function findUnit(db: Executor, id: string) {
  return db.selectFrom('units').select(unitColumns).where('id', '=', id).executeTakeFirst();
}

/**
 * The unit and the units above it, nearest first (RLS keeps them in the tenant); the depth
 * limit stops a cycle a concurrent change could have made, which the trigger refuses anyway.
 */
export async function unitAncestors(db: Executor, id: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT u.id, u.parent_id, 0 FROM units u WHERE u.id = ${id}
      UNION ALL
      SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 50
    ) SELECT id FROM up ORDER BY depth`.execute(db);
  return rows.map((r) => r.id);
}

/** Unit names are matched by sort key, so «Lia skole» and «lia  Skole» are the same unit. */
export async function findUnitIdBySortKey(db: Executor, key: string, exceptId?: string) {
  let q = db.selectFrom('units').select('id').where('sort_key', '=', key);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst())?.id;
}

/** The subset of ids that are units of the transaction's tenant (RLS hides the others). */
export async function existingUnitIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('units').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertUnit(
  db: Executor,
  v: { tenantId: string; name: string; sortKey: string; type: UnitType; organisationNumber: string | null; parentId: string | null },
) {
  return db
    .insertInto('units')
    .values({ tenant_id: v.tenantId, name: v.name, sort_key: v.sortKey, type: v.type, organisation_number: v.organisationNumber, parent_id: v.parentId })
    .returning(unitColumns)
    .executeTakeFirstOrThrow();
}

export async function updateUnit(
  db: Executor,
  id: string,
  v: { name?: string; sortKey?: string; type?: UnitType; organisationNumber?: string | null; archived?: boolean; parentId?: string | null },
) {
  const set = {
    ...(v.parentId !== undefined ? { parent_id: v.parentId } : {}),
    ...(v.name !== undefined ? { name: v.name, sort_key: v.sortKey } : {}),
    ...(v.type !== undefined ? { type: v.type } : {}),
    ...(v.organisationNumber !== undefined ? { organisation_number: v.organisationNumber } : {}),
    // Archiving keeps the first archive date; unarchiving clears it.
    ...(v.archived === true ? { archived_at: sql<Date>`coalesce(archived_at, now())` } : {}),
    ...(v.archived === false ? { archived_at: null } : {}),
  };
  if (Object.keys(set).length === 0) return findUnit(db, id);
  return db
    .updateTable('units')
    .set(set)
    .where('id', '=', id)
    .returning(unitColumns)
    .executeTakeFirst();
}

const userColumns = ['users.id', 'users.name', 'users.sort_key', 'users.email', 'users.external_subject', 'users.active', 'users.staff_function'] as const;

export interface UserListParams {
  nameKey?: string;
  emailPart?: string;
  unitId?: string;
  after?: [string, string];
  limit: number;
}

export async function listUsers(db: Executor, p: UserListParams) {
  let q = db.selectFrom('users').select(userColumns).orderBy('users.sort_key').orderBy('users.id').limit(p.limit);
  if (p.nameKey || p.emailPart) {
    const { nameKey, emailPart } = p;
    q = q.where((eb) =>
      eb.or([
        ...(nameKey ? [eb('users.sort_key', 'like', containsPattern(nameKey))] : []),
        ...(emailPart ? [eb(sql`lower(users.email)`, 'like', containsPattern(emailPart))] : []),
      ]),
    );
  }
  if (p.unitId) {
    const unitId = p.unitId;
    q = q.where('users.id', 'in', (eb) => eb.selectFrom('unit_memberships').select('user_id').where('unit_id', '=', unitId));
  }
  if (p.after) {
    const [key, id] = p.after;
    q = q.where((eb) => eb.or([eb('users.sort_key', '>', key), eb.and([eb('users.sort_key', '=', key), eb('users.id', '>', id)])]));
  }
  return q.execute();
}

export async function findUser(db: Executor, id: string) {
  return db.selectFrom('users').select(userColumns).where('users.id', '=', id).executeTakeFirst();
}

/** E-mail addresses are unique per tenant regardless of case. */
export async function userIdsByEmail(db: Executor, emails: readonly string[]) {
  if (emails.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', sql<string>`lower(email)`.as('email_key')])
    .where(sql`lower(email)`, 'in', emails.map((e) => e.toLowerCase()))
    .execute();
}

/**
 * Who holds these identity-provider subjects, in any tenant. The subject is unique across
 * tenants (login finds the user before the tenant), so this check must run on the owner
 * connection, which RLS does not narrow; it returns ids only, never another tenant's data.
 */
export async function externalSubjectHolders(ownerDb: Executor, subjects: readonly string[]) {
  if (subjects.length === 0) return [];
  return ownerDb
    .selectFrom('users')
    .select(['id', 'tenant_id', 'external_subject'])
    .where('external_subject', 'in', [...subjects])
    .execute();
}

export async function rolesOfUsers(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return { municipal: [], units: [] };
  const ids = [...userIds];
  const [municipal, units] = await Promise.all([
    db.selectFrom('user_municipal_roles').select(['user_id', 'role']).where('user_id', 'in', ids).orderBy('role').execute(),
    db
      .selectFrom('unit_memberships as m')
      .innerJoin('units as u', 'u.id', 'm.unit_id')
      .select(['m.user_id', 'm.unit_id', 'u.name as unit_name', 'm.role'])
      .where('m.user_id', 'in', ids)
      .orderBy('u.sort_key')
      .orderBy('m.role')
      .execute(),
  ]);
  return { municipal, units };
}

export async function insertUser(
  db: Executor,
  v: { tenantId: string; name: string; sortKey: string; email: string; externalSubject: string | null; active: boolean; staffFunction?: string | null },
) {
  return db
    .insertInto('users')
    .values({
      tenant_id: v.tenantId, name: v.name, sort_key: v.sortKey, email: v.email,
      external_subject: v.externalSubject, active: v.active, staff_function: v.staffFunction ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateUser(
  db: Executor,
  id: string,
  v: { name?: string; sortKey?: string; email?: string; externalSubject?: string | null; active?: boolean; staffFunction?: string | null },
) {
  const set = {
    ...(v.name !== undefined ? { name: v.name, sort_key: v.sortKey } : {}),
    ...(v.email !== undefined ? { email: v.email } : {}),
    ...(v.externalSubject !== undefined ? { external_subject: v.externalSubject } : {}),
    ...(v.active !== undefined ? { active: v.active } : {}),
    ...(v.staffFunction !== undefined ? { staff_function: v.staffFunction } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('users').set(set).where('id', '=', id).execute();
}

export async function replaceMunicipalRoles(db: Executor, tenantId: string, userId: string, roles: readonly MunicipalRole[]) {
  await db.deleteFrom('user_municipal_roles').where('user_id', '=', userId).execute();
  if (roles.length === 0) return;
  await db.insertInto('user_municipal_roles').values(roles.map((role) => ({ tenant_id: tenantId, user_id: userId, role }))).execute();
}

export async function replaceUnitRoles(db: Executor, tenantId: string, userId: string, roles: readonly { unitId: string; role: UnitRole }[]) {
  await db.deleteFrom('unit_memberships').where('user_id', '=', userId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto('unit_memberships')
    .values(roles.map((r) => ({ tenant_id: tenantId, user_id: userId, unit_id: r.unitId, role: r.role })))
    .execute();
}
