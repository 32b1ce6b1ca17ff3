import { staffFunctions } from '../../../contracts/common.js';
import { z } from 'zod';
import { unitTypes } from '../../../contracts/common.js';
import type { AddressProtection, UnitRole, UnitType } from '../../platform/db/schema.js';

/** Readers of single cell values. Each returns null for a value it does not understand. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A date as 2024-08-15 or as Norwegian spreadsheets write it, 15.08.2024; a real calendar date. */
export function parseDate(s: string): string | null {
  const iso = ISO.exec(s);
  const no = iso ? null : NORWEGIAN.exec(s);
  const parts = iso ? [iso[1], iso[2], iso[3]] : no ? [no[3], no[2], no[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const UNIT_TYPE_LABELS: Record<string, UnitType> = {
  barnehage: 'kindergarten',
  barneskole: 'primary_school',
  ungdomsskole: 'lower_secondary_school',
  sfo: 'sfo',
  helsestasjon: 'health_centre',
  skolehelsetjeneste: 'health_centre',
  ppt: 'ppt',
  barnevern: 'child_welfare',
  nav: 'nav',
  fritid: 'leisure',
  psykisk_helse: 'mental_health',
  annet: 'other',
};

const key = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

export function parseUnitType(s: string): UnitType | null {
  const k = key(s);
  if ((unitTypes as readonly string[]).includes(k)) return k as UnitType;
  return UNIT_TYPE_LABELS[k] ?? null;
}

const ROLE_LABELS: Record<string, UnitRole> = {
  ansatt: 'employee', employee: 'employee',
  leder: 'leader', leader: 'leader',
  ressursperson: 'resource_person', resource_person: 'resource_person',
};

export function parseUnitRole(s: string): UnitRole | null {
  return ROLE_LABELS[key(s)] ?? null;
}

export function parseYesNo(s: string): boolean | null {
  const k = key(s);
  if (['ja', 'j', 'yes', 'true', '1'].includes(k)) return true;
  if (['nei', 'n', 'no', 'false', '0'].includes(k)) return false;
  return null;
}

/**
 * Blank reads as 'none'. Imports only ever raise protection (children/address-protection.ts),
 * so a blank cell or an absent column lifts no protection stored or given by another row.
 */
export function parseAddressProtection(s: string): AddressProtection | null {
  const k = key(s);
  if (k === '' || k === 'nei' || k === 'none') return 'none';
  if (k === 'fortrolig') return 'fortrolig';
  if (k === 'strengt_fortrolig') return 'strengt_fortrolig';
  return null;
}

const email = z.email().max(320);
export function parseEmail(s: string): string | null {
  const v = s.trim().toLowerCase();
  return email.safeParse(v).success ? v : null;
}

/** Organisation numbers are often written 123 456 789. */
export function parseOrganisationNumber(s: string): string | null {
  const digits = s.replace(/\s/g, '');
  return /^\d{9}$/.test(digits) ? digits : null;
}

type StaffFunction = (typeof staffFunctions)[number];

/** Bokmål labels of the staff functions (contracts' staffFunctions), folded as the other columns are. */
const FUNCTION_LABELS: Record<string, StaffFunction> = {
  kontaktlærer: 'contact_teacher', lærer: 'teacher', pedagogisk_leder: 'pedagogical_leader', barnehagelærer: 'kindergarten_teacher',
  assistent: 'assistant', fagarbeider: 'assistant', 'assistent/fagarbeider': 'assistant', spesialpedagog: 'special_educator',
  sosiallærer: 'social_teacher', rådgiver: 'school_counsellor', sfo_leder: 'sfo_leader', rektor: 'principal', styrer: 'head_of_kindergarten',
  avdelingsleder: 'department_head', helsesykepleier: 'school_nurse', lege: 'physician', psykolog: 'psychologist', pp_rådgiver: 'ppt_advisor',
  barnevernskonsulent: 'child_welfare_worker', miljøterapeut: 'milieu_therapist', familieterapeut: 'family_therapist',
  nav_veileder: 'nav_advisor', ungdomsarbeider: 'youth_worker', koordinator: 'coordinator', annen_funksjon: 'other', annet: 'other',
};

/** A staff function by its code or its bokmål label; blank is none. */
export function parseStaffFunction(s: string): StaffFunction | null | undefined {
  const k = key(s);
  if (!k) return null;
  if ((staffFunctions as readonly string[]).includes(k)) return k as StaffFunction;
  return FUNCTION_LABELS[k];
}
