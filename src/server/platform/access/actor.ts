import type { MunicipalRole, UnitRole } from '../db/schema.js';

/** Who is asking: loaded once per request from the session, passed to every service call. */
export type Actor = StaffActor | ResidentActor;

export interface StaffActor {
  kind: 'staff';
  userId: string;
  tenantId: string;
  name: string;
  municipalRoles: ReadonlySet<MunicipalRole>;
  /** unit id → the roles this user has there */
  unitRoles: ReadonlyMap<string, ReadonlySet<UnitRole>>;
  requestId: string;
}

export interface ResidentActor {
  kind: 'resident';
  /** pidDigest() (HMAC-SHA256 under PID_HMAC_KEY, platform/auth/pid.ts) of ID-porten's pid claim: never the number itself */
  pidHash: string;
  tenantId: string | null;
  requestId: string;
}

export function unitIdsWithRole(actor: StaffActor, ...roles: UnitRole[]): string[] {
  const ids: string[] = [];
  for (const [unitId, r] of actor.unitRoles) if (roles.some((role) => r.has(role))) ids.push(unitId);
  return ids;
}

export function hasMunicipalRole(actor: Actor, role: MunicipalRole): boolean {
  return actor.kind === 'staff' && actor.municipalRoles.has(role);
}
