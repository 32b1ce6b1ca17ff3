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

/** Units the actor leads, archived or not: null means every unit (coordinators). */
export function ledUnitIds(actor: Actor): string[] | null {
  if (isContentCoordinator(actor)) return null;
  return actor.kind === 'staff' ? unitIdsWithRole(actor, 'leader') : [];
}

/**
 * Units whose services the actor may edit: null means every unit (coordinators); a leader the
 * units they lead that are not archived (`activeUnitIds`, read by the caller). Leading an
 * archived unit gives no rights: the unit is closed, and the rights the web shows say so.
 */
export function editableUnitIds(actor: Actor, activeUnitIds: ReadonlySet<string>): string[] | null {
  const led = ledUnitIds(actor);
  return led === null ? null : led.filter((id) => activeUnitIds.has(id));
}

/**
 * May the actor use the service editor at all, by their roles alone: a first check before
 * reading anything. Which units they edit is editableUnitIds, under the same transaction.
 */
export function mayEditServices(actor: Actor): actor is StaffActor {
  const led = ledUnitIds(actor);
  return led === null || led.length > 0;
}

/** May one with these editable units (editableUnitIds) change a service of this unit (null: a service without a unit). */
export function mayEditService(units: readonly string[] | null, unitId: string | null): boolean {
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
