import { z } from 'zod';

export const uuid = z.uuid();
export const isoDate = z.iso.date();
/** Optimistic-concurrency version of a row: what the user saw; an integer column. */
export const version = z.number().int().min(1).max(2147483647);
export const unitTypes = [
  'kindergarten', 'primary_school', 'lower_secondary_school', 'sfo', 'health_centre', 'ppt',
  'child_welfare', 'nav', 'leisure', 'mental_health', 'other',
] as const;
export const unitType = z.enum(unitTypes);
export const unitRoles = ['employee', 'leader', 'resource_person'] as const;
export const unitRole = z.enum(unitRoles);
/**
 * A staff member's function (stilling/funksjon): shown beside their name in a case (the relay holder's
 * function) and used by the guide to say who does a step. Codes are national roles; the labels are the UI's.
 */
export const staffFunctions = [
  'contact_teacher', 'teacher', 'pedagogical_leader', 'kindergarten_teacher', 'assistant', 'special_educator',
  'social_teacher', 'school_counsellor', 'sfo_leader', 'principal', 'head_of_kindergarten', 'department_head',
  'school_nurse', 'physician', 'psychologist', 'ppt_advisor', 'child_welfare_worker', 'milieu_therapist',
  'family_therapist', 'nav_advisor', 'youth_worker', 'coordinator', 'other',
] as const;
export const staffFunction = z.enum(staffFunctions);
export type StaffFunction = z.infer<typeof staffFunction>;
export const municipalRoles = ['system_admin', 'municipal_coordinator', 'analyst'] as const;
export const municipalRole = z.enum(municipalRoles);
export const addressProtection = z.enum(['none', 'fortrolig', 'strengt_fortrolig']);

/** Keyset pagination: an opaque cursor and a page size. */
export const pageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const fieldProblem = z.object({ path: z.string(), code: z.string(), message: z.string() });
export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.array(fieldProblem), requestId: z.string() }),
});
export type ErrorBody = z.infer<typeof errorBody>;
export const idParams = z.object({ id: uuid });
