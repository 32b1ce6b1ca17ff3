import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { AppError, notFound, type FieldProblem } from '../../platform/http/errors.js';
import type { MunicipalRole } from '../../platform/db/schema.js';

/**
 * Who may change the organisation: only the system administrator (DESIGN.md §1). Routes
 * already gate on the municipal role; services check again so a mistaken route config
 * cannot open a write. Refusal is «not found», as for any route the actor cannot use.
 */
export function canAdministerOrganisation(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff' && actor.municipalRoles.has('system_admin');
}

export function requireOrganisationAdmin(actor: Actor): StaffActor {
  if (!canAdministerOrganisation(actor)) throw notFound();
  return actor;
}

/** Any staff member may read the list of units (pickers, the unit pages). */
export function canReadUnits(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff';
}

export interface SelfChange {
  targetUserId: string;
  municipalRoles?: readonly MunicipalRole[];
  active?: boolean;
}

/**
 * An administrator cannot lock themself out: removing their own system_admin role or
 * deactivating their own account would leave a tenant without anyone able to undo it.
 */
export function selfChangeProblem(actor: StaffActor, change: SelfChange): { code: string; field: FieldProblem } | null {
  if (change.targetUserId !== actor.userId) return null;
  if (change.municipalRoles && !change.municipalRoles.includes('system_admin')) {
    const code = 'cannot_remove_own_admin';
    return { code, field: { path: 'municipalRoles', code, message: 'You cannot remove your own system administrator role' } };
  }
  if (change.active === false) {
    const code = 'cannot_deactivate_self';
    return { code, field: { path: 'active', code, message: 'You cannot deactivate your own account' } };
  }
  return null;
}

export function assertSelfChangeAllowed(actor: StaffActor, change: SelfChange): void {
  const problem = selfChangeProblem(actor, change);
  if (problem) throw new AppError(400, problem.code, problem.field.message, [problem.field]);
}
