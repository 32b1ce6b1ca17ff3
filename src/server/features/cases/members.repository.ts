import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { containsPattern } from '../../platform/text/sort-key.js';
import type { UnitRole } from '../../platform/db/schema.js';

export async function activeStaffUser(db: Executor, userId: string) {
  return db.selectFrom('users').select(['id', 'name']).where('id', '=', userId).where('active', '=', true).executeTakeFirst();
}

export async function addMember(db: Executor, m: { tenantId: string; caseId: string; userId: string; addedBy: string }) {
  await db
    .insertInto('case_members')
    .values({ tenant_id: m.tenantId, case_id: m.caseId, user_id: m.userId, added_by: m.addedBy })
    .onConflict((oc) => oc.columns(['case_id', 'user_id']).doUpdateSet({ removed_at: null, added_by: m.addedBy, added_at: new Date() }))
    .execute();
}

export async function removeMember(db: Executor, caseId: string, userId: string) {
  const r = await db
    .updateTable('case_members')
    .set({ removed_at: new Date() })
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Active staff whose name matches, with the units they work in and their role there (one item per unit and role). */
export async function staffByName(db: Executor, query: string, limit: number) {
  return db
    .selectFrom('users as u')
    .select((eb) => [
      'u.id', 'u.name',
      eb
        .selectFrom('unit_memberships as um')
        .innerJoin('units as un', 'un.id', 'um.unit_id')
        .select(sql<{ id: string; name: string; role: UnitRole }[]>`coalesce(json_agg(DISTINCT jsonb_build_object('id', un.id, 'name', un.name, 'role', um.role)), '[]')`.as('x'))
        .whereRef('um.user_id', '=', 'u.id')
        .as('units'),
    ])
    .where('u.active', '=', true)
    .where('u.sort_key', 'like', containsPattern(query))
    .orderBy('u.sort_key')
    .limit(limit)
    .execute();
}
