import { z } from 'zod';
import { isoDate, unitType, uuid } from './common.js';
import { accessReason, caseLevel, caseStatus, optionalText, text } from './cases.js';
import { levelNames } from './levels.js';

/**
 * Consent (samtykke) on a case, the scanned forms that document it, and the resident's view
 * of their cases. A consent names who gave it (guardians with parental responsibility and/or
 * the young person), the services it covers, its purpose and its period; a refusal is
 * recorded the same way and grants nothing. Access follows consent at once (DESIGN.md §4.3–4).
 */
export const consentDecision = z.enum(['given', 'refused']);
export type ConsentDecision = z.infer<typeof consentDecision>;

/** Where a consent stands today: upcoming (from a later date), given, refused, withdrawn or expired. */
export const consentStatus = z.enum(['upcoming', 'given', 'refused', 'withdrawn', 'expired']);
export type ConsentStatus = z.infer<typeof consentStatus>;

/** What a consent records; the handover's «keep access» consent records the same, for the old unit. */
export const consentFields = z.strictObject({
  decision: consentDecision,
  /** guardians of the child with parental responsibility who gave (or refused) it */
  guardianIds: z.array(uuid).max(10).default([]),
  /** the young person consents for themself (only from the tenant's young_person_age) */
  youngPerson: z.boolean().default(false),
  /** the services (units of the tenant) it covers */
  unitIds: z.array(uuid).min(1).max(50),
  purpose: text(2000),
  /** what information may be shared with the services */
  informationShared: optionalText(2000).default(''),
  /**
   * The child's own view (Barnekonvensjonen art. 12). From the municipality's hearing age
   * (tenants.child_hearing_age, 7 by default) either this or childViewMissingReason is required,
   * unless the young person consents themself; below it both are optional.
   */
  childView: text(4000).optional(),
  /** why the child's view was not obtained */
  childViewMissingReason: text(2000).optional(),
  validFrom: isoDate,
  validTo: isoDate,
  /** a scanned form uploaded to the same case (POST /api/cases/:id/documents) */
  documentId: uuid.optional(),
});

/** The rules a recorded consent meets wherever it is recorded. */
export const withConsentRules = <T extends z.ZodType<{ validFrom: string; validTo: string; guardianIds: string[]; youngPerson: boolean; childView?: string; childViewMissingReason?: string }>>(schema: T) => schema
  .refine((c) => c.validTo >= c.validFrom, { path: ['validTo'], message: 'The end date is before the start date' })
  .refine((c) => c.guardianIds.length > 0 || c.youngPerson, {
    path: ['guardianIds'],
    message: 'A consent needs at least one guardian or the young person',
  })
  .refine((c) => !(c.childView && c.childViewMissingReason), {
    path: ['childViewMissingReason'],
    message: 'Give the child’s view or why it was not obtained, not both',
  });

export const newConsentRequest = withConsentRules(consentFields);
export type NewConsentRequest = z.infer<typeof newConsentRequest>;

export const withdrawConsentRequest = z.strictObject({ reason: text(2000) });
export type WithdrawConsentRequest = z.infer<typeof withdrawConsentRequest>;

export const consentParams = z.object({ id: uuid, consentId: uuid });
export const documentParams = z.object({ id: uuid, documentId: uuid });

export const consentItem = z.object({
  id: uuid,
  decision: consentDecision,
  status: consentStatus,
  guardians: z.array(z.object({ id: uuid, name: z.string() })),
  youngPerson: z.boolean(),
  units: z.array(z.object({ id: uuid, name: z.string(), type: unitType })),
  purpose: z.string(),
  informationShared: z.string(),
  childView: z.string().nullable(),
  childViewMissingReason: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate,
  /** the scanned form, if any: download at /api/cases/:id/documents/:documentId */
  document: z.object({ id: uuid, fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() }).nullable(),
  recordedBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  withdrawn: z
    .object({ at: z.iso.datetime(), by: z.enum(['staff', 'guardian', 'young_person']), byName: z.string().nullable(), reason: z.string() })
    .nullable(),
  /** may the current user withdraw it (staff with write access, or a resident party to it)? */
  canWithdraw: z.boolean(),
});
export type ConsentItem = z.infer<typeof consentItem>;

/** All consents of the case, newest first: withdrawn and expired ones stay as history. */
export const consentListResponse = z.object({
  items: z.array(consentItem),
  /** the child's guardians with parental responsibility: who may give consent */
  guardians: z.array(z.object({ id: uuid, name: z.string() })),
  /** may the young person consent for themself today (child's age ≥ the tenant's young_person_age)? */
  youngPersonMayConsent: z.boolean(),
  /** is the child at or above the municipality's age for hearing the child (the form then asks for their view)? */
  childViewAsked: z.boolean(),
  childHearingAge: z.number().int(),
});
export type ConsentListResponse = z.infer<typeof consentListResponse>;

export const consentMutationResponse = z.object({ id: uuid });

/** Scanned forms: the body is the file itself; these are the types accepted, and the limit. */
export const documentContentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const documentContentType = z.enum(documentContentTypes);
export const documentMaxBytes = 10 * 1024 * 1024;
export const documentUploadResponse = z.object({ id: uuid, fileName: z.string(), contentType: documentContentType, sizeBytes: z.number().int() });
export type DocumentUploadResponse = z.infer<typeof documentUploadResponse>;

/** GET /api/resident/cases: the cases a logged-in guardian or young person may see. */
export const residentCase = z.object({
  id: uuid,
  child: z.object({ givenName: z.string(), familyName: z.string(), birthDate: isoDate }),
  municipality: z.string(),
  owningUnit: z.object({ name: z.string(), type: unitType }),
  level: caseLevel,
  status: caseStatus,
  openedAt: z.iso.datetime(),
  /** why this resident sees it */
  reason: accessReason,
  /** the level as the case's municipality names it */
  levelNames: levelNames.optional(),
});
export type ResidentCase = z.infer<typeof residentCase>;
export const residentCasesResponse = z.object({ items: z.array(residentCase) });
export type ResidentCasesResponse = z.infer<typeof residentCasesResponse>;
