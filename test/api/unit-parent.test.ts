import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';

/**
 * A unit's parent unit (issue 9, item 5): a department under its unit, «Enhet › Avdeling».
 * A parent that is the unit itself, one below it (a cycle) or another municipality's unit is a
 * field-level 400 on parentId, and nothing is written.
 */
type Headers = Record<string, string>;
let t: TestContext;
const f = {} as { admin: Headers; employee: Headers; centre: string; youth: string; clinic: string; foreign: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const centre = await buildUnit(db, tenant.id, { name: 'Helsetjenesten', type: 'health_centre' });
  const other = await buildTenant(db);
  Object.assign(f, {
    centre: centre.id,
    foreign: (await buildUnit(db, other.id, { name: 'Nabokommunens helsestasjon' })).id,
    admin: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] })),
    employee: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[centre.id, 'employee']] })),
  });
});
afterAll(() => t.close());

const send = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object, headers: Headers = f.admin) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const paths = (res: { json(): { error: { fields: { path: string; code: string }[] } } }) => res.json().error.fields.map((p) => [p.path, p.code]);
const parentOf = async (id: string) =>
  (await t.database.db.selectFrom('units').select('parent_id').where('id', '=', id).executeTakeFirstOrThrow()).parent_id;

describe('a unit under another unit', () => {
  it('creates a department with its parent and shows the parent; changes and clears it', async () => {
    const youth = await send('POST', '/api/admin/units', { name: 'Helsestasjon for ungdom', type: 'health_centre', parentId: f.centre });
    expect(youth.statusCode).toBe(201);
    expect(youth.json()).toMatchObject({ name: 'Helsestasjon for ungdom', parent: { id: f.centre, name: 'Helsetjenesten' } });
    f.youth = youth.json().id;
    const clinic = await send('POST', '/api/admin/units', { name: 'Sexologisk klinikk', type: 'health_centre', parentId: f.youth });
    f.clinic = clinic.json().id;
    expect((await send('GET', `/api/units/${f.clinic}`, undefined, f.employee)).json().parent).toEqual({ id: f.youth, name: 'Helsestasjon for ungdom' });
    const moved = await send('PATCH', `/api/admin/units/${f.clinic}`, { parentId: f.centre });
    expect(moved.json().parent.id).toBe(f.centre);
    const cleared = await send('PATCH', `/api/admin/units/${f.clinic}`, { parentId: null });
    expect(cleared.json().parent).toBeNull();
    await send('PATCH', `/api/admin/units/${f.clinic}`, { parentId: f.youth });
  });

  it('refuses itself, a cycle and another municipality’s unit as parent, on parentId, and writes nothing', async () => {
    expect(paths(await send('PATCH', `/api/admin/units/${f.centre}`, { parentId: f.centre }))).toEqual([['parentId', 'parent_self']]);
    // Helsetjenesten › Helsestasjon for ungdom › Sexologisk klinikk: neither may become Helsetjenesten's parent.
    expect(paths(await send('PATCH', `/api/admin/units/${f.centre}`, { parentId: f.youth }))).toEqual([['parentId', 'parent_cycle']]);
    expect(paths(await send('PATCH', `/api/admin/units/${f.centre}`, { parentId: f.clinic }))).toEqual([['parentId', 'parent_cycle']]);
    expect(paths(await send('PATCH', `/api/admin/units/${f.centre}`, { parentId: f.foreign }))).toEqual([['parentId', 'unknown_unit']]);
    expect(await parentOf(f.centre)).toBeNull();
    const before = Number((await t.database.db.selectFrom('units').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const foreign = await send('POST', '/api/admin/units', { name: 'Ny avdeling', type: 'health_centre', parentId: f.foreign });
    expect(paths(foreign)).toEqual([['parentId', 'unknown_unit']]);
    const bad = await send('POST', '/api/admin/units', { name: 'Ny avdeling', type: 'health_centre', parentId: 'helse' });
    expect([bad.statusCode, bad.json().error.fields[0].path]).toEqual([400, 'body.parentId']);
    const after = Number((await t.database.db.selectFrom('units').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    expect(after).toBe(before);
  });

  it('the database refuses a cycle and a foreign parent too (the trigger behind the service)', async () => {
    const db = t.database.db;
    await expect(db.updateTable('units').set({ parent_id: f.clinic }).where('id', '=', f.centre).execute()).rejects.toMatchObject({ code: '23514' });
    await expect(db.updateTable('units').set({ parent_id: f.foreign }).where('id', '=', f.centre).execute()).rejects.toMatchObject({ code: '23514' });
    await expect(db.updateTable('units').set({ parent_id: f.centre }).where('id', '=', f.centre).execute()).rejects.toMatchObject({ code: '23514' });
  });

  it('shows the unit path «Enhet › Avdeling» as the provider of a service', async () => {
    const coordinator = await sessionHeaders(t.database.db, await buildUser(t.database.db, (await t.database.db.selectFrom('units').select('tenant_id').where('id', '=', f.centre).executeTakeFirstOrThrow()).tenant_id, { municipalRoles: ['municipal_coordinator'] }));
    const res = await send('POST', '/api/content/services', {
      slug: 'klinikken', unitId: f.clinic, serviceType: 'health', ageFrom: 13, ageTo: 25, referrers: ['self'],
      content: { nb: { name: 'Klinikken', summary: 'x', whatWeOffer: 'x', howToGetHelp: 'x' } },
    }, coordinator);
    expect(res.json().unit.name).toBe('Helsetjenesten › Helsestasjon for ungdom › Sexologisk klinikk');
  });
});

describe('the units CSV import with a parent column', () => {
  it('sets «overordnet» from a unit already there or an earlier row, and refuses unknown, self and cyclic parents per row', async () => {
    const upload = (csv: string) =>
      t.app.inject({ method: 'POST', url: '/api/admin/imports/units', headers: { ...f.admin, 'content-type': 'text/csv; charset=utf-8' }, payload: csv });
    const csv = [
      'navn;type;overordnet',
      'Familiens hus;helsestasjon;',
      'Foreldreveiledning;helsestasjon;Familiens hus',
      'Jordmor;helsestasjon;Helsetjenesten',
      'Ukjent avdeling;helsestasjon;Månen',
      'Seg selv;helsestasjon;seg selv',
      'Helsetjenesten;helsestasjon;Sexologisk klinikk',
      'Senere;helsestasjon;Etter',
      'Etter;helsestasjon;',
    ].join('\n');
    const started = await upload(csv);
    expect(started.statusCode).toBe(202);
    let job: { status: string; rejected: unknown[]; acceptedRows: number } | undefined;
    for (let i = 0; i < 400; i++) {
      job = (await t.app.inject({ url: `/api/admin/imports/${started.json().id}`, headers: f.admin })).json();
      if (job?.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(job).toMatchObject({ status: 'done', acceptedRows: 4 });
    expect(job!.rejected).toEqual([
      { row: 5, field: 'overordnet', code: 'unknown_unit' },
      { row: 6, field: 'overordnet', code: 'parent_self' },
      { row: 7, field: 'overordnet', code: 'parent_cycle' },
      { row: 8, field: 'overordnet', code: 'unknown_unit' },
    ]);
    const parent = async (name: string) => (await t.database.db.selectFrom('units as u').leftJoin('units as p', 'p.id', 'u.parent_id')
      .select('p.name').where('u.name', '=', name).executeTakeFirst())?.name;
    expect(await parent('Foreldreveiledning')).toBe('Familiens hus');
    expect(await parent('Jordmor')).toBe('Helsetjenesten');
    expect(await parent('Helsetjenesten')).toBeNull();
    expect(await parent('Ukjent avdeling')).toBeUndefined();
  });
});
