import { z } from 'zod';
import { municipalRole, unitRole, unitType, uuid } from './common.js';

export const sessionUnit = z.object({ id: uuid, name: z.string(), type: unitType, roles: z.array(unitRole) });
export const sessionResponse = z.discriminatedUnion('authenticated', [
  z.object({
    authenticated: z.literal(false),
    demoMode: z.boolean(),
    providers: z.object({ staff: z.boolean(), resident: z.boolean() }),
  }),
  z.object({
    authenticated: z.literal(true),
    demoMode: z.boolean(),
    providers: z.object({ staff: z.boolean(), resident: z.boolean() }),
    kind: z.enum(['staff', 'resident']),
    csrfToken: z.string(),
    expiresAt: z.iso.datetime(),
    idleMinutes: z.number().int(),
    user: z
      .object({
        id: uuid,
        name: z.string(),
        tenant: z.object({ id: uuid, name: z.string(), municipalityNumber: z.string() }),
        municipalRoles: z.array(municipalRole),
        units: z.array(sessionUnit),
      })
      .nullable(),
  }),
]);
export type SessionResponse = z.infer<typeof sessionResponse>;

export const demoUser = z.object({
  id: uuid,
  name: z.string(),
  description: z.string(),
  municipalRoles: z.array(municipalRole),
  units: z.array(z.object({ name: z.string(), roles: z.array(unitRole) })),
});
export const demoUsersResponse = z.object({ items: z.array(demoUser) });
export const demoLoginRequest = z.object({ userId: uuid });
export const loginResponse = z.object({ csrfToken: z.string(), expiresAt: z.iso.datetime() });
export const logoutResponse = z.object({ redirectTo: z.string().nullable() });
export const loginQuery = z.object({
  returnTo: z.string().max(500).optional(),
  /** The language the user chose in Samla, passed on to the identity provider's pages. */
  lang: z.enum(['nb', 'nn', 'en']).optional(),
});
