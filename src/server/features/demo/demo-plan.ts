import type { Insertable } from 'kysely';
import type { MunicipalRole, UnitRole, UnitType, UnitsTable, UsersTable } from '../../platform/db/schema.js';
import { sortKey } from '../../platform/text/sort-key.js';
import { DEMO_PEOPLE, DEMO_UNITS } from './demo-known.js';
import { AREAS, KINDERGARTEN_WORDS, MAN_NAMES, FAMILY_NAMES, WOMAN_NAMES, asciiFold, uniqueNames } from './names.js';
import type { Random } from './prng.js';
import type { StaffFunction } from '../../../contracts/common.js';

/**
 * How big the municipality is for a number of children: enough kindergartens and schools
 * that each has a realistic few hundred children, and staff in proportion. Children are
 * spread evenly over 18 birth years: 5 in kindergarten, 7 in primary, 3 in lower secondary.
 */
const PER_KINDERGARTEN = 80;
const PER_PRIMARY_SCHOOL = 300;
const PER_LOWER_SCHOOL = 350;
const PUPILS_PER_CLASS = 22;

export interface StaffNeed {
  unitId: string;
  type: UnitType;
  leaders: number;
  resourcePersons: number;
  employees: number;
}

export interface UnitPlan {
  units: Insertable<UnitsTable>[];
  kindergartens: string[];
  primarySchools: string[];
  lowerSchools: string[];
  /** the SFO of each primary school, by the same index */
  sfo: string[];
  unitIdByName: Map<string, string>;
  /** class letters per grade: 2 gives 3A and 3B */
  primaryLetters: number;
  lowerLetters: number;
  staff: StaffNeed[];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));

export function planUnits(rnd: Random, tenantId: string, children: number): UnitPlan {
  const cohort = children / 18;
  const kgCount = Math.max(2, Math.round((cohort * 5) / PER_KINDERGARTEN));
  const primaryCount = Math.max(2, Math.round((cohort * 7) / PER_PRIMARY_SCHOOL));
  const lowerCount = Math.max(1, Math.round((cohort * 3) / PER_LOWER_SCHOOL));

  const kgNames = [...KINDERGARTEN_WORDS.map((w) => `${w} barnehage`), ...uniqueNames(AREAS, ' barnehage', kgCount)].slice(0, kgCount);
  const primaryNames = uniqueNames(AREAS, ' skole', primaryCount);
  // Lower secondary schools take their names from the areas after Lia and Berg: Nordby first.
  const lowerNames = uniqueNames([...AREAS.slice(2), ...AREAS.slice(0, 2)], ' ungdomsskole', lowerCount);
  const sfoNames = primaryNames.map((n) => `${n.replace(/ skole( \d+)?$/, '$1')} SFO`);

  const units: Insertable<UnitsTable>[] = [];
  const staff: StaffNeed[] = [];
  const add = (name: string, type: UnitType, need: Omit<StaffNeed, 'unitId' | 'type'>, parentId?: string) => {
    const id = rnd.uuid();
    units.push({ id, tenant_id: tenantId, name, sort_key: sortKey(name), type, ...(parentId ? { parent_id: parentId } : {}) });
    staff.push({ unitId: id, type, ...need });
    return id;
  };
  const perKg = (cohort * 5) / kgCount;
  const perPrimary = (cohort * 7) / primaryCount;
  const perLower = (cohort * 3) / lowerCount;
  const kindergartens = kgNames.map((n) => add(n, 'kindergarten', { leaders: 1, resourcePersons: 1, employees: clamp(perKg / 12, 3, 40) }));
  const primarySchools = primaryNames.map((n) => add(n, 'primary_school', { leaders: 1, resourcePersons: 1, employees: clamp(perPrimary / 15, 4, 60) }));
  const lowerSchools = lowerNames.map((n) => add(n, 'lower_secondary_school', { leaders: 1, resourcePersons: 1, employees: clamp(perLower / 15, 4, 60) }));
  // An SFO is part of its school: a department under it («Lia skole › Lia SFO»).
  const sfo = sfoNames.map((n, i) => add(n, 'sfo', { leaders: 1, resourcePersons: 0, employees: clamp(perPrimary / 60, 2, 10) }, primarySchools[i]));
  const service = (name: string, type: UnitType, perChildren: number, min: number) =>
    add(name, type, { leaders: 1, resourcePersons: 0, employees: clamp(children / perChildren, min, 400) });
  service(DEMO_UNITS.healthCentre, 'health_centre', 800, 3);
  service(DEMO_UNITS.ppt, 'ppt', 2000, 3);
  service(DEMO_UNITS.childWelfare, 'child_welfare', 1000, 4);
  service(DEMO_UNITS.nav, 'nav', 3000, 2);
  service(DEMO_UNITS.leisure, 'leisure', 5000, 2);
  service(DEMO_UNITS.mentalHealth, 'mental_health', 2000, 3);

  return {
    units,
    kindergartens,
    primarySchools,
    lowerSchools,
    sfo,
    unitIdByName: new Map(units.map((u) => [u.name, u.id!])),
    primaryLetters: Math.max(2, Math.round(cohort / primaryCount / PUPILS_PER_CLASS)),
    lowerLetters: Math.max(2, Math.round(cohort / lowerCount / PUPILS_PER_CLASS)),
    staff,
  };
}

