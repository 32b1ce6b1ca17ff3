import { z } from 'zod';
import { addressProtection, isoDate, page, unitType, uuid } from './common.js';
import { caseLevel, caseStatus } from './cases.js';
import { concernStatus } from './concerns.js';

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

/** A case of the child that the user may open (case policy), for the child's page. */
export const childCase = z.object({
  id: uuid,
  level: caseLevel,
  status: caseStatus,
  openedAt: z.iso.datetime(),
  owningUnit: z.object({ id: uuid, name: z.string() }),
  holder: z.object({ id: uuid, name: z.string() }),
});
export type ChildCase = z.infer<typeof childCase>;

/** A level-0 concern about the child that the user may see (their own, or of a unit they oversee). */
export const childConcern = z.object({
  id: uuid,
  status: concernStatus,
  decided: z.boolean(),
  observedOn: isoDate,
  decisionDue: isoDate,
  unit: z.object({ id: uuid, name: z.string() }),
  /** the case the decision opened, if any */
  caseId: uuid.nullable(),
});
export type ChildConcern = z.infer<typeof childConcern>;

/**
 * GET /api/children/:id/work — the child's concerns and cases, only those the user may see
 * (at most 50 of each; open cases first). Cases and concerns the user cannot see are not
 * counted or hinted at. Same registry access as GET /api/children/:id; every item is audited.
 */
export const childWork = z.object({ concerns: z.array(childConcern), cases: z.array(childCase) });
export type ChildWork = z.infer<typeof childWork>;
