import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';

/*
 * Issue 9: a second open case for the same child was opened without a word, and the child's page
 * listed none of the child's concerns and cases. Now the page lists those the user may see, and
 * opening a case asks for confirmation when the user can see an open one — and only then.
 */
type Headers = Record<string, string>;
let t: TestContext;
const f = {} as {
  tenantId: string; schoolId: string; childId: string; caseOpen: string; caseClosed: string; concernMine: string; concernOther: string;
  teacher: Headers; other: Headers; leader: Headers; nurse: Headers; stranger: Headers;
};
const today = todayInNorway();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const elsewhere = await buildUnit(db, tenant.id, { name: 'Berg skole' });
  const teacher = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const other = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const leader = await buildUser(db, tenant.id, { units: [[school.id, 'leader']] });
  const nurse = await buildUser(db, tenant.id, { units: [[health.id, 'employee'], [school.id, 'employee']] });
  const stranger = await buildUser(db, tenant.id, { units: [[elsewhere.id, 'employee']] });
  const child = await buildChild(db, tenant.id, { unitId: school.id });
  const open = await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: teacher.id });
  const closed = await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: other.id, status: 'closed' });
  await buildConsent(db, tenant.id, { caseId: open.id, recordedBy: teacher.id, unitIds: [health.id] });
  const h = async (u: { id: string; tenant_id: string }) => sessionHeaders(db, u);
  Object.assign(f, {
    tenantId: tenant.id, schoolId: school.id, childId: child.id, caseOpen: open.id, caseClosed: closed.id,
    teacher: await h(teacher), other: await h(other), leader: await h(leader), nurse: await h(nurse), stranger: await h(stranger),
  });
  const concern = async (who: Headers) => (await t.app.inject({
    method: 'POST', url: '/api/concerns', headers: who,
    payload: { childId: child.id, unitId: school.id, observedOn: today, observation: 'Trist og stille i friminuttene', concernScale: 2 },
  })).json().id as string;
  f.concernMine = await concern(f.teacher);
  f.concernOther = await concern(f.other);
});
afterAll(() => t.close());

const work = (who: Headers) => t.app.inject({ method: 'GET', url: `/api/children/${f.childId}/work`, headers: who });
const ids = (items: { id: string }[]) => items.map((x) => x.id).sort();

describe("the child's page lists the concerns and cases the user may see", () => {
  it('shows each person only what the access rules let them open, and audits every item', async () => {
    const mine = (await work(f.teacher)).json();
    expect(ids(mine.cases)).toEqual([f.caseOpen]);
    expect(mine.cases[0]).toMatchObject({ status: 'open', level: 1, owningUnit: { name: 'Lia skole' } });
    expect(ids(mine.concerns)).toEqual([f.concernMine]);
    // The leader oversees the unit: both cases (open first) and both concerns.
    const lead = (await work(f.leader)).json();
    expect(lead.cases.map((c: { id: string }) => c.id)).toEqual([f.caseOpen, f.caseClosed]);
    expect(ids(lead.concerns)).toEqual([f.concernMine, f.concernOther].sort());
    // A colleague who only holds the closed case sees that one, and his own concern.
    const other = (await work(f.other)).json();
    expect(ids(other.cases)).toEqual([f.caseClosed]);
    expect(ids(other.concerns)).toEqual([f.concernOther]);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_id']).where('child_id', '=', f.childId)
      .where('action', 'in', ['case.list', 'concern.list']).execute();
    expect(audit.filter((a) => a.entity_id === f.caseClosed).length).toBe(2);
  });

  it('is a 404 for someone without the child in their units, as the child page is', async () => {
    expect((await work(f.stranger)).statusCode).toBe(404);
  });
});

describe('opening a second open case', () => {
  const open = (who: Headers, extra: object = {}) => t.app.inject({
    method: 'POST', url: '/api/cases', headers: who,
    payload: { childId: f.childId, owningUnitId: f.schoolId, level: 1, reason: 'Oppfølging sammen med mor', ...extra },
  });

  it('asks for confirmation when the user can see an open case of the child, and opens it once confirmed', async () => {
    const before = await t.database.db.selectFrom('cases').select('id').where('child_id', '=', f.childId).execute();
    const refused = await open(f.leader);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('open_case_exists');
    expect(refused.json().error.fields).toEqual([expect.objectContaining({ path: 'confirmSecondCase', code: 'open_case_exists' })]);
    expect(JSON.stringify(refused.json())).not.toContain(f.caseOpen);
    expect((await t.database.db.selectFrom('cases').select('id').where('child_id', '=', f.childId).execute()).length).toBe(before.length);
    const confirmed = await open(f.leader, { confirmSecondCase: true });
    expect(confirmed.statusCode).toBe(200);
  });

  it('says nothing about open cases the user cannot see', async () => {
    // The nurse also works at the school but is not on the teacher's case: she cannot see it, so no warning.
    expect((await work(f.nurse)).json().cases).toEqual([]);
    const opened = await open(f.nurse);
    expect(opened.statusCode).toBe(200);
  });
});
