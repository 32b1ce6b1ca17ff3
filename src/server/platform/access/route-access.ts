import type { MunicipalRole } from '../db/schema.js';

/**
 * What every route declares in its `config.access`: either that it is public, or who may
 * call it at all. Resource-level rules (which child, which case) are checked in services
 * with requireAccess; this is the coarse gate in front of them.
 */
export type RouteAccess =
  | 'public'
  | { session: 'staff' | 'resident' | 'any'; municipalRoles?: MunicipalRole[]; demoOnly?: boolean };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export const publicRoute = { access: 'public' } as const satisfies { access: RouteAccess };
export const staffRoute = { access: { session: 'staff' } } as const satisfies { access: RouteAccess };
export const anySession = { access: { session: 'any' } } as const satisfies { access: RouteAccess };
export const roleRoute = (...municipalRoles: MunicipalRole[]) =>
  ({ access: { session: 'staff', municipalRoles } }) satisfies { access: RouteAccess };
