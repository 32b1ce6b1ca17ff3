import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { UnitRole } from '../../platform/db/schema.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { staffReadableCase, validConsentToday } from '../cases/case-access.repository.js';
import { receiverMayJoin } from '../handovers/handovers.repository.js';

/** The user's units with the number of children enrolled there today. */
export async function unitsWithEnrolledCount(db: Executor, userId: string, today: string) {
  return db
    .selectFrom('unit_memberships as m')
    .innerJoin('units as u', 'u.id', 'm.unit_id')
    .select((eb) => [
      'u.id', 'u.name', 'u.type', 'u.sort_key',
      eb.fn.agg<UnitRole[]>('json_agg', ['m.role']).as('roles'),
      eb
        .selectFrom('enrolments as e')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('e.unit_id', '=', 'u.id')
        .where('e.from_date', '<=', today)
        .where((w) => w.or([w('e.to_date', 'is', null), w('e.to_date', '>=', today)]))
        .as('enrolled'),
    ])
    .where('m.user_id', '=', userId)
    .groupBy(['u.id', 'u.name', 'u.type', 'u.sort_key'])
    .orderBy('u.sort_key')
    .execute();
}

/*
 * The task queries of «My work». Each starts from an index on the user (concerns_author_idx,
 * cases_holder_idx, case_members_user_idx, handover_to_idx) and touches only that user's rows,
 * so the page stays fast however many cases the municipality has. The child's name comes along,
 * so the user can tell tasks apart; the service audits it as a read.
 */
const TASK_LIMIT = 50;
const ACTIVE_MEASURE = sql<SqlBool>`m.status IN ('planned','ongoing')`;
const CHILD = ['ch.id as child_id', 'ch.given_name', 'ch.family_name'] as const;

/** My open level-0 concerns with their decision deadline. */
export async function decisionsDue(db: Executor, actor: StaffActor) {
  return db
    .selectFrom('concerns as k')
    .innerJoin('units as u', 'u.id', 'k.unit_id')
    .innerJoin('children as ch', 'ch.id', 'k.child_id')
    .select(['k.id', 'k.decision_due', 'u.name as unit_name', ...CHILD])
    .where('k.tenant_id', '=', actor.tenantId)
    .where('k.author_id', '=', actor.userId)
    .where('k.status', '=', 'open')
    // Decided as a report of concern: it waits for the report (reportsToSend), not for a decision.
    .where('k.decided_at', 'is', null)
    .orderBy('k.decision_due')
    .limit(TASK_LIMIT)
    .execute();
}

/**
 * Per open case I can read: the soonest evaluation due by `until` among active measures — all of
 * them in cases I hold, only those I am responsible for in cases where I am a member.
 */
export async function evaluationsDue(db: Executor, actor: StaffActor, today: string, until: string) {
  const me = actor.userId;
  // The cases I am involved in drive the query (two index scans), not the tenant's measures;
  // a case both held and joined comes twice, which min() and the grouping absorb.
  const mine = db
    .selectFrom('cases')
    .select('id')
    .where('tenant_id', '=', actor.tenantId)
    .where('holder_id', '=', me)
    .where('status', '=', 'open')
    .unionAll(db.selectFrom('case_members').select('case_id as id').where('tenant_id', '=', actor.tenantId).where('user_id', '=', me).where('removed_at', 'is', null));
  return db
    .selectFrom(mine.as('mine'))
    .innerJoin('cases as c', 'c.id', 'mine.id')
    .innerJoin('measures as m', 'm.case_id', 'c.id')
    .innerJoin('units as u', 'u.id', 'c.owning_unit_id')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select(['c.id', 'c.level', 'u.name as unit_name', ...CHILD, sql<string>`min(m.evaluation_due)`.as('due')])
    .where('c.status', '=', 'open')
    .where((eb) => eb.or([eb('c.holder_id', '=', me), eb('m.responsible_user_id', '=', me)]))
    .where(ACTIVE_MEASURE)
    .where('m.evaluation_due', '<=', until)
    .where(staffReadableCase(actor, today))
    .groupBy(['c.id', 'c.level', 'u.name', 'ch.id', 'ch.given_name', 'ch.family_name'])
    .orderBy('due')
    .limit(TASK_LIMIT)
    .execute();
}

