import type { Actor } from '../../platform/access/actor.js';

/**
 * Who may see and write a case, and why (DESIGN.md §4, rules 3, 4, 7, 8). A pure function of
 * the actor and facts about the case, so that every rule is one row in a table test. The same
 * rules drive the SQL that lists cases (case-access.repository.ts: readableCaseFilter); the
 * policy table test goes through both.
 */
export type CaseAccessReason =
  | 'holder_unit' // relay holder, working in the owning unit
  | 'holder_consent' // relay holder from another service, covered by a valid consent
  | 'member_unit' // added member working in the owning unit
  | 'member_consent' // added member from another service, covered by a valid consent
  | 'unit_leader' // oversight: leader of the owning unit
  | 'unit_resource_person' // oversight: resource person of the owning unit
  | 'guardian' // guardian with parental responsibility
  | 'young_person'; // the child, from the tenant's configured age

/** What the actor may write: everything staff write, or only their own voice in the log. */
export type CaseWriteScope = 'staff' | 'guardians_view' | 'child_voice';

export interface CaseFacts {
  owningUnitId: string;
  holderId: string;
  status: 'open' | 'closed';
  /** staff added to the case and not removed */
  memberIds: ReadonlySet<string>;
  /** units covered today by a given, unexpired, unwithdrawn consent */
  consentUnitIds: ReadonlySet<string>;
  /** pid digests of guardians with parental responsibility (never contact persons) */
  guardianPidDigests: ReadonlySet<string>;
  childPidDigest: string | null;
  /** whole years today */
  childAge: number;
  youngPersonAge: number;
  /** opened where violence or abuse is suspected: residents see nothing until staff lift it */
  residentsRestricted: boolean;
}

export interface CaseAccess {
  reason: CaseAccessReason;
  write: CaseWriteScope | null;
}

export function caseAccess(actor: Actor, facts: CaseFacts): CaseAccess | null {
  const access = baseAccess(actor, facts);
  if (!access) return null;
  // A closed case is read-only for everyone until it is reopened.
  return facts.status === 'closed' ? { ...access, write: null } : access;
}

function baseAccess(actor: Actor, facts: CaseFacts): CaseAccess | null {
  if (actor.kind === 'resident') {
    if (facts.residentsRestricted) return null;
    if (facts.guardianPidDigests.has(actor.pidHash)) return { reason: 'guardian', write: 'guardians_view' };
    if (facts.childPidDigest === actor.pidHash && facts.childAge >= facts.youngPersonAge) return { reason: 'young_person', write: 'child_voice' };
    return null;
  }
  // Municipal roles (administrator, coordinator, analyst) grant nothing here: rule 8.
  const ownRoles = actor.unitRoles.get(facts.owningUnitId);
  const inOwningUnit = ownRoles !== undefined;
  const coveredByConsent = [...actor.unitRoles.keys()].some((unitId) => facts.consentUnitIds.has(unitId));
  const isHolder = facts.holderId === actor.userId;
  const isMember = facts.memberIds.has(actor.userId);
  if (isHolder && inOwningUnit) return { reason: 'holder_unit', write: 'staff' };
  if (isHolder && coveredByConsent) return { reason: 'holder_consent', write: 'staff' };
  if (isMember && inOwningUnit) return { reason: 'member_unit', write: 'staff' };
  if (isMember && coveredByConsent) return { reason: 'member_consent', write: 'staff' };
  if (ownRoles?.has('leader')) return { reason: 'unit_leader', write: 'staff' };
  if (ownRoles?.has('resource_person')) return { reason: 'unit_resource_person', write: null };
  return null;
}

/**
 * Access that comes from the owning unit: its relay holder or a member working there, or its
 * leader. Only they make the decisions that widen or narrow who sees the case (recording a
 * consent, hiding it from or opening it to the guardians); an outside member's access rests on
 * a consent and must not extend itself.
 */
export function actsForOwningUnit(access: CaseAccess): boolean {
  return access.reason === 'holder_unit' || access.reason === 'member_unit' || access.reason === 'unit_leader';
}

/** Decisions about the case itself, as against writing in its log. */
export type CaseDecision = 'change_level' | 'close' | 'reopen';

/**
 * May the actor change the case's level, close it or reopen it? These belong to the relay holder
 * (also one from another service, holding it under a consent) and to the owning unit: its leader
 * and a member working there. A member in the case through consent (e.g. the school nurse) and
 * read-only oversight may only propose such a decision in the log. Reopening is judged on the
 * access the actor would have on the open case (a closed case is read-only for everyone).
 */
export function mayDecideOnCase(actor: Actor, facts: CaseFacts, decision: CaseDecision): boolean {
  const access = caseAccess(actor, decision === 'reopen' ? { ...facts, status: 'open' } : facts);
  if (!access || access.write !== 'staff') return false;
  if (decision === 'reopen' ? facts.status !== 'closed' : facts.status !== 'open') return false;
  return DECIDES_ON_CASE.has(access.reason);
}
const DECIDES_ON_CASE: ReadonlySet<CaseAccessReason> = new Set(['holder_unit', 'holder_consent', 'member_unit', 'unit_leader']);

/**
 * May this staff user be added to the case (rule 3)? Staff of the owning unit freely; staff of
 * any other unit or service only while a valid consent covers one of their units.
 */
export function mayJoinCase(userUnitIds: readonly string[], facts: Pick<CaseFacts, 'owningUnitId' | 'consentUnitIds'>): 'unit' | 'consent' | null {
  if (userUnitIds.includes(facts.owningUnitId)) return 'unit';
  if (userUnitIds.some((u) => facts.consentUnitIds.has(u))) return 'consent';
  return null;
}

/** Whole years between a birth date and a day, both ISO dates. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Is another service involved in the case: a consent covering a unit other than the owning one,
 * or a member from another unit? Levels 2 and 3 (BTI's default numbering; when the levels become
 * the municipality's data, «the levels after the first case level») presuppose one: without it,
 * the municipality's setting decides whether moving there is refused or only warned about.
 */
export function otherServiceInvolved(facts: Pick<CaseFacts, 'owningUnitId' | 'consentUnitIds'>, hasOutsideMember: boolean): boolean {
  return hasOutsideMember || [...facts.consentUnitIds].some((u) => u !== facts.owningUnitId);
}

/** Levels that presuppose another service (BTI default: 2 and 3). */
export const levelNeedsOtherService = (level: number) => level >= 2;
