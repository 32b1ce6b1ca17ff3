import { z } from 'zod';
import { addressProtection, isoDate, page, unitType, uuid } from './common.js';

/** Search is a POST so that names and numbers never appear in URLs or access logs. */
export const childSearchRequest = z.strictObject({
  query: z.string().trim().max(100).default(''),
  unitId: uuid.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ChildSearchRequest = z.input<typeof childSearchRequest>;

export const childSummary = z.object({
  id: uuid,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  units: z.array(z.object({ id: uuid, name: z.string(), groupName: z.string().nullable() })),
});
export type ChildSummary = z.infer<typeof childSummary>;
export const childSearchResponse = page(childSummary);

/** A protected address is replaced by its protection level: the address itself never leaves the server. */
export const address = z.discriminatedUnion('protection', [
  z.object({ protection: z.literal('none'), streetAddress: z.string().nullable(), postalCode: z.string().nullable(), city: z.string().nullable() }),
  z.object({ protection: z.enum(['fortrolig', 'strengt_fortrolig']) }),
]);
export type Address = z.infer<typeof address>;

export const childDetail = z.object({
  id: uuid,
  nationalId: z.string(),
  idType: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  address,
  enrolments: z.array(
    z.object({
      id: uuid,
      unit: z.object({ id: uuid, name: z.string(), type: unitType }),
      groupName: z.string().nullable(),
      fromDate: isoDate,
      toDate: isoDate.nullable(),
    }),
  ),
  guardians: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      relation: z.enum(['mother', 'father', 'parent', 'other']),
      parentalResponsibility: z.boolean(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address,
    }),
  ),
});
export type ChildDetail = z.infer<typeof childDetail>;
export { addressProtection };
