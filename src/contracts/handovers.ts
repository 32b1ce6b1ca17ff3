import { z } from 'zod';
import { isoDate, unitType, uuid } from './common.js';
import { caseLevel, optionalText } from './cases.js';

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
