import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { DatabaseHandle } from '../../platform/db/database.js';
import { validateNationalId } from '../children/national-id.js';
import { DEMO_KNOWN, DEMO_PEOPLE, DEMO_UNITS } from './demo-known.js';
import { DemoExistsError, generateDemo, schoolYearOf } from './demo-generator.js';
import { ensureDemoData, resetDemoData } from './demo.service.js';
import { BOY_NAMES, GIRL_NAMES } from './names.js';

const TODAY = '2026-03-10';
const TABLES = [
  'tenants', 'units', 'users', 'user_municipal_roles', 'unit_memberships', 'children', 'guardians', 'child_guardians', 'enrolments',
  'concerns', 'concern_steps', 'cases', 'case_holders', 'case_members', 'handover_requests', 'consents', 'consent_units', 'goals',
  'measures', 'evaluations', 'case_entries', 'entry_drafts', 'services',
] as const;

/** Every generated row, timestamps left out (they record when the generator ran). */
async function snapshot(h: DatabaseHandle) {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = (await h.db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    out[table] = rows
      .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'created_at' && k !== 'updated_at'))))
      .sort();
  }
  return out;
}

describe('demo generator', () => {
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await generateDemo(a.db, { seed: 7, children: 600, today: TODAY });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('makes the same rows, ids included, from the same seed, and other rows from another seed', async () => {
    await generateDemo(b.db, { seed: 7, children: 600, today: TODAY, batchSize: 97 });
    const first = await snapshot(a);
    expect(await snapshot(b)).toEqual(first);
    expect(first.children).toHaveLength(600);

    await resetDemoData(b.db);
    expect(await b.db.selectFrom('children').select('id').execute()).toEqual([]);
    await generateDemo(b.db, { seed: 8, children: 600, today: TODAY });
    const other = await snapshot(b);
    expect(other.children).toHaveLength(600);
    expect(other.children).not.toEqual(first.children);
  });

  it('gives the same data for every day of one school year', () => {
    expect(schoolYearOf('2025-08-15')).toBe(2025);
    expect(schoolYearOf('2026-08-14')).toBe(2025);
    expect(schoolYearOf('2026-08-15')).toBe(2026);
  });

  it('has the municipality, about twelve units of every kind, and staff in every role', async () => {
    const tenant = await a.db.selectFrom('tenants').selectAll().executeTakeFirstOrThrow();
    expect(tenant).toMatchObject({ name: 'Eksempel kommune', municipality_number: '9999' });
    const units = await a.db.selectFrom('units').select(['name', 'type']).execute();
    expect(units.length).toBeGreaterThanOrEqual(12);
    expect(units.length).toBeLessThanOrEqual(14);
    for (const name of Object.values(DEMO_UNITS)) expect(units.map((u) => u.name)).toContain(name);
    const roles = await a.db
      .selectFrom('unit_memberships as m')
      .innerJoin('units as u', 'u.id', 'm.unit_id')
      .select(['u.name', 'u.type', 'm.role'])
      .execute();
    for (const u of units.filter((x) => ['kindergarten', 'primary_school', 'lower_secondary_school'].includes(x.type))) {
      const here = roles.filter((r) => r.name === u.name);
      expect(here.filter((r) => r.role === 'leader'), u.name).toHaveLength(1);
      expect(here.filter((r) => r.role === 'resource_person'), u.name).toHaveLength(1);
      expect(here.filter((r) => r.role === 'employee').length, u.name).toBeGreaterThanOrEqual(3);
    }
    for (const u of units) expect(roles.some((r) => r.name === u.name), u.name).toBe(true);
    const municipal = await a.db.selectFrom('user_municipal_roles').select('role').execute();
    expect(municipal.map((r) => r.role).sort()).toEqual(['analyst', 'municipal_coordinator', 'system_admin']);
  });

  it('has every well-known demo person, and generated staff are not offered as demo people', async () => {
    const users = await a.db.selectFrom('users').select(['external_subject', 'name']).execute();
    for (const p of DEMO_PEOPLE) expect(users).toContainEqual({ external_subject: p.subject, name: p.name });
    const demo = users.filter((u) => u.external_subject?.startsWith('demo:'));
    expect(demo).toHaveLength(DEMO_PEOPLE.length);
    expect(users.filter((u) => !u.external_subject?.startsWith('demo:')).every((u) => /^gen:\d+$/.test(u.external_subject ?? ''))).toBe(true);
  });

  it('gives every child and guardian a valid synthetic national ID matching the birth date', async () => {
    const children = await a.db.selectFrom('children').select(['national_id', 'id_type', 'birth_date']).execute();
    for (const c of children) {
      const r = validateNationalId(c.national_id, { allowSynthetic: true });
      expect(r, c.national_id).toMatchObject({ ok: true, idType: 'tnr', birthDate: c.birth_date });
      expect(c.id_type).toBe('tnr');
      expect(validateNationalId(c.national_id, { allowSynthetic: false }).ok).toBe(false);
    }
    const guardians = await a.db.selectFrom('guardians').select('national_id').execute();
    for (const g of guardians) expect(validateNationalId(g.national_id, { allowSynthetic: true }).ok, g.national_id).toBe(true);
    const all = [...children, ...guardians].map((p) => p.national_id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has children aged 1 to 18 enrolled by age, with class groups at school', async () => {
    const rows = await a.db
      .selectFrom('children as c')
      .leftJoin('enrolments as e', (j) => j.onRef('e.child_id', '=', 'c.id').on('e.to_date', 'is', null))
      .leftJoin('units as u', 'u.id', 'e.unit_id')
      .select(['c.id', 'c.birth_date', 'u.type', 'e.group_name'])
      .execute();
    for (const r of rows) {
      const grade = schoolYearOf(TODAY) - Number(r.birth_date.slice(0, 4)) - 5;
      const expected = grade <= 0 ? 'kindergarten' : grade <= 7 ? 'primary_school' : grade <= 10 ? 'lower_secondary_school' : null;
      if (r.type === 'sfo') {
        expect(grade).toBeLessThanOrEqual(4);
        continue;
      }
      expect(r.type, r.birth_date).toBe(expected);
      if (expected === 'primary_school' || expected === 'lower_secondary_school') expect(r.group_name).toMatch(new RegExp(`^${grade}[A-Z]$`));
      expect(r.birth_date >= '2007-01-01' && r.birth_date <= '2024-07-31', r.birth_date).toBe(true);
    }
    expect(rows.some((r) => r.type === 'sfo')).toBe(true);
    expect(rows.some((r) => r.type === null)).toBe(true); // 16–18: not in a municipal school
  });

  it('has protected addresses and guardians without parental responsibility; siblings share guardians', async () => {
    const protectedChildren = await a.db.selectFrom('children').select(['address_protection', 'street_address']).where('address_protection', '!=', 'none').execute();
    expect(protectedChildren.length).toBeGreaterThan(0);
    for (const c of protectedChildren.filter((x) => x.address_protection === 'strengt_fortrolig')) expect(c.street_address).toBeNull();
    const protectedGuardians = await a.db.selectFrom('guardians').select('id').where('address_protection', '!=', 'none').execute();
    expect(protectedGuardians.length).toBeGreaterThan(0);
    const without = await a.db.selectFrom('child_guardians').select('child_id').where('parental_responsibility', '=', false).execute();
    expect(without.length).toBeGreaterThan(0);
    const shared = await a.db
      .selectFrom('child_guardians')
      .select(['guardian_id', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('guardian_id')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(shared.length).toBeGreaterThan(0);
    const withResponsibility = await a.db
      .selectFrom('children as c')
      .select('c.id')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('child_guardians as cg').select('cg.child_id').whereRef('cg.child_id', '=', 'c.id').where('cg.parental_responsibility', '=', true))))
      .execute();
    expect(withResponsibility).toEqual([]); // every child has at least one guardian with responsibility
  });

  it('has the well-known children, each name found exactly once and at the right unit', async () => {
    const known = [
      [DEMO_KNOWN.liaChildGivenName, DEMO_UNITS.liaSchool, DEMO_KNOWN.liaChildGroup],
      [DEMO_KNOWN.liaProtectedChildGivenName, DEMO_UNITS.liaSchool, '6B'],
      [DEMO_KNOWN.bergChildGivenName, DEMO_UNITS.bergSchool, '3A'],
      [DEMO_KNOWN.kindergartenChildGivenName, DEMO_UNITS.solsikken, null],
      [DEMO_KNOWN.nordbyChildGivenName, DEMO_UNITS.nordbySchool, '9A'],
    ] as const;
    for (const [given, unit, group] of known) {
      expect([...GIRL_NAMES, ...BOY_NAMES].some((n) => n.toLowerCase().includes(given.toLowerCase()))).toBe(false);
      const hits = await a.db
        .selectFrom('children as c')
        .innerJoin('enrolments as e', 'e.child_id', 'c.id')
        .innerJoin('units as u', 'u.id', 'e.unit_id')
        .select(['c.id', 'u.name', 'e.group_name'])
        .where('c.search_text', 'like', `%${given.toLowerCase()}%`)
        .where('e.to_date', 'is', null)
        .where('u.type', '!=', 'sfo')
        .execute();
      expect(hits, given).toHaveLength(1);
      expect(hits[0]!.name).toBe(unit);
      if (group) expect(hits[0]!.group_name).toBe(group);
    }
    const lia = await a.db
      .selectFrom('children as c')
      .innerJoin('child_guardians as cg', 'cg.child_id', 'c.id')
      .select(['cg.parental_responsibility', 'c.address_protection'])
      .where('c.given_name', '=', DEMO_KNOWN.liaChildGivenName)
      .execute();
    expect(lia.map((g) => g.parental_responsibility).sort()).toEqual([false, true]);
    const protectedChild = await a.db.selectFrom('children').select('address_protection').where('given_name', '=', DEMO_KNOWN.liaProtectedChildGivenName).executeTakeFirstOrThrow();
    expect(protectedChild.address_protection).toBe('strengt_fortrolig');
  });

  it('refuses to generate twice, and ensureDemoData leaves a database with a tenant alone', async () => {
    await expect(generateDemo(a.db, { seed: 7, children: 600, today: TODAY })).rejects.toBeInstanceOf(DemoExistsError);
    const log = { info: () => undefined };
    expect(await ensureDemoData(a.db, { seed: 1, children: 50, log })).toBeNull();
    expect(await a.db.selectFrom('children').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: '600' });
    await expect(generateDemo(a.db, { seed: 7, children: 5 })).rejects.toBeInstanceOf(RangeError);
  });
});
