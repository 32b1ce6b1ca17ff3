import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { unitIdsWithRole } from '../../platform/access/actor.js';

/** The case row and every fact the policy needs, in one round trip. */
export async function caseWithAccessFacts(db: Executor, caseId: string, today: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('tenants as t', 't.id', 'c.tenant_id')
    .selectAll('c')
    .select((eb) => [
      'ch.birth_date',
      'ch.pid_digest as child_pid_digest',
      't.young_person_age',
      // Not access facts, but settings the case's writes need (consents, level changes): same round trip.
      't.child_hearing_age',
      't.level_without_other_service',
      eb
        .selectFrom('case_members as m')
        .select(sql<string[]>`coalesce(array_agg(m.user_id), '{}')`.as('ids'))
        .whereRef('m.case_id', '=', 'c.id')
        .where('m.removed_at', 'is', null)
        .as('member_ids'),
      eb
        .selectFrom('consents as k')
        .innerJoin('consent_units as ku', 'ku.consent_id', 'k.id')
        .select(sql<string[]>`coalesce(array_agg(DISTINCT ku.unit_id), '{}')`.as('ids'))
        .whereRef('k.case_id', '=', 'c.id')
        .where(validConsentToday(today))
        .as('consent_unit_ids'),
      eb
        .selectFrom('child_guardians as cg')
        .innerJoin('guardians as g', 'g.id', 'cg.guardian_id')
        .select(sql<string[]>`coalesce(array_agg(g.pid_digest) FILTER (WHERE g.pid_digest IS NOT NULL), '{}')`.as('d'))
        .whereRef('cg.child_id', '=', 'c.child_id')
        .where('cg.parental_responsibility', '=', true)
        .as('guardian_pid_digests'),
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}

/** A consent row that covers today: given, not withdrawn, from ≤ today ≤ to. Expects alias k. */
export function validConsentToday(today: string): Expression<SqlBool> {
  return sql<SqlBool>`k.decision = 'given' AND k.withdrawn_at IS NULL AND k.valid_from <= ${today}::date AND k.valid_to >= ${today}::date`;
}

/**
 * The SQL twin of caseAccess() for staff, for lists and set-based checks: a case (alias c)
 * is readable when the user holds it or is a member and works in the owning unit or in a unit
 * a valid consent covers, or leads or is a resource person in the owning unit.
 */
export function staffReadableCase(actor: StaffActor, today: string): Expression<SqlBool> {
  const myUnits = [...actor.unitRoles.keys()];
  const oversightUnits = unitIdsWithRole(actor, 'leader', 'resource_person');
  const none = sql<SqlBool>`false`;
  if (myUnits.length === 0) return none;
  const units = sql.join(myUnits.map((u) => sql`${u}::uuid`));
  const involved = sql<SqlBool>`(c.holder_id = ${actor.userId}::uuid OR EXISTS (
      SELECT 1 FROM case_members m WHERE m.case_id = c.id AND m.user_id = ${actor.userId}::uuid AND m.removed_at IS NULL))`;
  const reachable = sql<SqlBool>`(c.owning_unit_id IN (${units}) OR EXISTS (
      SELECT 1 FROM consents k JOIN consent_units ku ON ku.consent_id = k.id
      WHERE k.case_id = c.id AND ku.unit_id IN (${units}) AND ${validConsentToday(today)}))`;
  const oversight = oversightUnits.length > 0
    ? sql<SqlBool>`c.owning_unit_id IN (${sql.join(oversightUnits.map((u) => sql`${u}::uuid`))})`
    : none;
  return sql<SqlBool>`((${involved} AND ${reachable}) OR ${oversight})`;
}

/** Ids among `ids` that the staff user may read (requireAccess). */
export async function readableCaseIds(db: Executor, actor: StaffActor, ids: readonly string[], today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('cases as c')
    .select('c.id')
    .where('c.id', 'in', ids)
    .where(staffReadableCase(actor, today))
    .execute();
  return rows.map((r) => r.id);
}

/** The unit ids a staff user works in (any role), for the join rule. */
export async function unitIdsOfUser(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('unit_memberships').select('unit_id').distinct().where('user_id', '=', userId).execute();
  return rows.map((r) => r.unit_id);
}

/** The cases of one child the staff user may read (the SQL twin above), open ones first, newest first. */
export async function readableCasesOfChild(db: Executor, actor: StaffActor, childId: string, today: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('units as u', 'u.id', 'c.owning_unit_id')
    .innerJoin('users as h', 'h.id', 'c.holder_id')
    .select(['c.id', 'c.level', 'c.status', 'c.opened_at', 'c.owning_unit_id', 'u.name as unit_name', 'c.holder_id', 'h.name as holder_name'])
    .where('c.child_id', '=', childId)
    .where(staffReadableCase(actor, today))
    .orderBy(sql`c.status = 'open'`, 'desc')
    .orderBy('c.opened_at', 'desc')
    .limit(50)
    .execute();
}
