import { unitIdsWithRole, type Actor, type StaffActor } from '../../platform/access/actor.js';

/**
 * Who edits the service catalogue (issue 4, item 5; DESIGN.md §4): municipal coordinators
 * everything; unit leaders the services of the units they lead, and only those. Everyone else
 * — employees, analysts, system administrators, residents — reads the published catalogue and
 * edits nothing.
 */
export function isContentCoordinator(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.municipalRoles.has('municipal_coordinator');
}

/** Units whose services the actor may edit: null means every unit (coordinators). */
export function editableUnitIds(actor: Actor): string[] | null {
  if (isContentCoordinator(actor)) return null;
  return actor.kind === 'staff' ? unitIdsWithRole(actor, 'leader') : [];
}

/** May the actor use the service editor at all. */
export function mayEditServices(actor: Actor): actor is StaffActor {
  const units = editableUnitIds(actor);
  return units === null || units.length > 0;
}

/** May the actor change a service provided by this unit (null: a service without a unit). */
export function mayEditService(actor: Actor, unitId: string | null): boolean {
  const units = editableUnitIds(actor);
  if (units === null) return true;
  return unitId !== null && units.includes(unitId);
}

/**
 * May the actor name this unit as the provider: coordinators any unit (or none), leaders only a
 * unit they lead, so that a leader can neither hand a service to another unit nor orphan it.
 */
export const mayChooseUnit = mayEditService;

export type ServiceStatus = 'draft' | 'published' | 'archived';
export type StatusChange = 'publish' | 'unpublish' | 'archive';

/**
 * Where a service goes: a draft or an archived service is published; a published one is taken
 * back to draft (unpublish); a draft or a published one is archived, out of every list but the
 * editor's. null: the change makes no sense from here (already there, or unpublishing a draft).
 */
export function statusAfter(current: ServiceStatus, change: StatusChange): ServiceStatus | null {
  if (change === 'publish') return current === 'published' ? null : 'published';
  if (change === 'unpublish') return current === 'published' ? 'draft' : null;
  return current === 'archived' ? null : 'archived';
}
