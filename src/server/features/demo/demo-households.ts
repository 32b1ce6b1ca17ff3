import type { Insertable } from 'kysely';
import type {
  AddressProtection, ChildGuardiansTable, ChildrenTable, EnrolmentsTable, GuardiansTable,
} from '../../platform/db/schema.js';
import { searchText, sortKey } from '../../platform/text/sort-key.js';
import { syntheticNationalId } from '../children/national-id.js';
import type { UnitPlan } from './demo-plan.js';
import {
  BOY_NAMES, CITY, FAMILY_NAMES, GIRL_NAMES, KINDERGARTEN_GROUPS, MAN_NAMES, POSTAL_CODES, STREETS, WOMAN_NAMES, asciiFold,
} from './names.js';
import type { Random } from './prng.js';

/** The rows of one household: siblings share guardians, address and school district. */
export interface HouseholdRows {
  children: Insertable<ChildrenTable>[];
  guardians: Insertable<GuardiansTable>[];
  childGuardians: Insertable<ChildGuardiansTable>[];
  enrolments: Insertable<EnrolmentsTable>[];
}

/** A household the tests rely on: one child with a fixed name at a fixed unit and grade. */
export interface KnownHousehold {
  givenName: string;
  familyName: string;
  /** grade 1–10; 0 or below is kindergarten (0 = the last year before school) */
  grade: number;
  kindergarten?: number;
  primary?: number;
  lower?: number;
  letter?: string;
  protection?: AddressProtection;
  secondGuardianWithoutResponsibility?: boolean;
}

export interface HouseholdContext {
  rnd: Random;
  tenantId: string;
  plan: UnitPlan;
  /** the year the current school year started (August) */
  schoolYear: number;
  ids: NationalIdAllocator;
}

/** Hands out distinct synthetic national ID numbers per birth date. */
export class NationalIdAllocator {
  private readonly nextIndividual = new Map<string, number>();

  take(birthDate: string): string {
    const n = this.nextIndividual.get(birthDate) ?? 0;
    if (n >= 500) throw new Error('Too many people born on one day for synthetic numbers');
    const id = syntheticNationalId(birthDate, n);
    const used = Number(id.slice(6, 9)) % 500;
    // syntheticNationalId skips individual numbers with a bad checksum and wraps at 500.
    if (used < n) throw new Error('Too many people born on one day for synthetic numbers');
    this.nextIndividual.set(birthDate, used + 1);
    return id;
  }
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number) => String(n).padStart(2, '0');

function birthDate(rnd: Random, year: number, maxMonth = 12): string {
  const month = rnd.int(1, maxMonth);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const day = rnd.int(1, DAYS[month - 1]! + (month === 2 && leap ? 1 : 0));
  return `${year}-${pad(month)}-${pad(day)}`;
}

function phone(rnd: Random): string {
  return `${rnd.pick(['4', '9'])}${rnd.int(10, 99)} ${pad(rnd.int(0, 99))} ${String(rnd.int(0, 999)).padStart(3, '0')}`;
}

function protectionOf(rnd: Random): AddressProtection {
  // About 2 % of households: most fortrolig, some strengt fortrolig.
  if (!rnd.chance(0.02)) return 'none';
  return rnd.chance(0.7) ? 'fortrolig' : 'strengt_fortrolig';
}

/** Strengt fortrolig addresses are not given out by the population register at all. */
function address(rnd: Random, protection: AddressProtection) {
  if (protection === 'strengt_fortrolig') return { street_address: null, postal_code: null, city: null };
  return { street_address: `${rnd.pick(STREETS)} ${rnd.int(1, 120)}`, postal_code: rnd.pick(POSTAL_CODES), city: CITY };
}

/**
 * Makes one household with up to `maxChildren` children. Birth years spread over ages 1–18;
 * enrolments follow the Norwegian school start (the year a child turns 6), with the previous
 * stage kept as a closed enrolment for the youngest pupils.
 */
