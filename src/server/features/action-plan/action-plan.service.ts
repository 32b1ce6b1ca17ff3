import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { conflict, notFound, validationError } from '../../platform/http/errors.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type {
  ActionPlan, NewEvaluationRequest, NewGoalRequest, NewMeasureRequest, PlanMutationResponse, UpdateGoalRequest, UpdateMeasureRequest,
} from '../../../contracts/action-plan.js';
import { loadCaseForActor, withCaseTenant, type CaseInContext } from '../cases/case-access.js';
import { caseAccess } from '../cases/cases.policy.js';
import { appendSystemEntry } from '../cases/cases.service.js';
import * as repo from './action-plan.repository.js';

const iso = (d: Date) => d.toISOString();
const versionConflict = () => conflict('version_conflict', 'Someone else changed this; reload to see the change');

/** Everyone who may read the case sees its plan: staff, and the guardians and young person of it. */
export async function getActionPlan(db: Db, actor: Actor, caseId: string): Promise<ActionPlan> {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row } = await loadCaseForActor(trx, scoped, caseId, 'read');
    const [goals, measures, evaluations] = await Promise.all([
      repo.goalsOfCase(trx, caseId), repo.measuresOfCase(trx, caseId), repo.evaluationsOfCase(trx, caseId),
    ]);
    await appendAudit(trx, scoped, [{ action: 'plan.read', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    const today = todayInNorway();
    return {
      caseId,
      goals: goals.map((g) => ({
        id: g.id,
        description: g.description,
        status: g.status,
        version: g.version,
        createdAt: iso(g.created_at),
        measures: measures.filter((m) => m.goal_id === g.id).map((m) => ({
          id: m.id,
          goalId: m.goal_id,
          description: m.description,
          responsibleUser: m.responsible_user_id ? { id: m.responsible_user_id, name: m.responsible_user_name ?? '' } : null,
          responsibleUnit: m.responsible_unit_id ? { id: m.responsible_unit_id, name: m.responsible_unit_name ?? '' } : null,
          responsibleParty: m.responsible_party,
          startOn: m.start_on,
          endOn: m.end_on,
          evaluationDue: m.evaluation_due,
          evaluationOverdue: (m.status === 'planned' || m.status === 'ongoing') && m.evaluation_due < today,
          status: m.status,
          version: m.version,
          evaluations: evaluations.filter((e) => e.measure_id === m.id).map((e) => ({
            id: e.id,
            evaluatedOn: e.evaluated_on,
            outcome: e.outcome,
            learned: e.learned,
            nextSteps: e.next_steps,
            author: { id: e.author_id, name: e.author_name },
            createdAt: iso(e.created_at),
          })),
        })),
      })),
    };
  });
}

export async function addGoal(db: Db, actor: StaffActor, caseId: string, req: NewGoalRequest): Promise<PlanMutationResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row } = await loadCaseForActor(trx, actor, caseId, 'write');
    const goal = await repo.insertGoal(trx, { tenantId: actor.tenantId, caseId, description: req.description, createdBy: actor.userId });
    await appendAudit(trx, actor, [{ action: 'goal.create', entityType: 'goal', entityId: goal.id, childId: row.child_id }]);
    return goal;
  });
}

export async function updateGoal(db: Db, actor: StaffActor, caseId: string, goalId: string, req: UpdateGoalRequest): Promise<PlanMutationResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row } = await loadCaseForActor(trx, actor, caseId, 'write');
    if (!(await repo.findGoal(trx, caseId, goalId))) throw notFound();
    const patch = { ...(req.description !== undefined && { description: req.description }), ...(req.status && { status: req.status }) };
    const updated = await repo.updateGoal(trx, goalId, req.version, patch);
    if (!updated) throw versionConflict();
    await appendAudit(trx, actor, [{ action: 'goal.update', entityType: 'goal', entityId: goalId, childId: row.child_id }]);
    return updated;
  });
}

