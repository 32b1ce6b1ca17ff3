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
 * Reopening needs the write access the user would have on the open case; the page cannot
 * know that exactly (the server decides), so it offers it to staff who could write there:
 * holders, members and leaders, not resource persons (read-only oversight).
 */
export const mayReopen = (c: CaseDetail) =>
  c.status === 'closed' && !isResident(c) && c.myAccess.reason !== 'unit_resource_person';

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