export function makeHousehold(ctx: HouseholdContext, maxChildren: number, known?: KnownHousehold): HouseholdRows {
  const { rnd, tenantId, plan, schoolYear } = ctx;
  const rows: HouseholdRows = { children: [], guardians: [], childGuardians: [], enrolments: [] };
  const familyName = known?.familyName ?? rnd.pick(FAMILY_NAMES);
  const protection = known?.protection ?? protectionOf(rnd);
  const home = address(rnd, protection);
  const placement = {
    kindergarten: plan.kindergartens[known?.kindergarten ?? rnd.int(0, plan.kindergartens.length - 1)]!,
    primary: known?.primary ?? rnd.int(0, plan.primarySchools.length - 1),
    lower: plan.lowerSchools[known?.lower ?? rnd.int(0, plan.lowerSchools.length - 1)]!,
  };

  const wanted = known ? 1 : Math.min(maxChildren, rnd.pick([1, 1, 2, 2, 2, 3, 3, 4]));
  let year = known ? schoolYear - 5 - known.grade : rnd.int(schoolYear - 18, schoolYear - 1);
  for (let i = 0; i < wanted && year <= schoolYear - 1; i++) {
    // The youngest cohort is born January–July, so that every child is at least 1 in August.
    const born = birthDate(rnd, year, year === schoolYear - 1 ? 7 : 12);
    const girl = rnd.chance(0.49);
    const givenName = known?.givenName ?? (girl ? rnd.pick(GIRL_NAMES) : rnd.pick(BOY_NAMES));
    const id = rnd.uuid();
    rows.children.push({
      id, tenant_id: tenantId, national_id: ctx.ids.take(born), id_type: 'tnr', given_name: givenName, family_name: familyName,
      sort_key: sortKey(familyName, givenName), search_text: searchText(givenName, familyName), birth_date: born,
      ...home, address_protection: protection,
    });
    addEnrolments(ctx, rows, id, year, placement, known?.letter);
    year += rnd.int(1, 4);
  }

  const oldest = Number(rows.children[0]!.birth_date.slice(0, 4));
  const twoGuardians = known ? true : rnd.chance(0.85);
  const together = rnd.chance(0.75);
  const guardian = (woman: boolean, relation: 'mother' | 'father' | 'parent', responsibility: boolean, own: boolean) => {
    const given = woman ? rnd.pick(WOMAN_NAMES) : rnd.pick(MAN_NAMES);
    const family = rnd.chance(0.7) ? familyName : rnd.pick(FAMILY_NAMES);
    const name = `${given} ${family}`;
    // A guardian living elsewhere has an address of their own, usually unprotected.
    const prot = own ? protection : rnd.chance(0.5) ? protection : 'none';
    const addr = own || prot === protection ? home : address(rnd, prot);
    const id = rnd.uuid();
    rows.guardians.push({
      id, tenant_id: tenantId, national_id: ctx.ids.take(birthDate(rnd, oldest - rnd.int(24, 42))), name, sort_key: sortKey(name),
      phone: phone(rnd), email: `${asciiFold(name)}${rnd.int(1, 99)}@epost.example`, ...addr, address_protection: prot,
    });
    for (const c of rows.children) {
      rows.childGuardians.push({ tenant_id: tenantId, child_id: c.id!, guardian_id: id, relation, parental_responsibility: responsibility });
    }
  };
  const sameSex = !known && rnd.chance(0.05);
  guardian(true, sameSex ? 'parent' : 'mother', true, true);
  if (twoGuardians) {
    // Some second guardians do not have parental responsibility (foreldreansvar).
    const responsibility = known ? !known.secondGuardianWithoutResponsibility : !rnd.chance(0.08);
    guardian(sameSex, sameSex ? 'parent' : 'father', responsibility, together || Boolean(known));
  }
  return rows;
}

function addEnrolments(
  ctx: HouseholdContext, rows: HouseholdRows, childId: string, birthYear: number,
  placement: { kindergarten: string; primary: number; lower: string }, knownLetter: string | undefined,
) {
  const { rnd, tenantId, plan, schoolYear } = ctx;
  const grade = schoolYear - birthYear - 5;
  const enrol = (unitId: string, group: string | null, fromYear: number, toYear?: number) =>
    rows.enrolments.push({
      id: rnd.uuid(), tenant_id: tenantId, child_id: childId, unit_id: unitId, group_name: group,
      from_date: `${fromYear}-08-15`, to_date: toYear ? `${toYear}-06-20` : null,
    });
  const letter = (count: number) => knownLetter ?? String.fromCharCode(65 + rnd.int(0, count - 1));
  const primary = plan.primarySchools[placement.primary]!;
  if (grade <= 0) {
    const groups = grade <= -3 ? KINDERGARTEN_GROUPS.slice(0, 2) : KINDERGARTEN_GROUPS.slice(2);
    enrol(placement.kindergarten, rnd.pick(groups), birthYear + 1);
  } else if (grade <= 7) {
    if (grade <= 3) enrol(placement.kindergarten, rnd.pick(KINDERGARTEN_GROUPS.slice(2)), birthYear + 1, birthYear + 6);
    enrol(primary, `${grade}${letter(plan.primaryLetters)}`, birthYear + 6);
    if (grade <= 4 && rnd.chance(0.6)) enrol(plan.sfo[placement.primary]!, null, birthYear + 6);
  } else if (grade <= 10) {
    enrol(primary, `7${letter(plan.primaryLetters)}`, birthYear + 6, birthYear + 13);
    enrol(placement.lower, `${grade}${letter(plan.lowerLetters)}`, birthYear + 13);
  }
  // 16–18: upper secondary is the county's, so no enrolment in the municipality.
}
