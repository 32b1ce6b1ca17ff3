import { z } from 'zod';
import { isoDate, unitType, uuid } from './common.js';
import { accessReason, caseLevel, optionalText, text } from './cases.js';
import { consentFields, withConsentRules } from './consents.js';

/**
 * The baton (stafettpinnen): the relay holder — or a leader of the owning unit — asks a named
 * employee to take over; the baton passes only when that person accepts. One pending request per
 * case. With `toUnitId` (one of the receiver's units) the case also moves to that unit on
 * acceptance (kindergarten → school).
 */
export const handoverStatuses = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export const handoverStatus = z.enum(handoverStatuses);

const personRef = z.object({ id: uuid, name: z.string() });
const unitRef = z.object({ id: uuid, name: z.string() });

export const handover = z.object({
  id: uuid,
  caseId: uuid,
  from: personRef,
  to: personRef,
  /** the unit the case moves to on acceptance; null = the owning unit stays */
  toUnit: unitRef.nullable(),
  message: z.string(),
  status: handoverStatus,
  answerNote: z.string().nullable(),
  createdAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
  /** people who keep access through the consent recorded with the request (they become members on acceptance) */
  keepsAccess: z.array(personRef),
  /** how many open measures get a new responsible on acceptance (their texts are case content: not shown before) */
  reassignedMeasures: z.number().int(),
});
export type Handover = z.infer<typeof handover>;

/** GET /api/cases/:id/handovers (case read access). */
export const caseHandovers = z.object({
  /** relay holders, oldest first; the last one holds the baton now */
  holders: z.array(z.object({ user: personRef, unit: unitRef, fromAt: z.iso.datetime() })),
  /** every request, newest first (pending, accepted, declined, cancelled) */
  requests: z.array(handover),
  pending: handover.nullable(),
});
export type CaseHandovers = z.infer<typeof caseHandovers>;

/**
 * POST /api/cases/:id/handovers. The receiver must be an active staff user of the tenant, not the
 * current holder, and either work in the owning unit, be covered by a valid consent of the case,
 * or — with toUnitId — work in toUnitId. Otherwise 400 with a field error on toUserId / toUnitId.
 * A second pending request: 409 handover_pending.
 */
export const newHandoverRequest = z.strictObject({
  toUserId: uuid,
  toUnitId: uuid.optional(),
  message: optionalText(4000).default(''),
  /**
   * A move shuts out whoever saw the case through the old owning unit (see the preview). With
   * keepAccess the family's consent covering the old unit is recorded at once (as POST
   * …/consents records one: a consent_event in the log), and the people named in userIds — each
   * one the preview lists as losing access — are members of the case on acceptance, so they keep
   * it through that consent. The consent must be in force today.
   */
  keepAccess: z.strictObject({
    userIds: z.array(uuid).min(1).max(50),
    consent: withConsentRules(consentFields.omit({ decision: true, unitIds: true, documentId: true })),
  }).optional(),
  /**
   * Open measures whose responsible person or service would lose access get a new responsible on
   * acceptance (undefined: unchanged, null: cleared; at least one must remain). The rule: a
   * request — and its acceptance — is refused while any open measure would be left with a
   * responsible who cannot see the case afterwards, unless it is reassigned here or its
   * responsible keeps access through keepAccess (400 measures.<id> responsible_loses_access;
   * on acceptance 409 handover_measures_unhandled).
   */
  reassign: z.array(z.strictObject({
    measureId: uuid,
    responsibleUserId: uuid.nullable().optional(),
    responsibleUnitId: uuid.nullable().optional(),
  })).max(100).default([]),
});
export type NewHandoverRequest = z.infer<typeof newHandoverRequest>;

/** POST /api/handovers/:id/accept | /decline (receiver only); /cancel (requester, or a leader of the owning unit). */
export const answerHandoverRequest = z.strictObject({ note: optionalText(4000).optional() });
export type AnswerHandoverRequest = z.infer<typeof answerHandoverRequest>;

export const handoverMutationResponse = z.object({ id: uuid, caseId: uuid, status: handoverStatus });
export type HandoverMutationResponse = z.infer<typeof handoverMutationResponse>;

/**
 * What the receiver of a pending request sees before they have access to the case: the request
 * itself and the minimal facts needed to decide (the child's name and birth date, the owning unit,
 * the level). Only while the request is pending and addressed to them; every read is audited.
 */
export const incomingHandover = handover.extend({
  case: z.object({
    id: uuid,
    level: caseLevel,
    owningUnit: z.object({ id: uuid, name: z.string(), type: unitType }),
    child: z.object({ id: uuid, givenName: z.string(), familyName: z.string(), birthDate: isoDate }),
  }),
});
export type IncomingHandover = z.infer<typeof incomingHandover>;

/** GET /api/handovers/:id answers one incomingHandover to its receiver or requester while pending, and to anyone who may read the case; else 404. */

/** GET /api/handovers/incoming — the user's pending incoming requests, oldest first (at most 100). */
export const incomingHandovers = z.object({ items: z.array(incomingHandover) });
export type IncomingHandovers = z.infer<typeof incomingHandovers>;

/** GET /api/cases/:id/handovers/preview?toUserId=&toUnitId= (who may ask: the relay holder or a leader of the owning unit). */
export const handoverPreviewQuery = z.strictObject({ toUserId: uuid, toUnitId: uuid.optional() });
export type HandoverPreviewQuery = z.infer<typeof handoverPreviewQuery>;

const measureRef = z.object({ id: uuid, description: z.string() });

/**
 * What acceptance would change, decided by the case policy on the facts after the baton passes:
 * who can see the case now and could not then (name, units, why they see it now, the open
 * measures they are responsible for), and open measures whose responsible service would no longer
 * be covered. `consentUnit` is the unit a keepAccess consent covers (the owning unit today).
 * The same checks as the request apply first (400 on toUserId / toUnitId).
 */
export const handoverPreview = z.object({
  moves: z.boolean(),
  fromUnit: unitRef,
  toUnit: unitRef.nullable(),
  consentUnit: unitRef,
  losesAccess: z.array(z.object({
    user: personRef,
    units: z.array(z.string()),
    reason: accessReason,
    measures: z.array(measureRef),
  })),
  unitMeasures: z.array(measureRef.extend({ unit: unitRef })),
});
export type HandoverPreview = z.infer<typeof handoverPreview>;