export interface StaffMember {
  user: Insertable<UsersTable>;
  memberships: { unit_id: string; role: UnitRole }[];
  municipalRoles: MunicipalRole[];
}

const STAFF_DOMAIN = 'eksempel-kommune.example';

/** Functions of generated staff, by unit type and role, taken in turn (no draw: the demo stays the same). */
const SCHOOL: Record<UnitRole, StaffFunction[]> = {
  leader: ['principal', 'department_head'], resource_person: ['social_teacher', 'school_counsellor', 'special_educator'],
  employee: ['contact_teacher', 'teacher', 'teacher', 'assistant'],
};
const FUNCTIONS: Partial<Record<UnitType, Record<UnitRole, StaffFunction[]>>> = {
  kindergarten: {
    leader: ['head_of_kindergarten'], resource_person: ['special_educator'],
    employee: ['pedagogical_leader', 'kindergarten_teacher', 'assistant', 'assistant'],
  },
  primary_school: SCHOOL,
  lower_secondary_school: SCHOOL,
  sfo: { leader: ['sfo_leader'], resource_person: ['assistant'], employee: ['assistant'] },
  health_centre: { leader: ['department_head'], resource_person: ['physician'], employee: ['school_nurse'] },
  ppt: { leader: ['department_head'], resource_person: ['psychologist'], employee: ['ppt_advisor'] },
  child_welfare: { leader: ['department_head'], resource_person: ['family_therapist'], employee: ['child_welfare_worker'] },
};
const functionFor = (type: UnitType, role: UnitRole, n: number): StaffFunction | null => {
  const list = FUNCTIONS[type]?.[role];
  return list ? list[n % list.length]! : null;
};

/**
 * Everyone who works in the municipality: the well-known demo people first (they fill a
 * leader, resource person or employee place of their unit), then generated staff with the
 * subject `gen:<n>`, which the demo login does not offer.
 */
export function* staffMembers(rnd: Random, tenantId: string, plan: UnitPlan): Generator<StaffMember> {
  const needs = new Map(plan.staff.map((s) => [s.unitId, { ...s }]));
  for (const p of DEMO_PEOPLE) {
    const memberships: StaffMember['memberships'] = [];
    if (p.unit && p.role) {
      const unitId = plan.unitIdByName.get(p.unit);
      if (!unitId) throw new Error(`demo unit missing: ${p.unit}`);
      memberships.push({ unit_id: unitId, role: p.role });
      const need = needs.get(unitId)!;
      if (p.role === 'leader') need.leaders--;
      else if (p.role === 'resource_person') need.resourcePersons--;
      else need.employees--;
    }
    const email = `${asciiFold(p.name)}@${STAFF_DOMAIN}`;
    yield {
      user: {
        id: rnd.uuid(), tenant_id: tenantId, name: p.name, sort_key: sortKey(p.name), email, external_subject: p.subject,
        staff_function: p.staffFunction ?? null,
      },
      memberships,
      municipalRoles: p.municipalRole ? [p.municipalRole] : [],
    };
  }
  let n = 0;
  for (const need of needs.values()) {
    const roles: UnitRole[] = [
      ...Array<UnitRole>(Math.max(0, need.leaders)).fill('leader'),
      ...Array<UnitRole>(Math.max(0, need.resourcePersons)).fill('resource_person'),
      ...Array<UnitRole>(Math.max(0, need.employees)).fill('employee'),
    ];
    for (const role of roles) {
      n++;
      const given = rnd.chance(0.6) ? rnd.pick(WOMAN_NAMES) : rnd.pick(MAN_NAMES);
      const name = `${given} ${rnd.pick(FAMILY_NAMES)}`;
      yield {
        user: {
          id: rnd.uuid(), tenant_id: tenantId, name, sort_key: sortKey(name),
          email: `${asciiFold(name)}.${n}@${STAFF_DOMAIN}`, external_subject: `gen:${n}`, staff_function: functionFor(need.type, role, n),
        },
        memberships: [{ unit_id: need.unitId, role }],
        municipalRoles: [],
      };
    }
  }
}
