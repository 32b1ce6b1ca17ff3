import { writableEntryKinds, type CaseDetail, type NewEntryRequest } from '../../../contracts/cases.js';

/** Guardians and young people read their case on the same page; they have no case lists. */
export const isResident = (c: CaseDetail) => c.myAccess.reason === 'guardian' || c.myAccess.reason === 'young_person';

/** Staff write access (null on a closed case): log entries of any kind, level, closing, members. */
export const writesAsStaff = (c: CaseDetail) => c.myAccess.write === 'staff';

/**
 * Staff who write with access from the owning unit (holder or member there, or its leader): they
 * record consents and decide what the guardians see; the server refuses outside members.
 */
export const actsForOwningUnit = (c: CaseDetail) =>
  writesAsStaff(c) && (c.myAccess.reason === 'holder_unit' || c.myAccess.reason === 'member_unit' || c.myAccess.reason === 'unit_leader');

/** Recording a consent is for staff of the owning unit (consent_owning_unit_only). */
export const recordsConsent = actsForOwningUnit;

/**
 * Level changes, closing and reopening belong to the relay holder (also one holding the case
 * under a consent) and the owning unit (its leader, a member working there); the server decides
 * (mayDecideOnCase), this mirrors it. Members through consent propose them in the log.
 */
const decisionReasons: ReadonlySet<CaseDetail['myAccess']['reason']> = new Set(['holder_unit', 'holder_consent', 'member_unit', 'unit_leader']);
export const decidesOnCase = (c: CaseDetail) => decisionReasons.has(c.myAccess.reason) && (c.status === 'closed' || writesAsStaff(c));

/** Reopening is judged on the access the user would have on the open case. */
export const mayReopen = (c: CaseDetail) => c.status === 'closed' && decidesOnCase(c);

/** Staff write every kind; a guardian only «the guardians' view», a young person only «the child's voice». */
export function kindsFor(write: CaseDetail['myAccess']['write']): readonly NewEntryRequest['kind'][] {
  if (write === 'staff') return writableEntryKinds;
  return write ? [write] : [];
}

/**
 * Added members can be removed (also when blocked, so the list can be cleaned up); the relay
 * holder, oversight (leaders, resource persons) and residents have access for other reasons.
 */
export const isRemovable = (a: CaseDetail['access'][number], c: CaseDetail) =>
  a.kind === 'staff' && a.id !== c.holder.id && (a.blocked || a.reason === 'member_unit' || a.reason === 'member_consent');
