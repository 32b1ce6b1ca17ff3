import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../test/helpers/app.js';
import { DEMO_KNOWN, DEMO_PEOPLE, DEMO_UNITS } from './demo-known.js';
import { ensureDemoData } from './demo.service.js';

/** Every demo person logs in through the demo login API and sees something sensible. */
let t: TestContext;
let people: { id: string; name: string; description: string; units: { name: string; roles: string[] }[] }[];

beforeAll(async () => {
  // Every demo person logs in within the minute: more than the default login limit of 20.
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '100' });
  const summary = await ensureDemoData(t.database.db, { seed: 2026, children: 600, log: { info: () => undefined } });
  expect(summary?.children).toBe(600);
  const r = await t.app.inject({ method: 'GET', url: '/api/auth/demo/users' });
  people = r.json().items;
});
afterAll(() => t?.close());

async function loginAs(subject: string) {
  const person = people.find((p) => p.description === subject.slice('demo:'.length));
  if (!person) throw new Error(`no demo person ${subject}`);
  const r = await t.app.inject({ method: 'POST', url: '/api/auth/demo/login', payload: { userId: person.id } });
  expect(r.statusCode).toBe(200);
  const cookie = r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { cookie, 'x-csrf-token': r.json().csrfToken as string };
}

const searchNames = async (headers: Record<string, string>, query: string) => {
  const r = await t.app.inject({ method: 'POST', url: '/api/children/search', headers, payload: { query } });
  expect(r.statusCode).toBe(200);
  return (r.json().items as { givenName: string }[]).map((c) => c.givenName);
};

describe('demo people', () => {
  it('have functions: the well-known people theirs, generated staff one by unit type and role (issue 9)', async () => {
    const db = t.database.db;
    const nurse = await db.selectFrom('users').select('staff_function').where('external_subject', '=', 'demo:nurse').executeTakeFirstOrThrow();
    expect(nurse.staff_function).toBe('school_nurse');
    const teacher = await db.selectFrom('users').select('staff_function').where('external_subject', '=', 'demo:teacher-lia').executeTakeFirstOrThrow();
    expect(teacher.staff_function).toBe('contact_teacher');
    const generated = await db.selectFrom('users').select('staff_function').where('external_subject', 'like', 'gen:%').execute();
    expect(generated.filter((u) => u.staff_function !== null).length).toBeGreaterThan(generated.length / 2);
  });

  it('offers exactly the well-known people in the login picker', () => {
    expect(people.map((p) => `demo:${p.description}`).sort()).toEqual(DEMO_PEOPLE.map((p) => p.subject).sort());
  });

  it('offers a leader, a resource person and an employee of every unit type the municipality has, by name and unit', async () => {
    const units = await t.database.db.selectFrom('units').select(['name', 'type']).execute();
    const typeOf = new Map(units.map((u) => [u.name, u.type]));
    const offered = new Set<string>();
    for (const p of people) {
      expect(p.name.trim().length, p.description).toBeGreaterThan(3);
      for (const u of p.units) for (const role of u.roles) offered.add(`${typeOf.get(u.name)} ${role}`);
    }
    const wanted = [...new Set(units.map((u) => u.type))].flatMap((type) => ['leader', 'resource_person', 'employee'].map((role) => `${type} ${role}`));
    expect(wanted.length).toBeGreaterThanOrEqual(30);
    expect(wanted.filter((w) => !offered.has(w))).toEqual([]);
  });

  it('lists the municipal roles first, then each unit\'s people together, leader first', () => {
    expect(people.slice(0, 3).every((p) => p.units.length === 0)).toBe(true);
    const solsikken = people.filter((p) => p.units.some((u) => u.name === DEMO_UNITS.solsikken));
    expect(solsikken.map((p) => p.units[0]!.roles[0])).toEqual(['leader', 'resource_person', 'employee']);
    const at = people.indexOf(solsikken[0]!);
    expect(people.slice(at, at + 3)).toEqual(solsikken);
  });

  it.each(DEMO_PEOPLE.map((p) => [p.subject, p] as const))('%s logs in and sees their units and roles', async (subject, person) => {
    const headers = await loginAs(subject);
    const session = (await t.app.inject({ method: 'GET', url: '/api/session', headers })).json();
    expect(session).toMatchObject({ authenticated: true, user: { name: person.name, tenant: { municipalityNumber: '9999' } } });
    if (person.municipalRole) expect(session.user.municipalRoles).toEqual([person.municipalRole]);
    const work = await t.app.inject({ method: 'GET', url: '/api/my-work', headers });
    expect(work.statusCode).toBe(200);
    if (person.unit) {
      expect(work.json().units).toEqual([expect.objectContaining({ name: person.unit, roles: [person.role] })]);
    }
  });

  it('lets the Lia teacher find a Lia child and not a Berg child, and open the Lia child', async () => {
    const teacher = await loginAs('demo:teacher-lia');
    expect(await searchNames(teacher, DEMO_KNOWN.liaChildGivenName)).toEqual([DEMO_KNOWN.liaChildGivenName]);
    expect(await searchNames(teacher, DEMO_KNOWN.bergChildGivenName)).toEqual([]);
    const work = (await t.app.inject({ method: 'GET', url: '/api/my-work', headers: teacher })).json();
    expect(work.units[0].enrolledChildren).toBeGreaterThan(50);

    const hit = (await t.app.inject({ method: 'POST', url: '/api/children/search', headers: teacher, payload: { query: DEMO_KNOWN.liaChildGivenName } })).json().items[0];
    const detail = await t.app.inject({ method: 'GET', url: `/api/children/${hit.id}`, headers: teacher });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().enrolments.map((e: { unit: { name: string } }) => e.unit.name)).toContain(DEMO_UNITS.liaSchool);
    expect(detail.json().guardians.map((g: { parentalResponsibility: boolean }) => g.parentalResponsibility).sort()).toEqual([false, true]);

    const hidden = (await t.app.inject({ method: 'POST', url: '/api/children/search', headers: teacher, payload: { query: DEMO_KNOWN.liaProtectedChildGivenName } })).json().items[0];
    const protectedDetail = (await t.app.inject({ method: 'GET', url: `/api/children/${hidden.id}`, headers: teacher })).json();
    expect(protectedDetail.address).toEqual({ protection: 'strengt_fortrolig' });
  });

  it('lets the Berg teacher find the Berg child, and the administrator both', async () => {
    expect(await searchNames(await loginAs('demo:teacher-berg'), DEMO_KNOWN.bergChildGivenName)).toEqual([DEMO_KNOWN.bergChildGivenName]);
    const admin = await loginAs('demo:admin');
    expect(await searchNames(admin, DEMO_KNOWN.bergChildGivenName)).toHaveLength(1);
    expect(await searchNames(admin, DEMO_KNOWN.liaChildGivenName)).toHaveLength(1);
  });

  it('lets the kindergarten teacher and the Nordby leader find their own children', async () => {
    expect(await searchNames(await loginAs('demo:kindergarten-teacher'), DEMO_KNOWN.kindergartenChildGivenName)).toHaveLength(1);
    expect(await searchNames(await loginAs('demo:leader-nordby'), DEMO_KNOWN.nordbyChildGivenName)).toHaveLength(1);
  });
});
