import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { ConcernStatus, ConcernStepKind, ConcernSource } from '../../platform/db/schema.js';

/** Under withTenant, RLS shows only the transaction's own tenant. */
export async function concernSettings(db: Executor, tenantId: string) {
  return db
    .selectFrom('tenants')
    .select(['concern_decision_days', 'young_person_age', 'concern_signals', 'level_without_other_service'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
}

export interface NewConcern {
  tenantId: string;
  childId: string;
  unitId: string;
  authorId: string;
  observedOn: string;
  source?: ConcernSource | null;
  observation: string;
  concernScale: number;
  signals: string[];
  guardiansNotContacted: boolean;
  decisionDue: string;
}

export async function insertConcern(db: Executor, v: NewConcern) {
  return db
    .insertInto('concerns')
    .values({
      tenant_id: v.tenantId, child_id: v.childId, unit_id: v.unitId, author_id: v.authorId, observed_on: v.observedOn,
      observation: v.observation, concern_scale: v.concernScale, signals: JSON.stringify(v.signals),
      guardians_not_contacted: v.guardiansNotContacted, decision_due: v.decisionDue, source: v.source ?? null,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** The bare row: what the policy and the state checks need. `lock` holds it until commit for a write. */
export async function findConcern(db: Executor, id: string, lock = false) {
  const q = db.selectFrom('concerns').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

/** Summary columns: the child, the unit and the author by name. Expects alias c. */
function withNames(db: Executor) {
  return db
    .selectFrom('concerns as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .innerJoin('users as a', 'a.id', 'c.author_id')
    .select([
      'c.id', 'c.child_id', 'ch.given_name', 'ch.family_name', 'ch.birth_date', 'c.unit_id', 'u.name as unit_name',
      'u.type as unit_type', 'c.author_id', 'a.name as author_name', 'c.observed_on', 'c.concern_scale', 'c.status',
      'c.decision_due', 'c.decided_at', 'c.created_at',
      // The exact timestamp as text for the cursor: a JS Date would drop the microseconds.
      sql<string>`c.created_at::text`.as('created_at_text'),
    ]);
}

export async function concernDetail(db: Executor, id: string) {
  return withNames(db)
    .leftJoin('users as d', 'd.id', 'c.decided_by')
    .select([
      'c.observation', 'c.signals', 'c.guardians_not_contacted', 'c.decision_reason', 'c.decided_by', 'd.name as decided_by_name',
      'c.case_id', 'c.version', 'c.source',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function stepsOf(db: Executor, concernId: string) {
  return db
    .selectFrom('concern_steps as s')
    .innerJoin('users as a', 'a.id', 's.author_id')
    .select(['s.id', 's.kind', 's.occurred_on', 's.summary', 's.author_id', 'a.name as author_name', 's.created_at', 's.service_name'])
    .where('s.concern_id', '=', concernId)
    .orderBy('s.occurred_on')
    .orderBy('s.created_at')
    .execute();
}

export async function insertStep(
  db: Executor,
  v: { tenantId: string; concernId: string; kind: ConcernStepKind; occurredOn: string; summary: string; authorId: string; serviceName?: string | null },
) {
  return db
    .insertInto('concern_steps')
    .values({ tenant_id: v.tenantId, concern_id: v.concernId, kind: v.kind, occurred_on: v.occurredOn, summary: v.summary, author_id: v.authorId, service_name: v.serviceName ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Moves the version on when the concern changes; nothing happens if someone else moved it first. */
export async function bumpVersion(db: Executor, id: string, expected: number) {
  return db
    .updateTable('concerns')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
}

export async function recordDecision(
  db: Executor,
  id: string,
  expectedVersion: number,
  v: { status: ConcernStatus; reason: string; decidedBy: string; caseId: string | null },
) {
  return db
    .updateTable('concerns')
    .set((eb) => ({
      status: v.status, decision_reason: v.reason, decided_at: new Date(), decided_by: v.decidedBy, case_id: v.caseId,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'open')
    .where('decided_at', 'is', null)
    .returning(['version', 'status', 'case_id'])
    .executeTakeFirst();
}

/** A report of concern was sent: an open concern becomes 'reported'; a closed one or one with a case stays as it is. */
export async function markReported(db: Executor, id: string, byUserId: string | null) {
  return db
    .updateTable('concerns')
    .set((eb) => ({
      status: 'reported',
      decided_at: eb.fn.coalesce('decided_at', sql<Date>`now()`),
      decided_by: eb.fn.coalesce('decided_by', sql<string | null>`${byUserId}::uuid`),
      decision_reason: eb.fn.coalesce('decision_reason', sql<string>`''`),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning('version')
    .executeTakeFirst();
}

export type ConcernScope = { kind: 'author'; userId: string } | { kind: 'units'; unitIds: string[] };

/**
 * The SQL twin of concernAccess() for lists (alias c): the author's own concerns, or those of
 * units the user leads or is a resource person in (the caller passes only such units).
 */
function inScope(scope: ConcernScope): Expression<SqlBool> {
  if (scope.kind === 'author') return sql<SqlBool>`c.author_id = ${scope.userId}::uuid`;
  if (scope.unitIds.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`c.unit_id IN (${sql.join(scope.unitIds.map((u) => sql`${u}::uuid`))})`;
}

export interface ListParams {
  scope: ConcernScope;
  status?: ConcernStatus;
  overdue?: boolean;
  today: string;
  after?: [string, string];
  limit: number;
}

/** Newest first, keyset-paged on (created_at, id). */
export async function listConcerns(db: Executor, p: ListParams) {
  let q = withNames(db).where(inScope(p.scope)).orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(p.limit);
  if (p.status) q = q.where('c.status', '=', p.status);
  if (p.overdue === true) {
    q = q.where('c.status', '=', 'open').where('c.decided_at', 'is', null).where('c.decision_due', '<', p.today);
  } else if (p.overdue === false) {
    q = q.where(sql<SqlBool>`NOT (c.status = 'open' AND c.decided_at IS NULL AND c.decision_due < ${p.today}::date)`);
  }
  if (p.after) {
    const [at, id] = p.after;
    q = q.where(sql<SqlBool>`(c.created_at, c.id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  return q.execute();
}

/** One child's concerns the user may see (inScope: their own, or of units they oversee), newest first. */
export async function concernsOfChild(db: Executor, childId: string, scopes: ConcernScope[]) {
  return db
    .selectFrom('concerns as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .select(['c.id', 'c.status', 'c.decided_at', 'c.decision_due', 'c.observed_on', 'c.case_id', 'c.unit_id', 'u.name as unit_name'])
    .where('c.child_id', '=', childId)
    .where((eb) => eb.or(scopes.map(inScope)))
    .orderBy('c.created_at', 'desc')
    .limit(50)
    .execute();
}