export async function addMeasure(db: Db, actor: StaffActor, caseId: string, req: NewMeasureRequest): Promise<PlanMutationResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const loaded = await loadCaseForActor(trx, actor, caseId, 'write');
    await checkMeasureReferences(trx, loaded, req);
    const measure = await repo.insertMeasure(trx, {
      tenant_id: actor.tenantId, case_id: caseId, created_by: actor.userId, goal_id: req.goalId, description: req.description,
      responsible_user_id: req.responsibleUserId ?? null, responsible_unit_id: req.responsibleUnitId ?? null,
      responsible_party: req.responsibleParty ?? null,
      start_on: req.startOn, end_on: req.endOn ?? null, evaluation_due: req.evaluationDue, status: 'planned',
    });
    await appendAudit(trx, actor, [{ action: 'measure.create', entityType: 'measure', entityId: measure.id, childId: loaded.row.child_id }]);
    return measure;
  });
}

export async function updateMeasure(
  db: Db, actor: StaffActor, caseId: string, measureId: string, req: UpdateMeasureRequest,
): Promise<PlanMutationResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const loaded = await loadCaseForActor(trx, actor, caseId, 'write');
    const stored = await repo.findMeasure(trx, caseId, measureId);
    if (!stored) throw notFound();
    const merged = {
      goal_id: req.goalId ?? stored.goal_id,
      responsible_user_id: req.responsibleUserId === undefined ? stored.responsible_user_id : req.responsibleUserId,
      responsible_unit_id: req.responsibleUnitId === undefined ? stored.responsible_unit_id : req.responsibleUnitId,
      responsible_party: req.responsibleParty === undefined ? stored.responsible_party : req.responsibleParty,
      start_on: req.startOn ?? stored.start_on,
      end_on: req.endOn === undefined ? stored.end_on : req.endOn,
    };
    const problems = [];
    if (!merged.responsible_user_id && !merged.responsible_unit_id && !merged.responsible_party) {
      problems.push({ path: 'responsibleUserId', code: 'required', message: 'A responsible person, service, the family or the child is required' });
    }
    if (merged.end_on && merged.end_on < merged.start_on) {
      problems.push({ path: 'endOn', code: 'before_start', message: 'The end date is before the start date' });
    }
    // Nor can its start move past an evaluation already made.
    const firstEvaluation = req.startOn ? await repo.firstEvaluationOn(trx, measureId) : null;
    if (firstEvaluation && firstEvaluation < merged.start_on) {
      problems.push({ path: 'startOn', code: 'after_evaluation', message: 'The measure was evaluated before this start date' });
    }
    if (problems.length > 0) throw validationError(problems);
    // Only references that change are checked again: a person who has since lost access stays
    // recorded as responsible on an old measure until someone changes it.
    await checkMeasureReferences(trx, loaded, {
      goalId: req.goalId,
      responsibleUserId: req.responsibleUserId !== stored.responsible_user_id ? req.responsibleUserId ?? undefined : undefined,
      responsibleUnitId: req.responsibleUnitId !== stored.responsible_unit_id ? req.responsibleUnitId ?? undefined : undefined,
    });
    const patch: Partial<repo.MeasureValues> = {
      ...merged,
      ...(req.description !== undefined && { description: req.description }),
      ...(req.evaluationDue && { evaluation_due: req.evaluationDue }),
      ...(req.status && { status: req.status }),
    };
    const updated = await repo.updateMeasure(trx, measureId, req.version, patch);
    if (!updated) throw versionConflict();
    await appendAudit(trx, actor, [{ action: 'measure.update', entityType: 'measure', entityId: measureId, childId: loaded.row.child_id }]);
    return updated;
  });
}

/**
 * Records an evaluation, writes the 'evaluation' entry in the log and, with a next evaluation
 * date, moves the measure's evaluation date. Answers with the measure's id and version.
 */
