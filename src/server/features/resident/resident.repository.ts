import type { Db, Executor } from '../../platform/db/database.js';

/**
 * The children a resident may be linked to, across tenants: as a guardian with parental
 * responsibility (never a contact person), or as the child. A resident session has no tenant,
 * so this one read runs on the owner connection and returns ids only; everything else is
 * read inside each tenant's own transaction.
 */
export async function childLinksByDigest(db: Db, pidHash: string) {
  return db
    .selectFrom('guardians as g')
    .innerJoin('child_guardians as cg', 'cg.guardian_id', 'g.id')
    .select(['cg.tenant_id', 'cg.child_id'])
    .where('g.pid_digest', '=', pidHash)
    .where('cg.parental_responsibility', '=', true)
    .union(db.selectFrom('children').select(['tenant_id', 'id as child_id']).where('pid_digest', '=', pidHash))
    .execute();
}

/** Cases of these children in the current tenant, newest first, with what the list shows. */
export async function casesOfChildren(db: Executor, childIds: readonly string[], limit: number) {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('units as u', 'u.id', 'c.owning_unit_id')
    .innerJoin('tenants as t', 't.id', 'c.tenant_id')
    .select([
      'c.id', 'c.level', 'c.status', 'c.opened_at', 'ch.given_name', 'ch.family_name', 'ch.birth_date', 'u.name as unit_name',
      'u.type as unit_type', 't.name as tenant_name',
    ])
    .where('c.child_id', 'in', childIds)
    .orderBy('c.opened_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
}
