import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { UnitRole } from '../../platform/db/schema.js';

/** The action plan of one case: goals, measures and evaluations, each in one query. */
export async function goalsOfCase(db: Executor, caseId: string) {
  return db
    .selectFrom('goals')
    .select(['id', 'description', 'status', 'version', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function measuresOfCase(db: Executor, caseId: string) {
  return db
    .selectFrom('measures as m')
    .leftJoin('users as u', 'u.id', 'm.responsible_user_id')
    .leftJoin('units as un', 'un.id', 'm.responsible_unit_id')
    .select([
      'm.id', 'm.goal_id', 'm.description', 'm.responsible_user_id', 'u.name as responsible_user_name',
      'm.responsible_unit_id', 'un.name as responsible_unit_name', 'm.responsible_party', 'm.start_on', 'm.end_on', 'm.evaluation_due',
      'm.status', 'm.version',
    ])
    .where('m.case_id', '=', caseId)
    .orderBy('m.start_on')
    .orderBy('m.created_at')
    .execute();
}

export async function evaluationsOfCase(db: Executor, caseId: string) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('users as u', 'u.id', 'e.author_id')
    .select(['e.id', 'e.measure_id', 'e.evaluated_on', 'e.outcome', 'e.learned', 'e.next_steps', 'e.author_id', 'u.name as author_name', 'e.created_at'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.evaluated_on')
    .orderBy('e.created_at')
    .execute();
}

export async function findGoal(db: Executor, caseId: string, goalId: string) {
  return db.selectFrom('goals').selectAll().where('id', '=', goalId).where('case_id', '=', caseId).executeTakeFirst();
}

export async function findMeasure(db: Executor, caseId: string, measureId: string) {
  return db.selectFrom('measures').selectAll().where('id', '=', measureId).where('case_id', '=', caseId).executeTakeFirst();
}

export async function insertGoal(db: Executor, v: { tenantId: string; caseId: string; description: string; createdBy: string }) {
  return db
    .insertInto('goals')
    .values({ tenant_id: v.tenantId, case_id: v.caseId, description: v.description, created_by: v.createdBy })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** Updates when the stored version is `version`; undefined means someone else changed it first. */
export async function updateGoal(
  db: Executor,
  goalId: string,
  version: number,
  patch: { description?: string; status?: 'active' | 'achieved' | 'dropped' },
) {
  return db
    .updateTable('goals')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', goalId)
    .where('version', '=', version)
    .returning(['id', 'version'])
    .executeTakeFirst();
}

export interface MeasureValues {
  goal_id: string;
  description: string;
  responsible_user_id: string | null;
  responsible_unit_id: string | null;
  responsible_party: 'guardians' | 'child' | null;
  start_on: string;
  end_on: string | null;
  evaluation_due: string;
  status: 'planned' | 'ongoing' | 'completed' | 'stopped';
}

export async function insertMeasure(db: Executor, v: MeasureValues & { tenant_id: string; case_id: string; created_by: string }) {
  return db.insertInto('measures').values(v).returning(['id', 'version']).executeTakeFirstOrThrow();
}

export async function updateMeasure(db: Executor, measureId: string, version: number, patch: Partial<MeasureValues>) {
  return db
    .updateTable('measures')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', measureId)
    .where('version', '=', version)
    .returning(['id', 'version'])
    .executeTakeFirst();
}

/** Moves the next evaluation date without a version check: an evaluation never conflicts with an edit of the text. */
export async function moveEvaluationDue(db: Executor, measureId: string, evaluationDue: string) {
  return db
    .updateTable('measures')
    .set({ evaluation_due: evaluationDue, version: sql<number>`version + 1` })
    .where('id', '=', measureId)
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** The first day the measure was evaluated, if ever: its start cannot move past it. */
export async function firstEvaluationOn(db: Executor, measureId: string): Promise<string | null> {
  const r = await db.selectFrom('evaluations').select((e) => e.fn.min('evaluated_on').as('first')).where('measure_id', '=', measureId).executeTakeFirst();
  return (r?.first as string | null | undefined) ?? null;
}

export async function insertEvaluation(
  db: Executor,
  v: { tenant_id: string; case_id: string; measure_id: string; evaluated_on: string; outcome: 'achieved' | 'partly' | 'not'; learned: string; next_steps: string; author_id: string },
) {
  return db.insertInto('evaluations').values(v).returning('id').executeTakeFirstOrThrow();
}

/** An active staff user of the tenant (row-level security hides other tenants) with their unit roles. */
export async function staffUserWithRoles(db: Executor, userId: string) {
  return db
    .selectFrom('users as u')
    .select((eb) => [
      'u.id', 'u.name', 'u.active',
      eb
        .selectFrom('unit_memberships as m')
        .select(sql<{ unit_id: string; role: UnitRole }[]>`coalesce(json_agg(json_build_object('unit_id', m.unit_id, 'role', m.role)), '[]'::json)`.as('r'))
        .whereRef('m.user_id', '=', 'u.id')
        .as('roles'),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

export async function unitExists(db: Executor, unitId: string): Promise<boolean> {
  return (await db.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst()) !== undefined;
}

/** Open (planned, ongoing) measures of a case with the responsible person's unit roles, for the reach check. */
export async function openMeasuresWithResponsible(db: Executor, caseId: string) {
  return db
    .selectFrom('measures as m')
    .leftJoin('users as u', 'u.id', 'm.responsible_user_id')
    .leftJoin('units as un', 'un.id', 'm.responsible_unit_id')
    .select((eb) => [
      'm.id', 'm.description', 'm.responsible_user_id', 'u.name as responsible_user_name', 'u.active as responsible_user_active',
      'm.responsible_unit_id', 'un.name as responsible_unit_name',
      eb
        .selectFrom('unit_memberships as um')
        .select(sql<{ unit_id: string; role: UnitRole }[]>`coalesce(json_agg(json_build_object('unit_id', um.unit_id, 'role', um.role)), '[]'::json)`.as('r'))
        .whereRef('um.user_id', '=', 'm.responsible_user_id')
        .as('responsible_roles'),
    ])
    .where('m.case_id', '=', caseId)
    .where('m.status', 'in', ['planned', 'ongoing'])
    .orderBy('m.start_on')
    .orderBy('m.id')
    .execute();
}
