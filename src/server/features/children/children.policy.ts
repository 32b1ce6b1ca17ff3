import { unitIdsWithRole, type Actor } from '../../platform/access/actor.js';

/**
 * Who may see a child in the registry (foundation rules; cases widen this later):
 * staff see children with an active enrolment in one of their own units; the system
 * administrator maintains the registry and sees all of the tenant's children.
 * Coordinators, analysts and residents see no child through the registry.
 */
export type RegistryScope = { kind: 'all' } | { kind: 'units'; unitIds: string[] } | { kind: 'none' };

export function registryScope(actor: Actor): RegistryScope {
  if (actor.kind !== 'staff') return { kind: 'none' };
  if (actor.municipalRoles.has('system_admin')) return { kind: 'all' };
  const unitIds = unitIdsWithRole(actor, 'employee', 'leader', 'resource_person');
  return unitIds.length > 0 ? { kind: 'units', unitIds } : { kind: 'none' };
}

/** Narrows the scope to one unit the actor asked for; a unit outside the scope gives nothing. */
export function narrowToUnit(scope: RegistryScope, unitId: string | undefined): RegistryScope {
  if (!unitId) return scope;
  if (scope.kind === 'all') return { kind: 'units', unitIds: [unitId] };
  if (scope.kind === 'units' && scope.unitIds.includes(unitId)) return { kind: 'units', unitIds: [unitId] };
  return { kind: 'none' };
}
