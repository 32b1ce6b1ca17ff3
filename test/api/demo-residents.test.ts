import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser } from '../helpers/factories.js';
import { ensureDemoData } from '../../src/server/features/demo/demo.service.js';
import { DEMO_KNOWN } from '../../src/server/features/demo/demo-known.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';

/** Demo login for guardians and young people, and what their session and case lists then say. */
let t: TestContext;
type Resident = { id: string; name: string; role: 'guardian' | 'guardian_without_responsibility' | 'young_person'; childName: string };
let residents: Resident[];
const tiril = `${DEMO_KNOWN.liaChildGivenName} ${DEMO_KNOWN.liaChildFamilyName}`;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  await ensureDemoData(t.database.db, { seed: 2026, children: 600, log: { info: () => undefined } });
  const r = await t.app.inject({ url: '/api/auth/demo/residents' });
  expect(r.statusCode).toBe(200);
  residents = r.json().items;
});
afterAll(() => t?.close());

const residentLogin = (ctx: TestContext, residentId: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/demo/residents/login', payload: { residentId } });
const headersOf = (r: Awaited<ReturnType<typeof residentLogin>>) => ({
  cookie: r.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
  'x-csrf-token': r.json().csrfToken as string,
});
const byRole = (role: Resident['role']) => residents.find((p) => p.role === role)!;
async function loginAs(role: Resident['role']) {
  const r = await residentLogin(t, byRole(role).id);
  expect(r.statusCode).toBe(200);
  return headersOf(r);
}
const get = (url: string, headers: Record<string, string>) => t.app.inject({ url, headers });

describe('demo residents', () => {
  it('offers the Lia child’s mother and father and a young person with a case, without national ID numbers', async () => {
    expect(residents.map((p) => p.role)).toEqual(['guardian', 'guardian_without_responsibility', 'young_person']);
    expect(byRole('guardian').childName).toBe(tiril);
    expect(byRole('guardian_without_responsibility').childName).toBe(tiril);
    const young = byRole('young_person');
    expect(young.childName).toBe(young.name);
    const raw = (await t.app.inject({ url: '/api/auth/demo/residents' })).body;
    // No national ID number; ids are UUIDs, whose last group can hold 11 digits in a row.
    expect(raw.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '')).not.toMatch(/\d{11}/);
    // The staff picker is unchanged: residents are not users.
    const staff = (await t.app.inject({ url: '/api/auth/demo/users' })).json().items as { id: string }[];
    expect(staff.map((u) => u.id)).not.toContain(byRole('guardian').id);
  });

  it('logs the mother in as a resident: the session names her, has no user, and her list holds Tiril’s case', async () => {
    const headers = await loginAs('guardian');
    const session = (await get('/api/session', headers)).json();
    expect(session).toMatchObject({ authenticated: true, kind: 'resident', user: null, resident: { name: byRole('guardian').name } });
    const cases = (await get('/api/resident/cases', headers)).json().items as { id: string; child: { givenName: string }; reason: string }[];
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((c) => c.child.givenName === DEMO_KNOWN.liaChildGivenName && c.reason === 'guardian')).toBe(true);

    // She reads the case and writes her view; it is in the log, signed as a guardian's.
    const caseId = cases[0]!.id;
    const detail = (await get(`/api/cases/${caseId}`, headers)).json();
    expect(detail.myAccess).toMatchObject({ reason: 'guardian', write: 'guardians_view' });
    const body = 'Tiril sier at hun har fått en venn i klassen.';
    const w = await t.app.inject({
      method: 'POST', url: `/api/cases/${caseId}/entries`, headers, payload: { kind: 'guardians_view', occurredOn: todayInNorway(), body },
    });
    expect(w.statusCode).toBe(200);
    const entries = (await get(`/api/cases/${caseId}/entries`, headers)).json().items as { id: string; kind: string; body: string }[];
    expect(entries[0]).toMatchObject({ id: w.json().id, kind: 'guardians_view', body });
    // Staff pages stay closed to her.
    expect((await get('/api/my-work', headers)).statusCode).toBe(404);
  });

  it('logs the father without parental responsibility in: he sees no case, and Tiril’s case is «not found»', async () => {
    const mother = await loginAs('guardian');
    const caseId = ((await get('/api/resident/cases', mother)).json().items as { id: string }[])[0]!.id;
    const headers = await loginAs('guardian_without_responsibility');
    expect((await get('/api/session', headers)).json()).toMatchObject({
      kind: 'resident', user: null, resident: { name: byRole('guardian_without_responsibility').name },
    });
    expect((await get('/api/resident/cases', headers)).json()).toEqual({ items: [] });
    expect((await get(`/api/cases/${caseId}`, headers)).statusCode).toBe(404);
  });

  it('logs the young person in: their own case, as the young person who writes their own voice', async () => {
    const headers = await loginAs('young_person');
    expect((await get('/api/session', headers)).json()).toMatchObject({ kind: 'resident', resident: { name: byRole('young_person').name } });
    const cases = (await get('/api/resident/cases', headers)).json().items as { id: string; reason: string; status: string }[];
    expect(cases.some((c) => c.reason === 'young_person' && c.status === 'open')).toBe(true);
    const own = cases.find((c) => c.reason === 'young_person')!;
    expect((await get(`/api/cases/${own.id}`, headers)).json().myAccess).toMatchObject({ write: 'child_voice' });
  });

  it('leaves a staff session as it was: a user, and no resident', async () => {
    const staff = (await t.app.inject({ url: '/api/auth/demo/users' })).json().items as { id: string }[];
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/demo/login', payload: { userId: staff[0]!.id } });
    const session = (await get('/api/session', headersOf(r))).json();
    expect(session).toMatchObject({ kind: 'staff', resident: null, user: { id: staff[0]!.id } });
  });

  it('refuses anyone else: a staff user, another guardian, an unknown id (404, no cookie); bad input 400', async () => {
    const staffId = ((await t.app.inject({ url: '/api/auth/demo/users' })).json().items as { id: string }[])[0]!.id;
    const other = await t.database.db.selectFrom('guardians').select('id').where('id', 'not in', residents.map((p) => p.id)).limit(1).executeTakeFirstOrThrow();
    for (const id of [staffId, other.id, '00000000-0000-4000-8000-000000000000']) {
      const r = await residentLogin(t, id);
      expect(r.statusCode).toBe(404);
      expect(r.cookies.find((c) => c.name === 'samla_session')).toBeUndefined();
    }
    const bad = await residentLogin(t, 'not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('body.residentId');
  });

  it('does not exist outside demo mode, even for the known mother', async () => {
    const off = await createTestApp({ DEMO_MODE: 'false' });
    try {
      const tenant = await buildTenant(off.database.db, { municipalityNumber: DEMO_KNOWN.municipalityNumber });
      const unit = await buildUnit(off.database.db, tenant.id);
      await buildUser(off.database.db, tenant.id);
      const child = await buildChild(off.database.db, tenant.id, {
        givenName: DEMO_KNOWN.liaChildGivenName, familyName: DEMO_KNOWN.liaChildFamilyName, unitId: unit.id,
      });
      const mother = await buildGuardian(off.database.db, tenant.id, child.id);
      expect((await off.app.inject({ url: '/api/auth/demo/residents' })).statusCode).toBe(404);
      const r = await residentLogin(off, mother.id);
      expect(r.statusCode).toBe(404);
      expect(r.cookies.find((c) => c.name === 'samla_session')).toBeUndefined();
    } finally {
      await off.close();
    }
  });
});
