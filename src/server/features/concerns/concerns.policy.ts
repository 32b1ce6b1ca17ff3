import { unitIdsWithRole, type Actor } from '../../platform/access/actor.js';
import type { ConcernStatus, ConcernStepKind } from '../../platform/db/schema.js';

/**
 * Who may see and write a level-0 concern (DESIGN.md §4 rule 2): its author, and the leaders
 * and resource persons of the concern's unit (the unit the author registered it in). Nobody
 * else: not colleagues who are only employees there, not other units, not municipal roles
 * (administrator, coordinator, analyst) unless they also lead the unit, not residents.
 * Writing (steps, the decision) is for the author and the unit's leaders; resource persons
 * advise and read. The SQL twin for lists is readableConcern() in concerns.repository.ts.
 */
export type ConcernAccessReason = 'author' | 'unit_leader' | 'unit_resource_person';

export interface ConcernFacts {
  authorId: string;
  unitId: string;
}

export interface ConcernAccess {
  reason: ConcernAccessReason;
  write: boolean;
}

export function concernAccess(actor: Actor, facts: ConcernFacts): ConcernAccess | null {
  if (actor.kind !== 'staff') return null;
  if (facts.authorId === actor.userId) return { reason: 'author', write: true };
  const roles = actor.unitRoles.get(facts.unitId);
  if (roles?.has('leader')) return { reason: 'unit_leader', write: true };
  if (roles?.has('resource_person')) return { reason: 'unit_resource_person', write: false };
  return null;
}

/** Anyone who works in the unit (any unit role) may register a concern there. */
export function mayRegisterIn(actor: Actor, unitId: string): boolean {
  return actor.kind === 'staff' && actor.unitRoles.has(unitId);
}

/** The units whose concerns the actor oversees (scope 'unit'), narrowed to one if asked; foreign units give none. */
export function oversightUnits(actor: Actor, unitId?: string): string[] {
  if (actor.kind !== 'staff') return [];
  const units = unitIdsWithRole(actor, 'leader', 'resource_person');
  if (!unitId) return units;
  return units.includes(unitId) ? [unitId] : [];
}

/**
 * A decision was taken: closed, a case opened, reported, or a report of concern decided on and
 * being written (still 'open', with decided_at set). A decided concern is read-only.
 */
export function isDecided(status: ConcernStatus, decidedAt: Date | string | null): boolean {
  return status !== 'open' || decidedAt !== null;
}

/** Awaiting a decision after its date: what «My work» and the overdue filter show. */
export function isOverdue(status: ConcernStatus, decidedAt: Date | string | null, decisionDue: string, today: string): boolean {
  return !isDecided(status, decidedAt) && decisionDue < today;
}

export type DecisionKind = 'close' | 'open_case' | 'report';

/** The status a decision leads to: a report stays open until the reports feature sends it. */
export function statusAfter(decision: DecisionKind): ConcernStatus {
  return decision === 'close' ? 'closed' : decision === 'open_case' ? 'case_opened' : 'open';
}

/** The decision a decided concern carries, read back from its status. */
export function decisionOf(status: ConcernStatus, decidedAt: Date | string | null): DecisionKind | null {
  if (status === 'closed') return 'close';
  if (status === 'case_opened') return 'open_case';
  if (status === 'reported' || decidedAt !== null) return 'report';
  return null;
}

/**
 * Where violence or abuse is suspected the guardians are deliberately not contacted first
 * (DESIGN.md §3), so a conversation with them cannot be recorded on such a concern.
 */
export function stepAllowed(kind: ConcernStepKind, guardiansNotContacted: boolean): boolean {
  return !(kind === 'conversation_guardians' && guardiansNotContacted);
}


