import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import type { HandoverReassignment } from '../../platform/db/schema.js';

export type Reassignment = HandoverReassignment;
import { validConsentToday } from '../cases/case-access.repository.js';

/** A handover request with the names the UI shows (from, to, the unit the case moves to). */
function requestsWithNames(db: Executor) {
  return db
    .selectFrom('handover_requests as h')
    .innerJoin('users as fu', 'fu.id', 'h.from_user_id')
    .innerJoin('users as tu', 'tu.id', 'h.to_user_id')
    .leftJoin('units as un', 'un.id', 'h.to_unit_id')
    .select([
      'h.id', 'h.case_id', 'h.from_user_id', 'fu.name as from_name', 'h.to_user_id', 'tu.name as to_name', 'h.to_unit_id',
      'un.name as to_unit_name', 'h.message', 'h.status', 'h.answer_note', 'h.created_at', 'h.answered_at',
      sql<number>`jsonb_array_length(h.reassignments)`.as('reassigned_count'),
      sql<{ id: string; name: string }[]>`(SELECT coalesce(json_agg(json_build_object('id', ku.id, 'name', ku.name) ORDER BY ku.sort_key), '[]'::json)
        FROM users ku WHERE ku.id = ANY(h.keep_user_ids))`.as('kept_users'),
    ]);
}
export type HandoverRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export async function requestsOfCase(db: Executor, caseId: string) {
  return requestsWithNames(db).where('h.case_id', '=', caseId).orderBy('h.created_at', 'desc').orderBy('h.id').execute();
}

export async function findRequest(db: Executor, handoverId: string) {
  return requestsWithNames(db).where('h.id', '=', handoverId).executeTakeFirst();
}

/** The bare request row without a lock: to learn its case before locking the case row. */
export async function bareRequest(db: Executor, handoverId: string) {
  return db.selectFrom('handover_requests').selectAll().where('id', '=', handoverId).executeTakeFirst();
}

/**
 * The bare request row, locked: accept, decline and cancel of the same request queue up. Whoever
 * also changes the case must lock the case row first (lockCase), the order closeCase uses, or
 * the two deadlock on PostgreSQL.
 */
export async function lockRequest(db: Executor, handoverId: string) {
  return db.selectFrom('handover_requests').selectAll().where('id', '=', handoverId).forUpdate().executeTakeFirst();
}

/** Locks the case row (closeCase locks it by its versioned update before touching requests). */
export async function lockCase(db: Executor, caseId: string) {
  return db.selectFrom('cases').select(['id', 'status']).where('id', '=', caseId).forUpdate().executeTakeFirst();
}

/**
 * The join rule for the receiver of request h on case c (the actor): they work in the owning
 * unit, or in the unit the request moves the case to while the child is enrolled there today,
 * or in a unit a consent valid today covers (which includes a target unit under consent).
 * Outside it the request shows nothing of the child until it becomes possible again.
 */
export function receiverMayJoin(actor: StaffActor, today: string): Expression<SqlBool> {
  const myUnits = [...actor.unitRoles.keys()];
  if (myUnits.length === 0) return sql<SqlBool>`false`;
  const units = sql.join(myUnits.map((u) => sql`${u}::uuid`));
  return sql<SqlBool>`(c.owning_unit_id IN (${units})
    OR (h.to_unit_id IN (${units}) AND EXISTS (
      SELECT 1 FROM enrolments e WHERE e.child_id = c.child_id AND e.unit_id = h.to_unit_id
      AND e.from_date <= ${today}::date AND (e.to_date IS NULL OR e.to_date >= ${today}::date)))
    OR EXISTS (
      SELECT 1 FROM consents k JOIN consent_units ku ON ku.consent_id = k.id
      WHERE k.case_id = c.id AND ku.unit_id IN (${units}) AND ${validConsentToday(today)}))`;
}

export async function pendingRequestOfCase(db: Executor, caseId: string) {
  return db.selectFrom('handover_requests').select('id').where('case_id', '=', caseId).where('status', '=', 'pending').executeTakeFirst();
}

/**
 * The user's pending incoming requests with only the case facts needed to decide: the child's
 * name and birth date, the owning unit, the level. Read through the request, not case access,
 * and only while the receiver may join the case (receiverMayJoin).
 */