export async function evaluateMeasure(
  db: Db, actor: StaffActor, caseId: string, measureId: string, req: NewEvaluationRequest,
): Promise<PlanMutationResponse> {
  // An evaluation records what happened, like a log entry: never on a day still to come.
  if (req.evaluatedOn > todayInNorway()) {
    throw validationError([{ path: 'evaluatedOn', code: 'in_future', message: 'The date cannot be in the future' }]);
  }
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row } = await loadCaseForActor(trx, actor, caseId, 'write');
    const measure = await repo.findMeasure(trx, caseId, measureId);
    if (!measure) throw notFound();
    // A measure cannot be evaluated before it has started.
    if (req.evaluatedOn < measure.start_on) {
      throw validationError([{ path: 'evaluatedOn', code: 'before_measure_start', message: 'The evaluation is dated before the measure starts' }]);
    }
    const evaluation = await repo.insertEvaluation(trx, {
      tenant_id: actor.tenantId, case_id: caseId, measure_id: measureId, evaluated_on: req.evaluatedOn, outcome: req.outcome,
      learned: req.learned, next_steps: req.nextSteps, author_id: actor.userId,
    });
    const result = req.nextEvaluationDue
      ? await repo.moveEvaluationDue(trx, measureId, req.nextEvaluationDue)
      : { id: measureId, version: measure.version };
    await appendSystemEntry(trx, actor, caseId, {
      kind: 'evaluation',
      occurredOn: req.evaluatedOn,
      body: req.nextSteps ? `${req.learned}\n\n${req.nextSteps}` : req.learned,
      payload: {
        evaluationId: evaluation.id, measureId, goalId: measure.goal_id, outcome: req.outcome, nextEvaluationDue: req.nextEvaluationDue ?? null,
      },
    });
    await appendAudit(trx, actor, [{ action: 'evaluation.create', entityType: 'evaluation', entityId: evaluation.id, childId: row.child_id }]);
    return result;
  });
}

/**
 * Rules zod cannot check, each a 400 on its field with nothing written: the goal belongs to
 * this case; the responsible person is an active staff user of the tenant who can read the
 * case now (so that the evaluation shows up on their «My work» and its link opens); the
 * responsible service is a unit of the tenant.
 */
export async function checkMeasureReferences(
  trx: Trx,
  loaded: CaseInContext,
  ref: { goalId?: string; responsibleUserId?: string; responsibleUnitId?: string },
): Promise<void> {
  const caseId = loaded.row.id;
  if (ref.goalId && !(await repo.findGoal(trx, caseId, ref.goalId))) {
    throw validationError([{ path: 'goalId', code: 'unknown_goal', message: 'The goal is not part of this case' }]);
  }
  if (ref.responsibleUserId) {
    const user = await repo.staffUserWithRoles(trx, ref.responsibleUserId);
    const unitRoles = new Map<string, Set<'employee' | 'leader' | 'resource_person'>>();
    for (const r of user?.roles ?? []) unitRoles.set(r.unit_id, (unitRoles.get(r.unit_id) ?? new Set()).add(r.role));
    const canRead = user?.active && caseAccess(
      { kind: 'staff', userId: user.id, tenantId: loaded.row.tenant_id, name: '', municipalRoles: new Set(), unitRoles, requestId: '' },
      loaded.facts,
    );
    if (!canRead) {
      throw validationError([{
        path: 'responsibleUserId', code: 'no_case_access',
        message: 'The responsible person cannot see the case: add them to it first (staff of another service need a consent covering their service)',
      }]);
    }
  }
  if (ref.responsibleUnitId && !(await repo.unitExists(trx, ref.responsibleUnitId))) {
    throw validationError([{ path: 'responsibleUnitId', code: 'unknown_unit', message: 'The unit does not exist' }]);
  }
  // Another service carries out a measure only with the family's consent to share with it; the
  // owning unit is the case's own service.
  if (ref.responsibleUnitId && ref.responsibleUnitId !== loaded.facts.owningUnitId && !loaded.facts.consentUnitIds.has(ref.responsibleUnitId)) {
    throw validationError([{
      path: 'responsibleUnitId', code: 'needs_consent',
      message: 'No valid consent covers this service: record a consent that covers it before making it responsible',
    }]);
  }
}
