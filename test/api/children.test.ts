import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';

let t: TestContext;
const f = {} as {
  teacher: Record<string, string>;
  admin: Record<string, string>;
  coordinator: Record<string, string>;
  ownChild: { id: string; national_id: string };
  otherChild: { id: string };
  protectedChild: { id: string };
  guardianProtectedChild: { id: string };
  leftChild: { id: string };
  foreignChild: { id: string };
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const otherSchool = await buildUnit(db, tenant.id, { name: 'Berg skole' });
  const teacher = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  f.teacher = await sessionHeaders(db, teacher);
  f.admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
  f.coordinator = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] }));
  f.ownChild = await buildChild(db, tenant.id, { givenName: 'Åse', familyName: 'Lunde', unitId: school.id });
  await buildGuardian(db, tenant.id, f.ownChild.id, { parentalResponsibility: true });
  await buildGuardian(db, tenant.id, f.ownChild.id, { parentalResponsibility: false });
  f.otherChild = await buildChild(db, tenant.id, { givenName: 'Åse', familyName: 'Berge', unitId: otherSchool.id });
  f.protectedChild = await buildChild(db, tenant.id, { givenName: 'Ola', familyName: 'Skjult', unitId: school.id, addressProtection: 'strengt_fortrolig' });
  await buildGuardian(db, tenant.id, f.protectedChild.id);
  // The child has no protection of its own; one of its guardians has.
  f.guardianProtectedChild = await buildChild(db, tenant.id, { givenName: 'Kari', familyName: 'Husstand', unitId: school.id });
  await buildGuardian(db, tenant.id, f.guardianProtectedChild.id, { addressProtection: 'strengt_fortrolig' });
  await buildGuardian(db, tenant.id, f.guardianProtectedChild.id, { parentalResponsibility: false });
  f.leftChild = await buildChild(db, tenant.id, { givenName: 'Åse', familyName: 'Flyttet', unitId: school.id, fromDate: '2019-08-15', toDate: '2021-06-20' });
  const otherTenant = await buildTenant(db);
  const foreignSchool = await buildUnit(db, otherTenant.id);
  f.foreignChild = await buildChild(db, otherTenant.id, { givenName: 'Åse', familyName: 'Utenbys', unitId: foreignSchool.id });
});
afterAll(() => t.close());

const search = (headers: Record<string, string>, body: object) =>
  t.app.inject({ method: 'POST', url: '/api/children/search', headers, payload: body });

describe('child search', () => {
  it('finds by name only children enrolled today in the user’s own units', async () => {
    const r = await search(f.teacher, { query: 'åse' });
    expect(r.statusCode).toBe(200);
    expect(r.json().items.map((c: { id: string }) => c.id)).toEqual([f.ownChild.id]);
    expect(r.json().items[0].units).toEqual([{ id: expect.any(String), name: 'Lia skole', groupName: '5A' }]);
  });
  it('finds by exact national ID number', async () => {
    const r = await search(f.teacher, { query: f.ownChild.national_id });
    expect(r.json().items).toHaveLength(1);
  });
  it('lets the system administrator search the whole tenant, and never another tenant', async () => {
    const r = await search(f.admin, { query: 'åse' });
    const ids = r.json().items.map((c: { id: string }) => c.id);
    expect(ids).toContain(f.otherChild.id);
    expect(ids).not.toContain(f.foreignChild.id);
  });
  it('gives a coordinator without units nothing', async () => {
    const r = await search(f.coordinator, { query: 'åse' });
    expect(r.json().items).toEqual([]);
  });
  it('pages with a cursor and refuses a forged one with a field-level 400', async () => {
    const first = await search(f.admin, { query: '', limit: 2 });
    expect(first.json().items).toHaveLength(2);
    const second = await search(f.admin, { query: '', limit: 2, cursor: first.json().nextCursor });
    expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
    const bad = await search(f.admin, { query: '', cursor: 'garbage' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('cursor');
  });
  it('answers 401 without a session and 403 without the CSRF token', async () => {
    expect((await search({}, { query: 'x' })).statusCode).toBe(401);
    expect((await search({ cookie: f.teacher.cookie! }, { query: 'x' })).statusCode).toBe(403);
  });
  it('rejects an over-long query with a field-level message', async () => {
    const r = await search(f.teacher, { query: 'x'.repeat(101) });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields[0].path).toContain('query');
  });
});

describe('child detail', () => {
  it('shows an own child with guardians and who has parental responsibility', async () => {
    const r = await t.app.inject({ url: `/api/children/${f.ownChild.id}`, headers: f.teacher });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.address.protection).toBe('none');
    expect(body.guardians.map((g: { parentalResponsibility: boolean }) => g.parentalResponsibility).sort()).toEqual([false, true]);
  });
  it('answers the same 404 for another school’s child, another tenant’s child and a child that does not exist', async () => {
    const answers = await Promise.all(
      [f.otherChild.id, f.foreignChild.id, f.leftChild.id, '00000000-0000-4000-8000-000000000000'].map((id) =>
        t.app.inject({ url: `/api/children/${id}`, headers: f.teacher }),
      ),
    );
    for (const a of answers) {
      expect(a.statusCode).toBe(404);
      expect(a.json().error.code).toBe('not_found');
    }
  });
  it('never shows a protected address, neither the child’s nor a guardian’s', async () => {
    const r = await t.app.inject({ url: `/api/children/${f.protectedChild.id}`, headers: f.teacher });
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain('Testveien');
    expect(r.body).not.toContain('Foreldreveien');
    expect(r.json().address).toEqual({ protection: 'strengt_fortrolig' });
  });
  it('hides the child’s and every guardian’s address when only a guardian is protected', async () => {
    const r = await t.app.inject({ url: `/api/children/${f.guardianProtectedChild.id}`, headers: f.teacher });
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain('Testveien');
    expect(r.body).not.toContain('Foreldreveien');
    expect(r.body).not.toContain('Testby');
    expect(r.json().address).toEqual({ protection: 'strengt_fortrolig' });
    expect(r.json().guardians.map((g: { address: unknown }) => g.address)).toEqual([
      { protection: 'strengt_fortrolig' }, { protection: 'strengt_fortrolig' },
    ]);
    // The stored address stays stored (the protection may be lifted by the registry); it is only never shown.
    const stored = await t.database.db.selectFrom('children').select('street_address').where('id', '=', f.guardianProtectedChild.id).executeTakeFirstOrThrow();
    expect(stored.street_address).toBe('Testveien 1');
  });
  it('shows an unprotected household’s addresses', async () => {
    const r = await t.app.inject({ url: `/api/children/${f.ownChild.id}`, headers: f.teacher });
    expect(r.json().address).toEqual({ protection: 'none', streetAddress: 'Testveien 1', postalCode: '0001', city: 'Testby' });
    expect(r.json().guardians[0].address).toMatchObject({ protection: 'none', streetAddress: 'Foreldreveien 2' });
  });
  it('writes an audit entry for every read, in the same transaction', async () => {
    const before = await t.database.db.selectFrom('audit_log').select((e) => e.fn.countAll<string>().as('n')).where('child_id', '=', f.ownChild.id).executeTakeFirstOrThrow();
    await t.app.inject({ url: `/api/children/${f.ownChild.id}`, headers: f.teacher });
    const after = await t.database.db.selectFrom('audit_log').select((e) => e.fn.countAll<string>().as('n')).where('child_id', '=', f.ownChild.id).executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(1);
  });
  it('answers a malformed id with 400', async () => {
    const r = await t.app.inject({ url: '/api/children/not-a-uuid', headers: f.teacher });
    expect(r.statusCode).toBe(400);
  });
});
