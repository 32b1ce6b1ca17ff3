import { z } from 'zod';
import { isoDate, page, unitType, uuid, version } from './common.js';
import { maxLevelNumber } from './levels.js';

/**
 * Level 0: the worry (uro, bekymring). An employee registers what they observed about a child
 * enrolled in their unit, records the steps (talking it through inside the unit, with the child,
 * with the guardians) and decides within the municipality's deadline. Visible only to the
 * author and the leaders and resource persons of the concern's unit (DESIGN.md §4 rule 2).
 *
 * Error codes besides zod's field errors: 400 validation_failed with field codes future_date
 * (observedOn, occurredOn), unknown_signal (signals.<i>), unit_not_yours (unitId),
 * guardians_not_contacted (kind: a conversation with the guardians on a concern flagged so),
 * child_not_enrolled (decision: open_case for a child who has left the unit);
 * 404 not_found (no such concern, no access, child not enrolled today in the unit);
 * 403 forbidden (a resource person writing); 409 concern_decided, 409 version_conflict.
 */

/** Free text written by people: trimmed, not empty, bounded. */
const text = (max: number) => z.string().trim().min(1).max(max);

/** 1 be attentive, thriving · 2 be attentive, reduced thriving · 3 grounds for concern · 4 notify child welfare or police */
export const concernScale = z.number().int().min(1).max(4);
export const concernStatuses = ['open', 'closed', 'case_opened', 'reported'] as const;
export const concernStatus = z.enum(concernStatuses);
/** anonymous_consultation: the worry talked through with another service without naming the child (serviceName says which) */
export const concernStepKinds = ['discussion_colleague', 'discussion_leader', 'conversation_child', 'conversation_guardians', 'anonymous_consultation'] as const;
export const concernStepKind = z.enum(concernStepKinds);
/** Where the worry came from: seen by the author, told by someone else, told by the child or family, a closed child-welfare case. */
export const concernSources = ['own_observation', 'told_by_others', 'child_or_family', 'closed_child_welfare_case'] as const;
export const concernSource = z.enum(concernSources);
export type ConcernSource = z.infer<typeof concernSource>;
/** close: no further concern · open_case: a case at level 1 or 2 · report: a report of concern to child welfare */
export const concernDecisions = ['close', 'open_case', 'report'] as const;
export const concernDecision = z.enum(concernDecisions);
/** Why the current user sees the concern. */
export const concernAccessReason = z.enum(['author', 'unit_leader', 'unit_resource_person']);

/**
 * Samla's default signals (when a municipality has configured none): stored on a concern by their
 * bokmål label, shown in the reader's language by their key. Drawn from the kinds of signs the
 * BTI action guides ask staff to look for («Barn og unges signaler», seed 003).
 */
export const defaultConcernSignals = [
  { key: 'changed_behaviour', nb: 'Endret atferd' },
  { key: 'withdrawn_or_sad', nb: 'Tilbaketrukket eller trist' },
  { key: 'acting_out', nb: 'Utagerende eller aggressiv' },
  { key: 'high_absence', nb: 'Høyt fravær' },
  { key: 'lack_of_care', nb: 'Manglende omsorg (mat, klær, hygiene)' },
  { key: 'unexplained_injuries', nb: 'Skader uten god forklaring' },
  { key: 'child_tells', nb: 'Barnet forteller om noe bekymringsfullt' },
  { key: 'conflict_or_violence_at_home', nb: 'Konflikter eller vold i hjemmet' },
  { key: 'substance_abuse_in_family', nb: 'Rus i familien' },
  { key: 'falling_behind', nb: 'Faglig tilbakegang' },
  { key: 'friendship_or_exclusion', nb: 'Vansker med venner eller utenforskap' },
  { key: 'sleep_or_tiredness', nb: 'Søvnproblemer eller tretthet' },
] as const;
export type DefaultSignalKey = (typeof defaultConcernSignals)[number]['key'];

/** A signal label as the municipality configures it (tenants.concern_signals). */
export const concernSignal = z.string().trim().min(1).max(80);

export const newConcernRequest = z.strictObject({
  childId: uuid,
  /** the author's unit where the child is enrolled today; the concern belongs to this unit */
  unitId: uuid,
  /** not in the future */
  observedOn: isoDate,
  observation: text(8000),
  concernScale,
  /** labels from GET /api/concern-settings; anything else is refused per item (signals.<i>, unknown_signal) */
  signals: z
    .array(concernSignal)
    .max(30)
    .refine((s) => new Set(s).size === s.length, { message: 'Each signal once' })
    .default([]),
  /** guardians deliberately not contacted because violence or abuse is suspected */
  guardiansNotContacted: z.boolean().default(false),
  /** where the worry came from (optional: concerns registered before it was asked have none) */
  source: concernSource.optional(),
});
export type NewConcernRequest = z.input<typeof newConcernRequest>;

