import type { FieldProblem } from '../../platform/http/errors.js';
import type { ConsentStatus } from '../../../contracts/consents.js';
import { actsForOwningUnit, type CaseAccess } from '../cases/cases.policy.js';

/**
 * Consent rules that are not about reading the case (DESIGN.md §4 rules 3, 4, 7): who can be
 * a party to a consent, where a consent stands today, and who may withdraw it. Whether a
 * consent grants access is decided by the case policy, which reads the stored consents.
 */
export interface ConsentDates {
  decision: 'given' | 'refused';
  validFrom: string;
  validTo: string;
  withdrawn: boolean;
}

export function consentStatusOn(c: ConsentDates, today: string): ConsentStatus {
  if (c.decision === 'refused') return 'refused';
  if (c.withdrawn) return 'withdrawn';
  if (c.validTo < today) return 'expired';
  if (c.validFrom > today) return 'upcoming';
  return 'given';
}

/** A refusal, a withdrawn and an expired consent have nothing left to withdraw. */
export function isWithdrawable(status: ConsentStatus): boolean {
  return status === 'given' || status === 'upcoming';
}

/**
 * The parties named must be able to consent: guardians of this child with parental
 * responsibility (never a contact person, never another child's guardian), and the young
 * person only from the tenant's age. Returns field-level problems; empty when all is well.
 */
export function partyProblems(
  req: { guardianIds: readonly string[]; youngPerson: boolean },
  child: { responsibleGuardianIds: ReadonlySet<string>; youngPersonMayConsent: boolean },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  req.guardianIds.forEach((id, i) => {
    if (!child.responsibleGuardianIds.has(id)) {
      problems.push({ path: `guardianIds.${i}`, code: 'not_responsible_guardian', message: 'Not a guardian with parental responsibility for the child' });
    }
  });
  if (problems.length) problems.unshift({ path: 'guardianIds', code: 'not_responsible_guardian', message: 'Only guardians with parental responsibility can consent' });
  if (req.youngPerson && !child.youngPersonMayConsent) {
    problems.push({ path: 'youngPerson', code: 'below_consent_age', message: 'The child has not reached the age to consent for themself' });
  }
  if (req.guardianIds.length === 0 && !req.youngPerson) {
    problems.push({ path: 'guardianIds', code: 'no_party', message: 'A consent needs at least one guardian or the young person' });
  }
  return problems;
}

/**
 * Recording a consent widens who may join the case, so only staff whose access comes from the
 * owning unit may do it: the relay holder or a member working there, or the unit's leader. An
 * outside member holds access through a consent and must not extend it themself (security
 * review, finding 4). Withdrawing only takes access away and stays open to all who write.
 */
export function mayRecordConsent(access: CaseAccess): boolean {
  return actsForOwningUnit(access);
}

/**
 * Staff may withdraw when they may write the case; a resident only a consent they are a
 * party to: a guardian named in it, or the young person when it was theirs.
 */
export function mayWithdraw(
  access: CaseAccess,
  consent: { guardianIds: readonly string[]; youngPerson: boolean },
  residentGuardianIds: readonly string[],
): boolean {
  if (access.reason === 'guardian') return consent.guardianIds.some((id) => residentGuardianIds.includes(id));
  if (access.reason === 'young_person') return consent.youngPerson;
  return access.write === 'staff';
}

/**
 * The child's right to be heard (Barnekonvensjonen art. 12, barnevernsloven § 1-4): from the
 * municipality's hearing age, a consent records the child's own view or why it was not obtained.
 * A young person who consents themself has given their view by doing so.
 */
export function childViewProblems(
  c: { youngPerson: boolean; childView?: string; childViewMissingReason?: string },
  f: { childAge: number; childHearingAge: number },
): FieldProblem[] {
  if (f.childAge < f.childHearingAge || c.youngPerson || c.childView || c.childViewMissingReason) return [];
  return [{
    path: 'childView', code: 'child_view_required',
    message: 'The child is old enough to be heard: record their view, or why it was not obtained',
  }];
}