/** Handover requests waiting for my answer, on open cases I may join (as GET /api/handovers/incoming). */
export async function handoversWaiting(db: Executor, actor: StaffActor, today: string) {
  return db
    .selectFrom('handover_requests as h')
    .innerJoin('cases as c', 'c.id', 'h.case_id')
    .innerJoin('units as u', 'u.id', 'c.owning_unit_id')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select(['h.id', 'h.case_id', 'h.created_at', 'c.level', 'u.name as unit_name', ...CHILD])
    .where('h.tenant_id', '=', actor.tenantId)
    .where('h.to_user_id', '=', actor.userId)
    .where('h.status', '=', 'pending')
    // A request on a case closed meanwhile cannot be accepted: not a task (the case page still shows it).
    .where('c.status', '=', 'open')
    // A consent withdrawn while the request waited: no task until it is possible again.
    .where(receiverMayJoin(actor, today))
    .orderBy('h.created_at')
    .limit(TASK_LIMIT)
    .execute();
}

/** Per open case I hold: the soonest end of a consent valid today, when it falls within the tenant's warning days. */
export async function consentsExpiring(db: Executor, actor: StaffActor, today: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('consents as k', 'k.case_id', 'c.id')
    .innerJoin('tenants as t', 't.id', 'c.tenant_id')
    .innerJoin('units as u', 'u.id', 'c.owning_unit_id')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select(['c.id', 'c.level', 'u.name as unit_name', ...CHILD, sql<string>`min(k.valid_to)`.as('expires_on')])
    .where('c.tenant_id', '=', actor.tenantId)
    .where('c.holder_id', '=', actor.userId)
    .where('c.status', '=', 'open')
    .where(validConsentToday(today))
    .where(sql<SqlBool>`k.valid_to <= ${today}::date + t.consent_warning_days`)
    .where(staffReadableCase(actor, today))
    .groupBy(['c.id', 'c.level', 'u.name', 'ch.id', 'ch.given_name', 'ch.family_name'])
    .orderBy('expires_on')
    .limit(TASK_LIMIT)
    .execute();
}

/**
 * Library documents in use whose review date has passed (documents_review_idx), with the title
 * the editors' list shows: the newest published version's, else the draft's. Mine when I own them
 * and am still an active municipal coordinator; a document whose owner is not (left, lost the
 * role) or that has none is every active coordinator's, so that no review is lost.
 */
export async function documentsToReview(db: Executor, actor: StaffActor, today: string) {
  const iAmCoordinator = actor.municipalRoles.has('municipal_coordinator');
  return db
    .selectFrom('documents as d')
    .leftJoin('users as o', (j) => j.onRef('o.id', '=', 'd.owner_id').on('o.active', '=', true))
    .leftJoin('user_municipal_roles as r', (j) => j.onRef('r.user_id', '=', 'o.id').on('r.role', '=', 'municipal_coordinator'))
    .select((eb) => [
      'd.id', 'd.review_due',
      eb.selectFrom('document_versions as v')
        .select('v.title')
        .whereRef('v.document_id', '=', 'd.id')
        .orderBy(sql`v.status = 'published'`, 'desc')
        .orderBy('v.version_no', 'desc')
        .limit(1)
        .as('title'),
    ])
    .where('d.tenant_id', '=', actor.tenantId)
    .where('d.archived_at', 'is', null)
    .where('d.review_due', '<', today)
    .where((eb) => eb.or([
      eb.and([eb('d.owner_id', '=', actor.userId), eb('r.user_id', 'is not', null)]),
      ...(iAmCoordinator ? [eb('r.user_id', 'is', null)] : []),
    ]))
    .orderBy('d.review_due')
    .limit(TASK_LIMIT)
    .execute();
}

/**
 * Reports of concern waiting to be sent: my concerns decided as a report (still open, decided),
 * with the draft if one is begun, and my drafts written from a case.
 */
