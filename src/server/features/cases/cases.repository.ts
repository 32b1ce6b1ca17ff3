import { sql, type SqlBool, type Expression } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { unitIdsWithRole } from '../../platform/access/actor.js';
import type { CloseReason, EntryAuthorKind, EntryKind } from '../../platform/db/schema.js';
import { staffReadableCase, validConsentToday } from './case-access.repository.js';

export async function insertCase(
  db: Executor,
  c: { tenantId: string; childId: string; owningUnitId: string; level: number; holderId: string; concernId: string | null; residentsRestricted: boolean },
) {
  const row = await db
    .insertInto('cases')
    .values({
      tenant_id: c.tenantId, child_id: c.childId, owning_unit_id: c.owningUnitId, level: c.level, holder_id: c.holderId,
      opened_by: c.holderId, concern_id: c.concernId, residents_restricted: c.residentsRestricted,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  await db.insertInto('case_holders').values({ tenant_id: c.tenantId, case_id: row.id, user_id: c.holderId, unit_id: c.owningUnitId }).execute();
  return row;
}

export interface NewEntry {
  tenantId: string;
  caseId: string;
  kind: EntryKind;
  occurredOn: string;
  body: string;
  attendees?: string | null;
  payload?: Record<string, unknown>;
  correctsEntryId?: string | null;
  authorUserId: string | null;
  authorKind: EntryAuthorKind;
  authorGuardianId?: string | null;
}

export async function insertEntry(db: Executor, e: NewEntry) {
  return db
    .insertInto('case_entries')
    .values({
      tenant_id: e.tenantId, case_id: e.caseId, kind: e.kind, occurred_on: e.occurredOn, body: e.body, attendees: e.attendees ?? null,
      payload: JSON.stringify(e.payload ?? {}), corrects_entry_id: e.correctsEntryId ?? null, author_user_id: e.authorUserId,
      author_kind: e.authorKind, author_guardian_id: e.authorGuardianId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Optimistic update of the case row: nothing happens unless the version is the one the user saw. */
export async function updateCaseVersioned(
  db: Executor,
  caseId: string,
  version: number,
  set: { residents_restricted?: boolean; level?: number; status?: 'open' | 'closed'; closed_at?: Date | null; close_reason?: CloseReason | null; holder_id?: string; owning_unit_id?: string },
) {
  return db
    .updateTable('cases')
    .set({ ...set, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', caseId)
    .where('version', '=', version)
    .returning(['id', 'version'])
    .executeTakeFirst();
}

const entryColumns = [
  'e.id', 'e.kind', 'e.occurred_on', 'e.body', 'e.attendees', 'e.payload', 'e.corrects_entry_id', 'e.author_kind', 'e.created_at',
] as const;

/**
 * Entries newest first, corrections excluded (they come with the entry they correct). For
 * residents, a report of concern sent without informing the guardians is left out.
 */
export async function entriesPage(db: Executor, caseId: string, after: [string, string] | undefined, limit: number, forResident = false) {
  let q = db
    .selectFrom('case_entries as e')
    .leftJoin('users as u', 'u.id', 'e.author_user_id')
    .leftJoin('guardians as g', 'g.id', 'e.author_guardian_id')
    .select([...entryColumns, 'u.name as user_name', 'g.name as guardian_name', sql<string>`e.created_at::text`.as('cursor_at')])
    .where('e.case_id', '=', caseId)
    .where('e.kind', '!=', 'correction');
  if (forResident) q = q.where(sql<SqlBool>`NOT (e.kind = 'report_sent' AND coalesce(e.payload->>'guardiansInformed', 'false') <> 'true')`);
  if (after) q = q.where(sql<SqlBool>`(e.created_at, e.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  return q.orderBy('e.created_at', 'desc').orderBy('e.id', 'desc').limit(limit).execute();
}

export async function correctionsOf(db: Executor, entryIds: string[]) {
  if (entryIds.length === 0) return [];
  return db
    .selectFrom('case_entries as e')
    .leftJoin('users as u', 'u.id', 'e.author_user_id')
    .leftJoin('guardians as g', 'g.id', 'e.author_guardian_id')
    .select(['e.id', 'e.body', 'e.corrects_entry_id', 'e.created_at', 'u.name as user_name', 'g.name as guardian_name'])
    .where('e.corrects_entry_id', 'in', entryIds)
    .orderBy('e.created_at')
    .execute();
}

export async function findEntry(db: Executor, caseId: string, entryId: string) {
  return db.selectFrom('case_entries').select(['id', 'kind', 'corrects_entry_id', 'author_user_id']).where('case_id', '=', caseId).where('id', '=', entryId).executeTakeFirst();
}

/** Staff who can (or, blocked, could) see the case: holder, members, and the owning unit's leaders and resource persons. */
export async function staffAroundCase(db: Executor, caseId: string, owningUnitId: string, holderId: string) {
  return db
    .selectFrom('users as u')
    .select((eb) => [
      'u.id', 'u.name', 'u.sort_key', 'u.staff_function',
      eb
        .selectFrom('unit_memberships as um')
        .innerJoin('units as un', 'un.id', 'um.unit_id')
        .select(sql<{ unit_id: string; unit_name: string; role: string }[]>`coalesce(json_agg(json_build_object('unit_id', um.unit_id, 'unit_name', un.name, 'role', um.role)), '[]')`.as('r'))
        .whereRef('um.user_id', '=', 'u.id')
        .as('roles'),
      sql<boolean>`EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = ${caseId}::uuid AND m.user_id = u.id AND m.removed_at IS NULL)`.as('is_member'),
    ])
    .where('u.active', '=', true)
    // The few people around the case, found by index: an OR of EXISTS filtered every user of the tenant.
    .where('u.id', 'in', sql<string>`(SELECT ${holderId}::uuid
        UNION SELECT m.user_id FROM case_members m WHERE m.case_id = ${caseId}::uuid AND m.removed_at IS NULL
        UNION SELECT o.user_id FROM unit_memberships o WHERE o.unit_id = ${owningUnitId}::uuid AND o.role IN ('leader','resource_person'))`)
    .orderBy('u.sort_key')
    .limit(200)
    .execute();
}

export async function guardiansWithResponsibility(db: Executor, childId: string) {
  return db
    .selectFrom('child_guardians as cg')
    .innerJoin('guardians as g', 'g.id', 'cg.guardian_id')
    .select(['g.id', 'g.name', 'g.pid_digest'])
    .where('cg.child_id', '=', childId)
    .where('cg.parental_responsibility', '=', true)
    .orderBy('g.sort_key')
    .execute();
}

/** Soonest evaluation of an active measure, and soonest end of a valid consent, per case. */
function nextEvaluationDue(caseRef: Expression<string>) {
  return sql<string | null>`(SELECT min(ms.evaluation_due) FROM measures ms WHERE ms.case_id = ${caseRef} AND ms.status IN ('planned','ongoing'))`;
}
function consentExpiresOn(caseRef: Expression<string>, today: string) {
  return sql<string | null>`(SELECT min(k.valid_to) FROM consents k WHERE k.case_id = ${caseRef} AND ${validConsentToday(today)})`;
}

/** The case page in one round trip: header, dates, the tenant's warning days, the holders' history and the guardians. */
export async function caseSheet(db: Executor, caseId: string, today: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('units as un', 'un.id', 'c.owning_unit_id')
    .innerJoin('users as h', 'h.id', 'c.holder_id')
    .innerJoin('tenants as t', 't.id', 'c.tenant_id')
    .select([
      'ch.given_name', 'ch.family_name', 'ch.birth_date', 'un.name as unit_name', 'un.type as unit_type', 'h.name as holder_name',
      'h.staff_function as holder_function', 't.consent_warning_days',
      nextEvaluationDue(sql<string>`c.id`).as('next_evaluation_due'), consentExpiresOn(sql<string>`c.id`, today).as('consent_expires_on'),
      sql<{ id: string; name: string; unit_name: string; from_at: string }[]>`(SELECT coalesce(json_agg(json_build_object(
          'id', hu.id, 'name', hu.name, 'unit_name', hun.name, 'from_at', hh.from_at) ORDER BY hh.from_at), '[]')
          FROM case_holders hh JOIN users hu ON hu.id = hh.user_id JOIN units hun ON hun.id = hh.unit_id WHERE hh.case_id = c.id)`.as('holders'),
      sql<{ id: string; name: string }[]>`(SELECT coalesce(json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.sort_key), '[]')
          FROM child_guardians cg JOIN guardians g ON g.id = cg.guardian_id WHERE cg.child_id = c.child_id AND cg.parental_responsibility)`.as('guardians'),
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
}

export interface CaseListFilter {
  scope: 'mine' | 'unit';
  unitId?: string;
  level?: number;
  status?: 'open' | 'closed';
  evaluationOverdue?: boolean;
  consentExpiring?: boolean;
  consentWarningDays: number;
  after?: [string, string];
  limit: number;
  today: string;
}

export async function listCases(db: Executor, actor: StaffActor, f: CaseListFilter) {
  const ref = sql<string>`c.id`;
  let q = db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('units as un', 'un.id', 'c.owning_unit_id')
    .innerJoin('users as h', 'h.id', 'c.holder_id')
    .select([
      'c.id', 'c.child_id', 'c.level', 'c.status', 'c.opened_at', 'c.owning_unit_id', 'c.holder_id',
      'ch.given_name', 'ch.family_name', 'ch.birth_date', 'un.name as unit_name', 'un.type as unit_type', 'h.name as holder_name',
      nextEvaluationDue(ref).as('next_evaluation_due'), consentExpiresOn(ref, f.today).as('consent_expires_on'),
      sql<string>`c.opened_at::text`.as('cursor_at'),
    ])
    .where(staffReadableCase(actor, f.today));
  if (f.scope === 'mine') {
    q = q.where(sql<SqlBool>`(c.holder_id = ${actor.userId}::uuid OR EXISTS (SELECT 1 FROM case_members m
        WHERE m.case_id = c.id AND m.user_id = ${actor.userId}::uuid AND m.removed_at IS NULL))`);
  } else {
    const units = unitIdsWithRole(actor, 'leader', 'resource_person').filter((u) => !f.unitId || u === f.unitId);
    if (units.length === 0) return [];
    q = q.where('c.owning_unit_id', 'in', units);
  }
  if (f.level) q = q.where('c.level', '=', f.level);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.evaluationOverdue) {
    q = q.where(sql<SqlBool>`EXISTS (SELECT 1 FROM measures ms WHERE ms.case_id = c.id AND ms.status IN ('planned','ongoing') AND ms.evaluation_due < ${f.today}::date)`);
  }
  if (f.consentExpiring) {
    q = q.where(sql<SqlBool>`EXISTS (SELECT 1 FROM consents k WHERE k.case_id = c.id AND ${validConsentToday(f.today)}
        AND k.valid_to <= ${f.today}::date + ${f.consentWarningDays}::int)`);
  }
  if (f.after) q = q.where(sql<SqlBool>`(c.opened_at, c.id) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return q.orderBy('c.opened_at', 'desc').orderBy('c.id', 'desc').limit(f.limit).execute();
}

export async function tenantCaseSettings(db: Executor, tenantId: string) {
  return db.selectFrom('tenants').select(['consent_warning_days', 'young_person_age', 'level_without_other_service']).where('id', '=', tenantId).executeTakeFirstOrThrow();
}

export async function draftOf(db: Executor, caseId: string, userId: string) {
  return db.selectFrom('entry_drafts').select(['content', 'updated_at']).where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst();
}

export async function saveDraft(db: Executor, d: { tenantId: string; caseId: string; userId: string; content: unknown }) {
  const content = JSON.stringify(d.content);
  return db
    .insertInto('entry_drafts')
    .values({ tenant_id: d.tenantId, case_id: d.caseId, user_id: d.userId, content })
    .onConflict((oc) => oc.columns(['case_id', 'user_id']).doUpdateSet({ content, updated_at: new Date() }))
    .returning('updated_at')
    .executeTakeFirstOrThrow();
}

export async function deleteDraft(db: Executor, caseId: string, userId: string) {
  await db.deleteFrom('entry_drafts').where('case_id', '=', caseId).where('user_id', '=', userId).execute();
}

export async function cancelPendingHandovers(db: Executor, caseId: string) {
  await db
    .updateTable('handover_requests')
    .set({ status: 'cancelled', answered_at: new Date() })
    .where('case_id', '=', caseId)
    .where('status', '=', 'pending')
    .execute();
}

export async function concernFlags(db: Executor, concernId: string) {
  return db.selectFrom('concerns').select(['guardians_not_contacted']).where('id', '=', concernId).executeTakeFirst();
}

/** Are any of the case's current members staff of another unit than the owning one (another service)? */
export async function hasOutsideMember(db: Executor, caseId: string, owningUnitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_members as m')
    .select('m.user_id')
    .where('m.case_id', '=', caseId)
    .where('m.removed_at', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(
      selectFrom('unit_memberships as um').select('um.user_id').whereRef('um.user_id', '=', 'm.user_id').where('um.unit_id', '=', owningUnitId),
    )))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
