import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';

let t: TestContext;
const f = {} as {
  tenantId: string;
  adminId: string;
  admin: Record<string, string>;
  employee: Record<string, string>;
  school: { id: string };
  kindergarten: { id: string };
  foreignUnit: { id: string };
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  f.tenantId = tenant.id;
  f.school = await buildUnit(db, tenant.id, { name: 'Åsen skole', type: 'primary_school' });
  f.kindergarten = await buildUnit(db, tenant.id, { name: 'Bakken barnehage', type: 'kindergarten' });
  await buildUnit(db, tenant.id, { name: 'Zeta skole', type: 'lower_secondary_school' });
  const admin = await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] });
  f.adminId = admin.id;
  f.admin = await sessionHeaders(db, admin);
  f.employee = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[f.school.id, 'employee']] }));
  const other = await buildTenant(db);
  f.foreignUnit = await buildUnit(db, other.id, { name: 'Utenbys skole' });
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

const count = async (table: 'units' | 'users' | 'audit_log') =>
  Number((await t.database.db.selectFrom(table).select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

describe('units', () => {
  it('lists the tenant’s units in Norwegian order, filters by type and name, and pages with a cursor', async () => {
    const all = await inject('GET', '/api/units', f.employee);
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((u: { name: string }) => u.name)).toEqual(['Bakken barnehage', 'Zeta skole', 'Åsen skole']);
    const byType = await inject('GET', '/api/units?type=kindergarten', f.employee);
    expect(byType.json().items.map((u: { id: string }) => u.id)).toEqual([f.kindergarten.id]);
    const byName = await inject('GET', '/api/units?q=%C3%A5sen', f.employee);
    expect(byName.json().items.map((u: { id: string }) => u.id)).toEqual([f.school.id]);
    const first = await inject('GET', '/api/units?limit=2', f.employee);
    expect(first.json().items).toHaveLength(2);
    const second = await inject('GET', `/api/units?limit=2&cursor=${first.json().nextCursor}`, f.employee);
    expect(second.json().items.map((u: { name: string }) => u.name)).toEqual(['Åsen skole']);
    expect(second.json().nextCursor).toBeNull();
  });

  it('answers 404 for another tenant’s unit', async () => {
    expect((await inject('GET', `/api/units/${f.school.id}`, f.employee)).statusCode).toBe(200);
    expect((await inject('GET', `/api/units/${f.foreignUnit.id}`, f.employee)).statusCode).toBe(404);
  });

  it('lets only the system administrator write; an employee gets 404', async () => {
    const before = await count('units');
    const r = await inject('POST', '/api/admin/units', f.employee, { name: 'Ny skole', type: 'primary_school' });
    expect(r.statusCode).toBe(404);
    const p = await inject('PATCH', `/api/admin/units/${f.school.id}`, f.employee, { archived: true });
    expect(p.statusCode).toBe(404);
    expect(await count('units')).toBe(before);
  });

  it('creates, renames, archives and unarchives a unit, auditing each write', async () => {
    const auditBefore = await count('audit_log');
    const created = await inject('POST', '/api/admin/units', f.admin, { name: 'Helsestasjonen', type: 'health_centre', organisationNumber: '123456789' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ name: 'Helsestasjonen', type: 'health_centre', organisationNumber: '123456789', archived: false });
    const archived = await inject('PATCH', `/api/admin/units/${id}`, f.admin, { archived: true, name: 'Helsestasjon sentrum' });
    expect(archived.json()).toMatchObject({ name: 'Helsestasjon sentrum', archived: true });
    const onlyArchived = await inject('GET', '/api/units?status=archived', f.employee);
    expect(onlyArchived.json().items.map((u: { id: string }) => u.id)).toEqual([id]);
    const unarchived = await inject('PATCH', `/api/admin/units/${id}`, f.admin, { archived: false });
    expect(unarchived.json().archived).toBe(false);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_type', 'child_id']).where('entity_id', '=', id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['unit.create', 'unit.archive', 'unit.unarchive']);
    expect(audit.every((a) => a.entity_type === 'unit' && a.child_id === null)).toBe(true);
    expect(await count('audit_log')).toBe(auditBefore + 3);
  });

  it('refuses a duplicate name (any case) with 409 on the name field, and a bad organisation number with 400', async () => {
    const before = await count('units');
    const dup = await inject('POST', '/api/admin/units', f.admin, { name: 'åsen SKOLE', type: 'primary_school' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields[0]).toMatchObject({ path: 'name', code: 'duplicate_name' });
    const bad = await inject('POST', '/api/admin/units', f.admin, { name: 'Ny', type: 'primary_school', organisationNumber: '12' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('body.organisationNumber');
    const badType = await inject('POST', '/api/admin/units', f.admin, { name: 'Ny', type: 'castle' });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.fields[0].path).toBe('body.type');
    expect(await count('units')).toBe(before);
  });

  it('answers 404 when patching another tenant’s unit', async () => {
    const r = await inject('PATCH', `/api/admin/units/${f.foreignUnit.id}`, f.admin, { archived: true });
    expect(r.statusCode).toBe(404);
  });
});

describe('staff users', () => {
  it('is admin only: an employee gets 404 on every admin user route', async () => {
    expect((await inject('POST', '/api/admin/users/search', f.employee, {})).statusCode).toBe(404);
    expect((await inject('GET', `/api/admin/users/${f.adminId}`, f.employee)).statusCode).toBe(404);
    expect((await inject('POST', '/api/admin/users', f.employee, { name: 'X', email: 'x@example.test' })).statusCode).toBe(404);
    expect((await inject('PATCH', `/api/admin/users/${f.adminId}`, f.employee, { name: 'X' })).statusCode).toBe(404);
  });

  it('creates a user with roles, then replaces the role sets and leaves out fields alone', async () => {
    const created = await inject('POST', '/api/admin/users', f.admin, {
      name: 'Kari Nordmann', email: 'Kari.Nordmann@Example.test', externalSubject: 'sub-kari',
      municipalRoles: ['analyst'], unitRoles: [{ unitId: f.school.id, role: 'leader' }, { unitId: f.school.id, role: 'leader' }],
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      email: 'kari.nordmann@example.test', externalSubject: 'sub-kari', active: true, municipalRoles: ['analyst'],
      unitRoles: [{ unitId: f.school.id, unitName: 'Åsen skole', role: 'leader' }],
    });
    const patched = await inject('PATCH', `/api/admin/users/${user.id}`, f.admin, {
      unitRoles: [{ unitId: f.kindergarten.id, role: 'employee' }, { unitId: f.school.id, role: 'resource_person' }],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().municipalRoles).toEqual(['analyst']);
    expect(patched.json().unitRoles.map((r: { role: string }) => r.role)).toEqual(['employee', 'resource_person']);
    const renamed = await inject('PATCH', `/api/admin/users/${user.id}`, f.admin, { name: 'Kari N.', active: false });
    expect(renamed.json()).toMatchObject({ name: 'Kari N.', active: false, municipalRoles: ['analyst'] });
    expect(renamed.json().unitRoles).toHaveLength(2);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', user.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.update', 'user.update']);
  });

  it('searches users by name or e-mail and by unit, paginated, with everything in the body', async () => {
    const search = (body: object) => inject('POST', '/api/admin/users/search', f.admin, body);
    const byName = await search({ query: 'nordmann' });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((u: { name: string }) => u.name)).toEqual(['Kari N.']);
    const byNameFolded = await search({ query: '  KARI N' });
    expect(byNameFolded.json().items.map((u: { name: string }) => u.name)).toEqual(['Kari N.']);
    const byEmail = await search({ query: 'KARI.NORDMANN@' });
    expect(byEmail.json().items.map((u: { name: string }) => u.name)).toEqual(['Kari N.']);
    const byUnit = await search({ unitId: f.kindergarten.id });
    expect(byUnit.json().items.map((u: { name: string }) => u.name)).toEqual(['Kari N.']);
    expect((await search({ query: 'nordmann', unitId: f.school.id })).json().items).toHaveLength(1);
    expect((await search({ query: 'ingen slik' })).json()).toEqual({ items: [], nextCursor: null });

    const all = (await search({})).json().items.map((u: { id: string }) => u.id);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search({ limit: 1, ...(cursor ? { cursor } : {}) });
      expect(page.statusCode).toBe(200);
      expect(page.json().items).toHaveLength(1);
      paged.push(page.json().items[0].id);
      cursor = page.json().nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it('has no list by URL: the old GET with a name in the query string is gone', async () => {
    const r = await inject('GET', '/api/admin/users?q=nordmann', f.admin);
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('nordmann');
  });

  it('refuses bad search input with a field-level 400 that does not echo the text', async () => {
    const search = (body: object) => inject('POST', '/api/admin/users/search', f.admin, body);
    const long = await search({ query: 'x'.repeat(101) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toEqual([expect.objectContaining({ path: 'body.query' })]);
    const control = await search({ query: 'Kari\u0000' });
    expect(control.statusCode).toBe(400);
    expect(control.json().error.fields).toEqual([expect.objectContaining({ path: 'body.query', code: 'invalid_character' })]);
    const badUnit = await search({ unitId: 'skole' });
    expect(badUnit.statusCode).toBe(400);
    expect(badUnit.json().error.fields[0].path).toBe('body.unitId');
    for (const limit of [0, 101, '10', 1.5]) {
      const r = await search({ limit });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.fields[0].path).toBe('body.limit');
    }
    const cursor = await search({ cursor: Buffer.from(JSON.stringify(['kari\u0001', f.adminId])).toString('base64url') });
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().error.code).toBe('invalid_cursor');
    expect((await search({ cursor: 'not-a-cursor' })).statusCode).toBe(400);
    expect(long.body + control.body).not.toContain('Kari');
  });

  it('refuses an unknown unit, and another tenant’s unit, on the field path, writing nothing', async () => {
    const users = await count('users');
    const audit = await count('audit_log');
    const r = await inject('POST', '/api/admin/users', f.admin, {
      name: 'Ola', email: 'ola@example.test',
      unitRoles: [{ unitId: f.school.id, role: 'employee' }, { unitId: f.foreignUnit.id, role: 'employee' }, { unitId: '00000000-0000-4000-8000-000000000000', role: 'leader' }],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([
      expect.objectContaining({ path: 'unitRoles.1.unitId', code: 'unknown_unit' }),
      expect.objectContaining({ path: 'unitRoles.2.unitId', code: 'unknown_unit' }),
    ]);
    expect(await count('users')).toBe(users);
    expect(await count('audit_log')).toBe(audit);
  });

  it('refuses a duplicate e-mail with 409 on the email field, and leaves the roles of a refused patch untouched', async () => {
    const dup = await inject('POST', '/api/admin/users', f.admin, { name: 'Kopi', email: 'KARI.nordmann@example.test' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields[0]).toMatchObject({ path: 'email', code: 'duplicate_email' });
    const other = (await inject('POST', '/api/admin/users', f.admin, { name: 'Per', email: 'per@example.test', municipalRoles: ['analyst'] })).json();
    const refused = await inject('PATCH', `/api/admin/users/${other.id}`, f.admin, {
      email: 'kari.nordmann@example.test', municipalRoles: [], unitRoles: [{ unitId: f.school.id, role: 'leader' }],
    });
    expect(refused.statusCode).toBe(409);
    const after = (await inject('GET', `/api/admin/users/${other.id}`, f.admin)).json();
    expect(after).toMatchObject({ email: 'per@example.test', municipalRoles: ['analyst'], unitRoles: [] });
  });

  it('refuses a login id that another user holds, even in another tenant', async () => {
    const otherTenant = await buildTenant(t.database.db);
    await buildUser(t.database.db, otherTenant.id, { externalSubject: 'sub-taken' });
    const r = await inject('POST', '/api/admin/users', f.admin, { name: 'Liv', email: 'liv@example.test', externalSubject: 'sub-taken' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.fields[0]).toMatchObject({ path: 'externalSubject', code: 'duplicate_external_subject' });
  });

  it('does not let an administrator remove their own admin role or deactivate themself', async () => {
    const r = await inject('PATCH', `/api/admin/users/${f.adminId}`, f.admin, { municipalRoles: ['analyst'] });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('cannot_remove_own_admin');
    expect(r.json().error.fields[0].path).toBe('municipalRoles');
    const d = await inject('PATCH', `/api/admin/users/${f.adminId}`, f.admin, { active: false });
    expect(d.json().error.code).toBe('cannot_deactivate_self');
    const me = (await inject('GET', `/api/admin/users/${f.adminId}`, f.admin)).json();
    expect(me).toMatchObject({ active: true, municipalRoles: ['system_admin'] });
    const ok = await inject('PATCH', `/api/admin/users/${f.adminId}`, f.admin, { municipalRoles: ['system_admin', 'analyst'] });
    expect(ok.json().municipalRoles).toEqual(['analyst', 'system_admin']);
  });

  it('answers 404 for a user of another tenant', async () => {
    const otherTenant = await buildTenant(t.database.db);
    const foreign = await buildUser(t.database.db, otherTenant.id);
    expect((await inject('GET', `/api/admin/users/${foreign.id}`, f.admin)).statusCode).toBe(404);
    expect((await inject('PATCH', `/api/admin/users/${foreign.id}`, f.admin, { name: 'X' })).statusCode).toBe(404);
  });
});

describe('a staff member’s function (issue 9)', () => {
  it('is set on create and by PATCH, cleared with null, and an unknown function is refused on its field', async () => {
    const created = await inject('POST', '/api/admin/users', f.admin, { name: 'Funksjon Fredriksen', email: 'funksjon@example.test', staffFunction: 'pedagogical_leader' });
    expect(created.statusCode).toBe(201);
    expect(created.json().staffFunction).toBe('pedagogical_leader');
    const id = created.json().id;
    expect((await inject('PATCH', `/api/admin/users/${id}`, f.admin, { staffFunction: 'school_nurse' })).json().staffFunction).toBe('school_nurse');
    const bad = await inject('PATCH', `/api/admin/users/${id}`, f.admin, { staffFunction: 'wizard' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toMatch(/staffFunction/);
    expect((await inject('GET', `/api/admin/users/${id}`, f.admin)).json().staffFunction).toBe('school_nurse');
    expect((await inject('PATCH', `/api/admin/users/${id}`, f.admin, { staffFunction: null })).json().staffFunction).toBeNull();
    const plain = await inject('POST', '/api/admin/users', f.admin, { name: 'Uten Funksjon', email: 'uten@example.test' });
    expect(plain.json().staffFunction).toBeNull();
  });
});