export const concernListRequest = z.strictObject({
  /** mine: concerns I wrote · unit: concerns of the units I lead or am a resource person in */
  scope: z.enum(['mine', 'unit']).default('mine'),
  /** with scope unit: only this one of my units */
  unitId: uuid.optional(),
  status: concernStatus.optional(),
  /** only open concerns without a decision whose decision date has passed */
  overdue: z.boolean().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ConcernListRequest = z.input<typeof concernListRequest>;

const personRef = z.object({ id: uuid, name: z.string() });

export const concernSummary = z.object({
  id: uuid,
  child: z.object({ id: uuid, givenName: z.string(), familyName: z.string(), birthDate: isoDate }),
  unit: z.object({ id: uuid, name: z.string(), type: unitType }),
  author: personRef,
  observedOn: isoDate,
  concernScale,
  status: concernStatus,
  decisionDue: isoDate,
  /** no decision yet and the decision date has passed */
  overdue: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type ConcernSummary = z.infer<typeof concernSummary>;
/** Newest first. */
export const concernListResponse = page(concernSummary);

export const concernStep = z.object({
  id: uuid,
  kind: concernStepKind,
  occurredOn: isoDate,
  summary: z.string(),
  /** anonymous_consultation: the service consulted */
  serviceName: z.string().nullable(),
  author: personRef,
  createdAt: z.iso.datetime(),
});
export type ConcernStep = z.infer<typeof concernStep>;

export const concernDetail = concernSummary.extend({
  observation: z.string(),
  signals: z.array(z.string()),
  guardiansNotContacted: z.boolean(),
  source: concernSource.nullable(),
  /** oldest first */
  steps: z.array(concernStep),
  /**
   * null until decided. decision 'report' with status 'open' means a report of concern is being
   * written (the reports feature sets status 'reported' when it is sent).
   */
  decision: z
    .object({ kind: concernDecision, reason: z.string(), decidedAt: z.iso.datetime(), decidedBy: personRef.nullable() })
    .nullable(),
  caseId: uuid.nullable(),
  version,
  /** what the current user may do: write = add steps and decide while undecided */
  myAccess: z.object({ reason: concernAccessReason, write: z.boolean() }),
});
export type ConcernDetail = z.infer<typeof concernDetail>;

/** Adding a step changes the concern's version, so a decision taken on an older view is refused. */
export const newConcernStepRequest = z.strictObject({
  kind: concernStepKind,
  /** not in the future */
  occurredOn: isoDate,
  summary: text(8000),
  /** anonymous_consultation only, and then required: the service consulted (never the child's name) */
  serviceName: text(200).optional(),
}).superRefine((v, ctx) => {
  if (v.kind === 'anonymous_consultation' && !v.serviceName) {
    ctx.addIssue({ code: 'custom', path: ['serviceName'], message: 'Name the service consulted' });
  }
  if (v.kind !== 'anonymous_consultation' && v.serviceName !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['serviceName'], message: 'Only an anonymous consultation names a service' });
  }
});
export type NewConcernStepRequest = z.input<typeof newConcernStepRequest>;

export const concernDecisionRequest = z
  .strictObject({
    decision: concernDecision,
    reason: text(4000),
    /** open_case only: the case's level */
    level: z.number().int().min(1).max(maxLevelNumber).optional(),
    version,
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'open_case' && v.level === undefined) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'Choose the case\'s level' });
    }
    if (v.decision !== 'open_case' && v.level !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'Only a new case has a level' });
    }
  });
export type ConcernDecisionRequest = z.input<typeof concernDecisionRequest>;

export const concernMutationResponse = z.object({ id: uuid, version });
export const concernDecisionResponse = concernMutationResponse.extend({
  status: concernStatus,
  /** the case opened by decision open_case */
  caseId: uuid.nullable(),
});

/** What the registration form needs: the municipality's signals (or the default list), deadline and age. */
export const concernSettings = z.object({
  signals: z.array(z.string()),
  decisionDays: z.number().int(),
  youngPersonAge: z.union([z.literal(15), z.literal(16)]),
  /** opening a case at level 2 with no other service involved yet: warned about, or refused (open at level 1 first) */
  levelWithoutOtherService: z.enum(['warn', 'require']),
});
export type ConcernSettings = z.infer<typeof concernSettings>;

/**
 * The level-0 record as the case it led to shows it (GET /api/cases/:id/concern): what was
 * observed, the scale, signals, where it came from, the talks and the decision. Read by staff who
 * may read the case, audited as case.concern_read.
 */
export const concernRecord = z.object({
  id: uuid,
  unitName: z.string(),
  author: personRef,
  observedOn: isoDate,
  observation: z.string(),
  concernScale,
  signals: z.array(z.string()),
  source: concernSource.nullable(),
  guardiansNotContacted: z.boolean(),
  steps: z.array(concernStep),
  decision: z.object({ kind: concernDecision, reason: z.string(), decidedAt: z.iso.datetime() }).nullable(),
});
export type ConcernRecord = z.infer<typeof concernRecord>;
