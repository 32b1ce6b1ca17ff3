import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

/** Owner-level lookups for login: they run before a tenant is known. */
export async function findSessionUser(db: Executor, userId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('tenants as t', 't.id', 'u.tenant_id')
    .select(['u.id', 'u.name', 'u.tenant_id', 't.name as tenant_name', 't.municipality_number', 't.slug as tenant_slug', 't.main_language as tenant_main_language'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

export async function findUnitsOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('unit_memberships as m')
    .innerJoin('units as n', 'n.id', 'm.unit_id')
    .select(['n.id', 'n.name', 'n.type', 'n.sort_key', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('n.sort_key')
    .execute();
}

/** An active demo person (subject `demo:…`), the only kind of user demo login accepts. */
export async function findActiveDemoUser(db: Executor, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'tenant_id'])
    .where('id', '=', userId)
    .where('active', '=', true)
    .where('external_subject', 'like', 'demo:%')
    .executeTakeFirst();
}

export async function findMunicipalRolesOfUser(db: Executor, userId: string) {
  return db.selectFrom('user_municipal_roles').select('role').where('user_id', '=', userId).orderBy('role').execute();
}

export async function findUserByExternalSubject(db: Executor, subject: string) {
  return db.selectFrom('users').select(['id', 'tenant_id']).where('external_subject', '=', subject).where('active', '=', true).executeTakeFirst();
}

/** Demo people: the users the demo generator made (subject `demo:…`), for the «pick a person» login. */
export async function listDemoUsers(db: Executor) {
  const users = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.external_subject'])
    .select(sql<string[]>`coalesce((SELECT json_agg(r.role ORDER BY r.role) FROM user_municipal_roles r WHERE r.user_id = u.id), '[]')`.as('municipal_roles'))
    .select(sql<{ name: string; role: string }[]>`coalesce((SELECT json_agg(json_build_object('name', n.name, 'role', m.role) ORDER BY n.sort_key) FROM unit_memberships m JOIN units n ON n.id = m.unit_id WHERE m.user_id = u.id), '[]')`.as('units'))
    .where('u.active', '=', true)
    .where('u.external_subject', 'like', 'demo:%')
    .orderBy('u.external_subject')
    .limit(200)
    .execute();
  return users;
}

/**
 * A resident's own name, matched by the digest of their national ID number: as a guardian, or
 * else as a child (a young person). Across tenants on the owner connection, like the rest of
 * login; null when the registry does not know them.
 */
export async function findResidentName(db: Executor, pidHash: string): Promise<string | null> {
  const guardian = await db.selectFrom('guardians').select('name').where('pid_digest', '=', pidHash).orderBy('id').limit(1).executeTakeFirst();
  if (guardian) return guardian.name;
  const child = await db
    .selectFrom('children')
    .select(['given_name', 'family_name'])
    .where('pid_digest', '=', pidHash)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return child ? `${child.given_name} ${child.family_name}` : null;
}
