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
        /** slug: the municipality's public pages are at /k/<slug> */
        /** mainLanguage: bokmål or nynorsk, the language the staff app starts in until the user chooses one */
        tenant: z.object({ id: uuid, name: z.string(), municipalityNumber: z.string(), slug: z.string(), mainLanguage: z.enum(['nb', 'nn']) }),
        municipalRoles: z.array(municipalRole),
        units: z.array(sessionUnit),
      })
      .nullable(),
    /** For a resident session (staff: null): their own name from the registry, when it is known there. */
    resident: z.object({ name: z.string().nullable() }).nullable(),
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
export const demoLoginRequest = z.strictObject({ userId: uuid });
/**
 * Demo mode only: residents one can log in as, found in the demo data: a guardian with parental
 * responsibility and one without (the known Lia child's mother and father), and a young person
 * from the municipality's age who has a case. `childName` is whom the resident's role is about.
 */
export const demoResidentRole = z.enum(['guardian', 'guardian_without_responsibility', 'young_person']);
export const demoResident = z.object({ id: uuid, name: z.string(), role: demoResidentRole, childName: z.string() });
export type DemoResident = z.infer<typeof demoResident>;
export const demoResidentsResponse = z.object({ items: z.array(demoResident) });
export const demoResidentLoginRequest = z.strictObject({ residentId: uuid });
export const loginResponse = z.object({ csrfToken: z.string(), expiresAt: z.iso.datetime() });
export const logoutResponse = z.object({ redirectTo: z.string().nullable() });
export const loginQuery = z.object({
  returnTo: z.string().max(500).optional(),
  /** The language the user chose in Samla, passed on to the identity provider's pages. */
  lang: z.enum(['nb', 'nn', 'en']).optional(),
});
