import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, residentHeaders } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';

type Headers = Record<string, string>;
let t: TestContext;
const today = todayInNorway();
const yearsAgo = (years: number, days = 0) => {
  const d = new Date(`${Number(today.slice(0, 4)) - years}${today.slice(4)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const f = {} as {
  parent: Headers; contact: Headers; teen15: Headers; teen14: Headers; teen16: Headers; teacher: Headers; stranger: Headers;
  childCase: string; closedCase: string; otherTenantCase: string; teen15Case: string; teen14Case: string; teen16Case: string;
  tenantId: string; otherTenantId: string;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db, { name: 'Lia kommune' });
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const teacher = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const child = await buildChild(db, tenant.id, { givenName: 'Ada', unitId: school.id, birthDate: yearsAgo(9) });
  const parent = await buildGuardian(db, tenant.id, child.id);
  const contact = await buildGuardian(db, tenant.id, child.id, { parentalResponsibility: false });
  f.childCase = (await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: teacher.id, level: 2 })).id;
  f.closedCase = (await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: teacher.id, status: 'closed' })).id;

  // The same person is a guardian with parental responsibility in another municipality too.
  const other = await buildTenant(db, { name: 'Berg kommune' });
  const otherSchool = await buildUnit(db, other.id);
  const otherTeacher = await buildUser(db, other.id, { units: [[otherSchool.id, 'employee']] });
  const sibling = await buildChild(db, other.id, { givenName: 'Bo', unitId: otherSchool.id, birthDate: yearsAgo(6) });
  const sameParent = await buildGuardian(db, other.id, sibling.id);
  await db.updateTable('guardians').set({ national_id: parent.national_id }).where('id', '=', sameParent.id).execute();
  f.otherTenantCase = (await buildCase(db, other.id, { childId: sibling.id, owningUnitId: otherSchool.id, holderId: otherTeacher.id })).id;

  // Tenant age 15: a fifteen-year-old (today their birthday) sees their case, a fourteen-year-old (birthday tomorrow) does not.
  const teen15 = await buildChild(db, tenant.id, { unitId: school.id, birthDate: yearsAgo(15) });
  const teen14 = await buildChild(db, tenant.id, { unitId: school.id, birthDate: yearsAgo(15, 1) });
  f.teen15Case = (await buildCase(db, tenant.id, { childId: teen15.id, owningUnitId: school.id, holderId: teacher.id })).id;
  f.teen14Case = (await buildCase(db, tenant.id, { childId: teen14.id, owningUnitId: school.id, holderId: teacher.id })).id;
  // In a municipality that set the age to 16, a fifteen-year-old does not yet.
  await db.updateTable('tenants').set({ young_person_age: 16 }).where('id', '=', other.id).execute();
  const teen16 = await buildChild(db, other.id, { unitId: otherSchool.id, birthDate: yearsAgo(15, -100) });
  f.teen16Case = (await buildCase(db, other.id, { childId: teen16.id, owningUnitId: otherSchool.id, holderId: otherTeacher.id })).id;

  Object.assign(f, {
    tenantId: tenant.id, otherTenantId: other.id,
    parent: await residentHeaders(db, parent.national_id),
    contact: await residentHeaders(db, contact.national_id),
    teen15: await residentHeaders(db, teen15.national_id),
    teen14: await residentHeaders(db, teen14.national_id),
    teen16: await residentHeaders(db, teen16.national_id),
    teacher: await sessionHeaders(db, teacher),
    stranger: await residentHeaders(db, '01018012345'),
  });
});
afterAll(() => t.close());

const mine = (headers: Headers) => t.app.inject({ url: '/api/resident/cases', headers });

describe('a resident’s cases', () => {
  it('lists a guardian’s children’s cases in every municipality, open and closed, and audits each in its own tenant', async () => {
    const r = await mine(f.parent);
    expect(r.statusCode).toBe(200);
    const items = r.json().items as { id: string; reason: string; municipality: string; child: { givenName: string }; level: number; status: string }[];
    expect(items.map((c) => c.id).sort()).toEqual([f.childCase, f.closedCase, f.otherTenantCase].sort());
    expect(new Set(items.map((c) => c.reason))).toEqual(new Set(['guardian']));
    expect(items.find((c) => c.id === f.childCase)).toMatchObject({ municipality: 'Lia kommune', child: { givenName: 'Ada' }, level: 2, status: 'open' });
    expect(items.find((c) => c.id === f.otherTenantCase)).toMatchObject({ municipality: 'Berg kommune', child: { givenName: 'Bo' } });
    const audit = await t.database.db.selectFrom('audit_log').select(['tenant_id', 'entity_id', 'actor_kind'])
      .where('action', '=', 'resident.case_list').execute();
    expect(audit).toEqual(expect.arrayContaining([
      { tenant_id: f.tenantId, entity_id: f.childCase, actor_kind: 'resident' },
      { tenant_id: f.otherTenantId, entity_id: f.otherTenantCase, actor_kind: 'resident' },
    ]));
  });

  it('gives a guardian without parental responsibility and an unknown person nothing', async () => {
    expect((await mine(f.contact)).json().items).toEqual([]);
    expect((await mine(f.stranger)).json().items).toEqual([]);
  });

  it('lists the young person’s own case from the municipality’s age, not before', async () => {
    expect((await mine(f.teen15)).json().items).toMatchObject([{ id: f.teen15Case, reason: 'young_person' }]);
    expect((await mine(f.teen14)).json().items).toEqual([]);
    expect((await mine(f.teen16)).json().items).toEqual([]);
  });

  it('is for residents only', async () => {
    expect((await mine(f.teacher)).statusCode).toBe(404);
    expect((await mine({})).statusCode).toBe(401);
  });
});
