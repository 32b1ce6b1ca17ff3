import { z } from 'zod';
import { isoDate, uuid, version } from './common.js';
import { optionalText, text } from './cases.js';

/**
 * The action plan of a case (tiltaksplan): goals, the measures that serve them, and the
 * evaluations of each measure. Read with case read access; written with case write access
 * (scope 'staff'). Every edit carries the row's `version` (409 version_conflict otherwise).
 */
export const goalStatuses = ['active', 'achieved', 'dropped'] as const;
export const goalStatus = z.enum(goalStatuses);
export const measureStatuses = ['planned', 'ongoing', 'completed', 'stopped'] as const;
export const measureStatus = z.enum(measureStatuses);
export const evaluationOutcomes = ['achieved', 'partly', 'not'] as const;
export const evaluationOutcome = z.enum(evaluationOutcomes);

export const evaluation = z.object({
  id: uuid,
  evaluatedOn: isoDate,
  outcome: evaluationOutcome,
  learned: z.string(),
  nextSteps: z.string(),
  author: z.object({ id: uuid, name: z.string() }),
  createdAt: z.iso.datetime(),
});
export type Evaluation = z.infer<typeof evaluation>;

/** A measure carried out by the family («foreldrene») or the child («barnet») rather than by staff or a service. */
export const responsibleParties = ['guardians', 'child'] as const;
export const responsibleParty = z.enum(responsibleParties);

export const measure = z.object({
  id: uuid,
  goalId: uuid,
  description: z.string(),
  /** the responsible person, the responsible service (unit), or both; at least one is set */
  responsibleUser: z.object({ id: uuid, name: z.string() }).nullable(),
  responsibleUnit: z.object({ id: uuid, name: z.string() }).nullable(),
  /** carried out by the family (guardians) or the child themself */
  responsibleParty: responsibleParty.nullable(),
  startOn: isoDate,
  endOn: isoDate.nullable(),
  evaluationDue: isoDate,
  /** planned or ongoing and evaluationDue before today (Europe/Oslo) */
  evaluationOverdue: z.boolean(),
  status: measureStatus,
  version,
  /** oldest first */
  evaluations: z.array(evaluation),
});
export type Measure = z.infer<typeof measure>;

export const goal = z.object({
  id: uuid,
  description: z.string(),
  status: goalStatus,
  version,
  createdAt: z.iso.datetime(),
  /** in order of start date */
  measures: z.array(measure),
});
export type Goal = z.infer<typeof goal>;

/** GET /api/cases/:id/plan — goals oldest first. */
export const actionPlan = z.object({ caseId: uuid, goals: z.array(goal) });
export type ActionPlan = z.infer<typeof actionPlan>;

export const caseGoalParams = z.object({ id: uuid, goalId: uuid });
export const caseMeasureParams = z.object({ id: uuid, measureId: uuid });

export const newGoalRequest = z.strictObject({ description: text(4000) });
export type NewGoalRequest = z.infer<typeof newGoalRequest>;

export const updateGoalRequest = z.strictObject({
  description: text(4000).optional(),
  status: goalStatus.optional(),
  version,
});
export type UpdateGoalRequest = z.infer<typeof updateGoalRequest>;

const endNotBeforeStart = (m: { startOn?: string; endOn?: string | null }, ctx: z.RefinementCtx) => {
  if (m.startOn && m.endOn && m.endOn < m.startOn) {
    ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'The end date is before the start date' });
  }
};

/**
 * The responsible person must be a staff user of the tenant who can read the case now
 * (relay holder, member, or a leader of the owning unit): add them to the case first.
 * The responsible service is any unit of the tenant. At least one of the two.
 * Rules zod cannot check (goal of this case, person with access) answer 400 with a field error
 * on `goalId` / `responsibleUserId` / `responsibleUnitId`.
 */
export const newMeasureRequest = z.strictObject({
  goalId: uuid,
  description: text(4000),
  responsibleUserId: uuid.optional(),
  responsibleUnitId: uuid.optional(),
  responsibleParty: responsibleParty.optional(),
  startOn: isoDate,
  endOn: isoDate.optional(),
  evaluationDue: isoDate,
}).superRefine((m, ctx) => {
  if (!m.responsibleUserId && !m.responsibleUnitId && !m.responsibleParty) {
    ctx.addIssue({ code: 'custom', path: ['responsibleUserId'], message: 'A responsible person, service, the family or the child is required' });
  }
  endNotBeforeStart(m, ctx);
});
export type NewMeasureRequest = z.infer<typeof newMeasureRequest>;

/** Only the fields sent change; null clears an optional field. The end ≥ start rule is checked against the stored dates too. */
export const updateMeasureRequest = z.strictObject({
  goalId: uuid.optional(),
  description: text(4000).optional(),
  responsibleUserId: uuid.nullable().optional(),
  responsibleUnitId: uuid.nullable().optional(),
  responsibleParty: responsibleParty.nullable().optional(),
  startOn: isoDate.optional(),
  endOn: isoDate.nullable().optional(),
  evaluationDue: isoDate.optional(),
  status: measureStatus.optional(),
  version,
}).superRefine(endNotBeforeStart);
export type UpdateMeasureRequest = z.infer<typeof updateMeasureRequest>;

/** Also writes an 'evaluation' entry in the log; nextEvaluationDue moves the measure's evaluationDue. */
export const newEvaluationRequest = z.strictObject({
  evaluatedOn: isoDate,
  outcome: evaluationOutcome,
  learned: text(8000),
  nextSteps: optionalText(8000).default(''),
  nextEvaluationDue: isoDate.optional(),
}).superRefine((e, ctx) => {
  if (e.nextEvaluationDue && e.nextEvaluationDue < e.evaluatedOn) {
    ctx.addIssue({ code: 'custom', path: ['nextEvaluationDue'], message: 'The next evaluation is before this one' });
  }
});
export type NewEvaluationRequest = z.infer<typeof newEvaluationRequest>;

/** Answer of every plan write: the row written and its new version (evaluations: the measure's new version). */
export const planMutationResponse = z.object({ id: uuid, version });
export type PlanMutationResponse = z.infer<typeof planMutationResponse>;
