import { z } from 'zod';
import { municipalRole, page, staffFunction, unitRole, unitType, uuid } from './common.js';

export const levelWithoutOtherService = z.enum(['warn', 'require']);

/** A municipality writes bokmål or nynorsk (issue 9); English is only ever a translation. */
export const mainLanguages = ['nb', 'nn'] as const;
export const mainLanguage = z.enum(mainLanguages, { error: 'Choose nb (bokmål) or nn (nynorsk)' });
export type MainLanguage = z.infer<typeof mainLanguage>;

/** The municipality itself. Its number is set when the tenant is created (npm run tenant:create) and never changed. */
export const tenant = z.object({
  id: uuid,
  municipalityNumber: z.string(),
  name: z.string(),
  accessibilityStatementUrl: z.string().nullable(),
  /** BTI case work (issue 3): days from a concern's registration to its decision */
  concernDecisionDays: z.number().int(),
  /** the age from which the child sees their own case and consents for themself */
  youngPersonAge: z.union([z.literal(15), z.literal(16)]),
  /** days before a consent expires that the case warns */
  consentWarningDays: z.number().int(),
  /** signals offered when registering a concern; empty: Samla's default list */
  concernSignals: z.array(z.string()),
  /** from this age the child's own view is asked for when a consent is recorded (default 7) */
  childHearingAge: z.number().int(),
  /** a case moving to level 2 or 3 with no other service involved: warn (a reason is asked for) or require a consent */
  levelWithoutOtherService: levelWithoutOtherService,
  /** bokmål or nynorsk: the language its public pages and staff app default to and its main texts are written in */
  mainLanguage: mainLanguage,
});
export type Tenant = z.infer<typeof tenant>;
export const tenantName = z.string().trim().min(1).max(200);
export const municipalityNumber = z.string().trim().regex(/^\d{4}$/, 'Municipality number has 4 digits');
export const tenantPatch = z.strictObject({
  name: tenantName.optional(),
  /** The published accessibility statement (tilgjengelighetserklæring), linked from every page; https only. */
  accessibilityStatementUrl: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'Must be an https:// address' }).max(2000).nullable().optional(),
  /** Named so that a client trying to change it gets a field-level refusal rather than a silent no-op. */
  municipalityNumber: z.never({ error: 'The municipality number cannot be changed' }).optional(),
  concernDecisionDays: z.number().int().min(1).max(90).optional(),
  youngPersonAge: z.union([z.literal(15), z.literal(16)], { error: 'Choose 15 or 16' }).optional(),
  consentWarningDays: z.number().int().min(1).max(180).optional(),
  childHearingAge: z.number().int().min(0).max(18).optional(),
  levelWithoutOtherService: levelWithoutOtherService.optional(),
  concernSignals: z
    .array(z.string().trim().min(1).max(80))
    .max(30)
    .refine((s) => new Set(s.map((x) => x.toLowerCase())).size === s.length, { message: 'Each signal once' })
    .optional(),
  mainLanguage: mainLanguage.optional(),
});

export const unit = z.object({
  id: uuid,
  name: z.string(),
  type: unitType,
  organisationNumber: z.string().nullable(),
  archived: z.boolean(),
  /** the unit this one is a department of (shown «Enhet › Avdeling») */
  parent: z.object({ id: uuid, name: z.string() }).nullable(),
});
export type Unit = z.infer<typeof unit>;
export const unitList = page(unit);
export const unitListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  type: unitType.optional(),
  /** Which units to list by archive state; all of them unless asked. */
  status: z.enum(['active', 'archived', 'all']).default('all'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const unitInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  type: unitType,
  organisationNumber: z.string().trim().regex(/^\d{9}$/, 'Organisation number has 9 digits').nullable().optional(),
  /** a department's unit: of the same municipality, never the unit itself or one below it */
  parentId: uuid.nullable().optional(),
});
export const unitPatch = unitInput.partial().extend({ archived: z.boolean().optional() });

export const staffUser = z.object({
  id: uuid,
  name: z.string(),
  email: z.string(),
  externalSubject: z.string().nullable(),
  /** function or job title (kontaktlærer, helsesykepleier, …), shown in cases; none until set */
  staffFunction: staffFunction.nullable(),
  active: z.boolean(),
  municipalRoles: z.array(municipalRole),
  unitRoles: z.array(z.object({ unitId: uuid, unitName: z.string(), role: unitRole })),
});
export type StaffUser = z.infer<typeof staffUser>;
export const staffUserList = page(staffUser);
/**
 * Search is a POST so that names never appear in URLs or access logs: neither the search text
 * nor the cursor, which carries the last name's sort key.
 */
export const staffUserSearchRequest = z.strictObject({
  /** Part of the name (Norwegian folding, as sorted) or of the e-mail address. */
  query: z.string().trim().max(100).optional(),
  unitId: uuid.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type StaffUserSearchRequest = z.input<typeof staffUserSearchRequest>;
const staffUserFields = {
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  externalSubject: z.string().trim().min(1).max(200).nullable(),
  staffFunction: staffFunction.nullable(),
  active: z.boolean(),
  municipalRoles: z.array(municipalRole).max(3),
  unitRoles: z.array(z.strictObject({ unitId: uuid, role: unitRole })).max(50),
};
export const staffUserInput = z.strictObject({
  ...staffUserFields,
  externalSubject: staffUserFields.externalSubject.optional(),
  staffFunction: staffUserFields.staffFunction.default(null),
  active: staffUserFields.active.default(true),
  municipalRoles: staffUserFields.municipalRoles.default([]),
  unitRoles: staffUserFields.unitRoles.default([]),
});
/** Built without defaults: a field left out of a PATCH stays as it is (a default would wipe the roles). */
export const staffUserPatch = z.strictObject(staffUserFields).partial();

/**
 * One problem with one row: `row` is the line number in the file (the header is line 1), `field`
 * the column name. Never a value: no national ID number, no name. A row can have several problems.
 * A job that failed unexpectedly carries one entry with row 0, field 'file' and code 'import_failed';
 * one left running by a process that stopped is marked failed at the next start with code 'import_interrupted'.
 */
export const importRejection = z.object({ row: z.number().int(), field: z.string(), code: z.string() });
export const importKind = z.enum(['units', 'staff', 'children']);
export const importJob = z.object({
  id: uuid,
  kind: importKind,
  status: z.enum(['running', 'done', 'failed']),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  acceptedRows: z.number().int(),
  /** Rows with at least one problem (rejected may hold several entries per row). */
  rejectedRows: z.number().int(),
  rejected: z.array(importRejection),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ImportJob = z.infer<typeof importJob>;
/** A job in the list of recent imports: the counts without the per-row report. */
export const importJobSummary = importJob.omit({ rejected: true });
export const importJobList = page(importJobSummary);
export const importJobListQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