export async function incomingRequests(db: Executor, actor: StaffActor, today: string, handoverId?: string) {
  let q = requestsWithNames(db)
    .innerJoin('cases as c', 'c.id', 'h.case_id')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('units as ou', 'ou.id', 'c.owning_unit_id')
    .select([
      'c.level', 'c.child_id', 'ch.given_name', 'ch.family_name', 'ch.birth_date', 'c.owning_unit_id', 'ou.name as owning_unit_name',
      'ou.type as owning_unit_type',
    ])
    .where('h.to_user_id', '=', actor.userId)
    .where('h.status', '=', 'pending')
    .where(receiverMayJoin(actor, today));
  if (handoverId) q = q.where('h.id', '=', handoverId);
  return q.orderBy('h.created_at').limit(100).execute();
}

/** The same facts for one request regardless of status (the requester or a case reader looks at it). */
export async function requestWithCaseFacts(db: Executor, handoverId: string) {
  return requestsWithNames(db)
    .innerJoin('cases as c', 'c.id', 'h.case_id')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('units as ou', 'ou.id', 'c.owning_unit_id')
    .select([
      'c.level', 'c.child_id', 'ch.given_name', 'ch.family_name', 'ch.birth_date', 'c.owning_unit_id', 'ou.name as owning_unit_name',
      'ou.type as owning_unit_type',
    ])
    .where('h.id', '=', handoverId)
    .executeTakeFirst();
}

export async function holdersOfCase(db: Executor, caseId: string) {
  return db
    .selectFrom('case_holders as h')
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .innerJoin('units as un', 'un.id', 'h.unit_id')
    .select(['h.user_id', 'u.name', 'h.unit_id', 'un.name as unit_name', 'h.from_at'])
    .where('h.case_id', '=', caseId)
    .orderBy('h.from_at')
    .orderBy('h.id')
    .execute();
}

/** A staff user of the tenant (row-level security hides other tenants) with the units they work in. */
export async function staffUserWithUnits(db: Executor, userId: string) {
  return db
    .selectFrom('users as u')
    .select((eb) => [
      'u.id', 'u.active',
      eb
        .selectFrom('unit_memberships as m')
        .select(sql<string[]>`coalesce(array_agg(DISTINCT m.unit_id), '{}')`.as('ids'))
        .whereRef('m.user_id', '=', 'u.id')
        .as('unit_ids'),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

export async function insertRequest(
  db: Executor,
  v: {
    tenant_id: string; case_id: string; from_user_id: string; to_user_id: string; to_unit_id: string | null; message: string;
    keep_consent_id: string | null; keep_user_ids: string[]; reassignments: string;
  },
) {
  return db.insertInto('handover_requests').values(v).returning(['id', 'case_id', 'status']).executeTakeFirstOrThrow();
}

export async function answerRequest(db: Executor, handoverId: string, status: 'accepted' | 'declined' | 'cancelled', note: string | null) {
  return db
    .updateTable('handover_requests')
    .set({ status, answer_note: note, answered_at: new Date() })
    .where('id', '=', handoverId)
    .where('status', '=', 'pending')
    .returning(['id', 'case_id', 'status'])
    .executeTakeFirstOrThrow();
}

/** The baton passes: new holder, perhaps a new owning unit, and a new case version. */
export async function passBaton(db: Executor, caseId: string, holderId: string, owningUnitId: string) {
  return db
    .updateTable('cases')
    .set({ holder_id: holderId, owning_unit_id: owningUnitId, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('id', '=', caseId)
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

export async function appendHolder(db: Executor, v: { tenant_id: string; case_id: string; user_id: string; unit_id: string }) {
  await db.insertInto('case_holders').values(v).execute();
}

/** The previous holder stays on the case as a member (re-added if they had been removed). */
export async function keepAsMember(db: Executor, v: { tenant_id: string; case_id: string; user_id: string; added_by: string }) {
  await db
    .insertInto('case_members')
    .values(v)
    .onConflict((oc) => oc.columns(['case_id', 'user_id']).doUpdateSet({ removed_at: null }))
    .execute();
}

export async function childOfCase(db: Executor, caseId: string) {
  return db.selectFrom('cases').select('child_id').where('id', '=', caseId).executeTakeFirst();
}

export async function unitNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
