import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase } from '../helpers/case-factories.js';

/* Defects a review of issue 9 found through HTTP, each fixed; these keep them fixed. */
type H = Record<string, string>;
let t: TestContext;
const f = {} as { tenantId: string; school: string; holder: { id: string; h: H }; teacher: { id: string; h: H }; coord: { id: string; h: H } };
const req = (method: string, who: H, url: string, payload?: object) => t.app.inject({ method: method as 'GET', url, headers: who, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const mk = async (o: Parameters<typeof buildUser>[2]) => { const u = await buildUser(db, tenant.id, o); return { id: u.id, h: await sessionHeaders(db, u) }; };
  Object.assign(f, {
    tenantId: tenant.id, school: school.id,
    holder: await mk({ units: [[school.id, 'employee']] }), teacher: await mk({ units: [[school.id, 'employee']] }),
    coord: await mk({ municipalRoles: ['municipal_coordinator'] }),
  });
});
afterAll(() => t.close());

describe('«Mitt arbeid» names only children the user may still see (DESIGN §4 rule 3, rule 10)', () => {
  it('a report draft written from a case is no task once its author has lost access to the case', async () => {
    const child = await buildChild(t.database.db, f.tenantId, { unitId: f.school, givenName: 'Hemmelig' });
    const c = await buildCase(t.database.db, f.tenantId, { childId: child.id, owningUnitId: f.school, holderId: f.holder.id, memberIds: [f.teacher.id] });
    expect((await req('POST', f.teacher.h, '/api/reports', { caseId: c.id })).statusCode).toBe(201);
    expect((await req('DELETE', f.holder.h, `/api/cases/${c.id}/members/${f.teacher.id}`)).statusCode).toBe(200);
    expect((await req('GET', f.teacher.h, `/api/cases/${c.id}`)).statusCode).toBe(404);
    const tasks = (await req('GET', f.teacher.h, '/api/my-work')).json().tasks as { child: { id: string } | null }[];
    expect(tasks.filter((x) => x.child?.id === child.id)).toEqual([]);
  });
});

describe('a level model can always be saved again as it is', () => {
  it('with a level whose key is «constructor» (a valid slug) and has cases', async () => {
    const lv = (key: string, name: string) => ({ key, content: { nb: { name, title: name } } });
    const child = await buildChild(t.database.db, f.tenantId, { unitId: f.school, birthDate: '2014-03-03' });
    await buildCase(t.database.db, f.tenantId, { childId: child.id, owningUnitId: f.school, holderId: f.holder.id, level: 1 });
    const model = [lv('niva-0', 'Nivå 0'), lv('constructor', 'Nivå A'), lv('niva-2', 'Nivå B'), lv('niva-3', 'Nivå C')];
    expect((await req('PUT', f.coord.h, '/api/content/levels', { levels: model, mapping: { 'niva-1': 'constructor' } })).statusCode).toBe(200);
    const again = await req('PUT', f.coord.h, '/api/content/levels', { levels: model });
    expect(again.statusCode, again.body).toBe(200);
  });
});
