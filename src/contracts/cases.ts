import { z } from 'zod';
import { isoDate, page, staffFunction, unitRole, unitType, uuid, version } from './common.js';
import { levelNames, maxLevelNumber } from './levels.js';

/** Free text written by people: trimmed, not empty, bounded. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);

/** A level after the concern's (BTI: 1–3); the service checks it against the municipality's model (contracts/levels.ts). */
export const caseLevel = z.number().int().min(1).max(maxLevelNumber);
export const caseStatus = z.enum(['open', 'closed']);
export const closeReasons = ['goals_reached', 'moved', 'other_service', 'guardians_withdrew', 'other'] as const;
export const closeReason = z.enum(closeReasons);

/** Kinds a person writes in the log; the others are written by the system as things happen. */
export const writableEntryKinds = [
  'observation', 'conversation', 'child_voice', 'guardians_view', 'meeting', 'decision', 'evaluation', 'note',
] as const;
export const writableEntryKind = z.enum(writableEntryKinds);
export const entryKinds = [
  ...writableEntryKinds, 'level_change', 'handover', 'consent_event', 'report_sent', 'opened', 'closed', 'reopened', 'correction',
] as const;
export const entryKind = z.enum(entryKinds);

export const accessReasons = [
  'holder_unit', 'holder_consent', 'member_unit', 'member_consent', 'unit_leader', 'unit_resource_person', 'guardian', 'young_person',
] as const;
export const accessReason = z.enum(accessReasons);

const personRef = z.object({ id: uuid, name: z.string() });
const unitRef = z.object({ id: uuid, name: z.string(), type: unitType });

export const openCaseRequest = z.strictObject({
  childId: uuid,
  owningUnitId: uuid,
  level: caseLevel,
  /** why the case is opened at this level: the first entry of the log */
  reason: text(4000),
  concernId: uuid.optional(),
  /** violence or abuse is suspected: the guardians and the young person do not see the case until staff lift this */
  residentsRestricted: z.boolean().optional(),
  /**
   * POST /api/cases: the child already has an open case the user may see (GET /api/children/:id/work
   * lists them) — 409 open_case_exists until this is true. Open cases the user cannot see never count.
   */
  confirmSecondCase: z.boolean().optional(),
});
export type OpenCaseRequest = z.infer<typeof openCaseRequest>;

export const caseSummary = z.object({
  id: uuid,
  child: z.object({ id: uuid, givenName: z.string(), familyName: z.string(), birthDate: isoDate }),
  owningUnit: unitRef,
  level: caseLevel,
  status: caseStatus,
  holder: personRef,
  openedAt: z.iso.datetime(),
  nextEvaluationDue: isoDate.nullable(),
  consentExpiresOn: isoDate.nullable(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseListRequest = z.strictObject({
  scope: z.enum(['mine', 'unit']).default('mine'),
  unitId: uuid.optional(),
  level: caseLevel.optional(),
  status: caseStatus.optional(),
  evaluationOverdue: z.boolean().optional(),
  consentExpiring: z.boolean().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type CaseListRequest = z.infer<typeof caseListRequest>;
export const caseListResponse = page(caseSummary);

/** Who can see the case and why (the «who has access» panel). */
export const accessHolder = z.object({
  kind: z.enum(['staff', 'guardian', 'young_person']),
  id: uuid,
  name: z.string(),
  /** staff: their function (kontaktlærer, helsesykepleier, …), if set */
  staffFunction: staffFunction.nullable(),
  reason: accessReason.nullable(),
  /** a member from another service whose consent is missing, withdrawn or expired: listed, but without access */
  blocked: z.boolean(),
  units: z.array(z.string()),
});

export const caseDetail = caseSummary.extend({
  version,
  closedAt: z.iso.datetime().nullable(),
  closeReason: closeReason.nullable(),
  concernId: uuid.nullable(),
  residentsRestricted: z.boolean(),
  /** the relay holder's function, if set */
  holderFunction: staffFunction.nullable(),
  /** what the current user may do: null = read only */
  myAccess: z.object({ reason: accessReason, write: z.enum(['staff', 'guardians_view', 'child_voice']).nullable() }),
  access: z.array(accessHolder),
  holders: z.array(z.object({ user: personRef, unitName: z.string(), fromAt: z.iso.datetime() })),
  consentWarning: z.object({ expiresOn: isoDate }).nullable(),
  /** a member from another unit, or a consent covering another service than the owning unit */
  otherServiceInvolved: z.boolean(),
  /** the municipality's rule for levels 2 and 3 without another service: warn (a reason) or require (a consent first) */
  levelWithoutOtherService: z.enum(['warn', 'require']),
  /** the level as the case's municipality names it */
  levelNames: levelNames.optional(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const caseEntry = z.object({
  id: uuid,
  kind: entryKind,
  occurredOn: isoDate,
  body: z.string(),
  attendees: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  correctsEntryId: uuid.nullable(),
  author: z.object({ kind: z.enum(['staff', 'guardian', 'young_person', 'system']), name: z.string().nullable() }),
  createdAt: z.iso.datetime(),
  /** corrections of this entry, oldest first, shown with it */
  corrections: z.array(z.object({ id: uuid, body: z.string(), author: z.string().nullable(), createdAt: z.iso.datetime() })),
});
export type CaseEntry = z.infer<typeof caseEntry>;
export const caseEntriesResponse = page(caseEntry);

export const newEntryRequest = z.strictObject({
  kind: writableEntryKind,
  occurredOn: isoDate,
  body: text(20000),
  /** meetings: who took part */
  attendees: optionalText(2000).optional(),
});
export type NewEntryRequest = z.infer<typeof newEntryRequest>;

export const correctionRequest = z.strictObject({ body: text(20000) });

export const entryDraft = z.object({
  kind: writableEntryKind.optional(),
  occurredOn: z.string().max(10).optional(),
  body: z.string().max(20000).optional(),
  attendees: z.string().max(2000).optional(),
});
/** PUT …/draft: the draft as the client sends it (the answer reads it back leniently, as stored). */
export const entryDraftRequest = z.strictObject(entryDraft.shape);
export const entryDraftResponse = z.object({ draft: entryDraft.nullable(), updatedAt: z.iso.datetime().nullable() });

export const changeLevelRequest = z.strictObject({ level: caseLevel, reason: text(4000), version });
export const closeCaseRequest = z.strictObject({ reason: closeReason, note: optionalText(4000).default(''), version });
export const reopenCaseRequest = z.strictObject({ reason: text(4000), version });
export const addMemberRequest = z.strictObject({ userId: uuid });
export const versionOnly = z.strictObject({ version });
export const liftResidentRestrictionRequest = z.strictObject({ reason: text(4000), version });

export const caseMutationResponse = z.object({ id: uuid, version });

export const memberCandidatesRequest = z.strictObject({ query: z.string().trim().min(1).max(100) });
export const memberCandidatesResponse = z.object({
  items: z.array(z.object({
    id: uuid,
    name: z.string(),
    units: z.array(z.string()),
    /** their role in each of those units, so a list of people says who each is (leader, employee, resource person) */
    roles: z.array(z.object({ unit: z.string(), role: unitRole })),
    /** on what grounds they could be added: the owning unit, a consent covering their service, or not at all */
    joinableBy: z.enum(['unit', 'consent']).nullable(),
    isMember: z.boolean(),
  })),
});
export const memberParams = z.object({ id: uuid, userId: uuid });
export const entryParams = z.object({ id: uuid, entryId: uuid });