export async function reportsToSend(db: Executor, actor: StaffActor, today: string) {
  const fromConcerns = db
    .selectFrom('concerns as k')
    .innerJoin('units as u', 'u.id', 'k.unit_id')
    .innerJoin('children as ch', 'ch.id', 'k.child_id')
    .leftJoin('reports_of_concern as r', (j) => j.onRef('r.concern_id', '=', 'k.id').on('r.status', '=', 'draft'))
    .select([
      sql<string | null>`k.id`.as('concern_id'), sql<string | null>`NULL::uuid`.as('case_id'), sql<string | null>`r.id`.as('report_id'), sql<number>`0`.as('level'),
      sql<string>`(k.decided_at AT TIME ZONE 'Europe/Oslo')::date::text`.as('since'), 'u.name as unit_name', ...CHILD,
    ])
    .where('k.tenant_id', '=', actor.tenantId)
    .where('k.author_id', '=', actor.userId)
    .where('k.status', '=', 'open')
    .where('k.decided_at', 'is not', null);
  const fromCases = db
    .selectFrom('reports_of_concern as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('units as u', 'u.id', 'c.owning_unit_id')
    .innerJoin('children as ch', 'ch.id', 'r.child_id')
    .select([
      sql<string | null>`NULL::uuid`.as('concern_id'), sql<string | null>`r.case_id`.as('case_id'), sql<string | null>`r.id`.as('report_id'), 'c.level',
      sql<string>`(r.created_at AT TIME ZONE 'Europe/Oslo')::date::text`.as('since'), 'u.name as unit_name', ...CHILD,
    ])
    .where('r.tenant_id', '=', actor.tenantId)
    .where('r.author_id', '=', actor.userId)
    .where('r.status', '=', 'draft')
    .where('r.concern_id', 'is', null)
    // A draft of mine on a case I can no longer read names no child to me (rules 3 and 10).
    .where(staffReadableCase(actor, today));
  return db.selectFrom(fromConcerns.unionAll(fromCases).as('t')).selectAll().orderBy('since').limit(TASK_LIMIT).execute();
}

/**
 * Per open case I hold: the latest day a consent ended — withdrawn, or past its end date — within
 * the tenant's warning days, unless a consent recorded after it is in force today. Whoever came in
 * through it has lost access, and measures may be left with them (DESIGN §4 rule 4).
 */
export async function consentsEnded(db: Executor, actor: StaffActor, today: string) {
  const endedOn = sql<string>`(CASE WHEN k.withdrawn_at IS NOT NULL THEN (k.withdrawn_at AT TIME ZONE 'Europe/Oslo')::date ELSE k.valid_to + 1 END)`;
  return db
    .selectFrom('cases as c')
    .innerJoin('consents as k', 'k.case_id', 'c.id')
    .innerJoin('tenants as t', 't.id', 'c.tenant_id')
    .innerJoin('units as u', 'u.id', 'c.owning_unit_id')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select(['c.id', 'c.level', 'u.name as unit_name', ...CHILD, sql<string>`max(${endedOn})::text`.as('ended_on')])
    .where('c.tenant_id', '=', actor.tenantId)
    .where('c.holder_id', '=', actor.userId)
    .where('c.status', '=', 'open')
    .where('k.decision', '=', 'given')
    .where(sql<SqlBool>`(k.withdrawn_at IS NOT NULL OR k.valid_to < ${today}::date)`)
    .where(sql<SqlBool>`${endedOn} <= ${today}::date AND ${endedOn} > ${today}::date - t.consent_warning_days`)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('consents as k2')
      .select('k2.id')
      .whereRef('k2.case_id', '=', 'c.id')
      .whereRef('k2.created_at', '>', 'k.created_at')
      .where(sql<SqlBool>`k2.decision = 'given' AND k2.withdrawn_at IS NULL AND k2.valid_from <= ${today}::date AND k2.valid_to >= ${today}::date`))))
    .where(staffReadableCase(actor, today))
    .groupBy(['c.id', 'c.level', 'u.name', 'ch.id', 'ch.given_name', 'ch.family_name'])
    .orderBy('ended_on', 'desc')
    .limit(TASK_LIMIT)
    .execute();
}

/**
 * Open cases I hold (and may read) with an open measure whose responsible is someone else or
 * another service: the candidates for the reach check. A measure of mine, or of the owning unit,
 * is in reach whenever I can read the case, so it is left out here.
 */
export async function heldCasesWithResponsibles(db: Executor, actor: StaffActor, today: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('units as u', 'u.id', 'c.owning_unit_id')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select(['c.id', 'c.level', 'u.name as unit_name', ...CHILD])
    .where('c.tenant_id', '=', actor.tenantId)
    .where('c.holder_id', '=', actor.userId)
    .where('c.status', '=', 'open')
    .where(({ exists, selectFrom }) => exists(selectFrom('measures as m').select('m.id').whereRef('m.case_id', '=', 'c.id').where(ACTIVE_MEASURE)
      .where(sql<SqlBool>`(m.responsible_user_id <> c.holder_id OR m.responsible_unit_id <> c.owning_unit_id)`)))
    .where(staffReadableCase(actor, today))
    .orderBy('c.opened_at')
    .limit(TASK_LIMIT)
    .execute();
}
