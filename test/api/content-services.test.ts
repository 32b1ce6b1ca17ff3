import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { residentHeaders } from '../helpers/case-factories.js';
import { buildService } from '../helpers/content-factories.js';

type Headers = Record<string, string>;
interface Person { id: string; h: Headers }
let t: TestContext;
const f = {} as {
  tenantId: string; ownUnit: string; otherUnit: string; archivedUnit: string; foreignUnit: string;
  coordinator: Person; leader: Person; leaderOther: Person; employee: Person; analyst: Person; admin: Person;
  foreign: Person; resident: Headers;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const foreignTenant = await buildTenant(db);
  const own = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const other = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const archived = await buildUnit(db, tenant.id, { name: 'Gamle skole' });
  await db.updateTable('units').set({ archived_at: new Date() }).where('id', '=', archived.id).execute();
  const foreignUnit = await buildUnit(db, foreignTenant.id);
  const child = await buildChild(db, tenant.id);
  const guardian = await buildGuardian(db, tenant.id, child.id);
  Object.assign(f, {
    tenantId: tenant.id, ownUnit: own.id, otherUnit: other.id, archivedUnit: archived.id, foreignUnit: foreignUnit.id,
    coordinator: await person(await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] })),
    leader: await person(await buildUser(db, tenant.id, { units: [[own.id, 'leader'], [other.id, 'employee'], [archived.id, 'leader']] })),
    leaderOther: await person(await buildUser(db, tenant.id, { units: [[other.id, 'leader']] })),
    employee: await person(await buildUser(db, tenant.id, { units: [[own.id, 'employee']] })),
    analyst: await person(await buildUser(db, tenant.id, { municipalRoles: ['analyst'] })),
    admin: await person(await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] })),
    foreign: await person(await buildUser(db, foreignTenant.id, { municipalRoles: ['municipal_coordinator'] })),
    resident: await residentHeaders(db, guardian.national_id),
  });
});
afterAll(() => t.close());

const person = async (user: { id: string; tenant_id: string }): Promise<Person> => ({ id: user.id, h: await sessionHeaders(t.database.db, user) });

let n = 0;
const input = (over: Record<string, unknown> = {}) => ({
  slug: `helsestasjon-${++n}`,
  unitId: f.ownUnit,
  serviceType: 'health',
  ageFrom: 0,
  ageTo: 20,
  needs: ['someone_to_talk_to'],
  selfReferral: true,
  content: {
    nb: { name: `Helsestasjon ${n}`, summary: 'For barn og unge.', whatWeOffer: 'Samtaler med helsesykepleier.', howToGetHelp: 'Ring oss.' },
  },
  phones: [{ number: '35 00 00 00', label: '' }],
  email: 'post@example.test',
  links: [{ label: 'Nettside', url: 'https://example.test/helse' }],
  ...over,
});
const req = (method: 'GET' | 'POST' | 'PUT', url: string, h: Headers, payload?: object) => t.app.inject({ method, url, headers: h, payload });
const create = (who: Person, over: Record<string, unknown> = {}) => req('POST', '/api/content/services', who.h, input(over));
const serviceCount = async () => (await t.database.db.selectFrom('services').select('id').where('tenant_id', '=', f.tenantId).execute()).length;
const row = (id: string) => t.database.db.selectFrom('services').select(['status', 'version', 'unit_id', 'slug', 'content']).where('id', '=', id).executeTakeFirstOrThrow();
const auditOf = (id: string) =>
  t.database.db.selectFrom('audit_log').select(['action', 'actor_user_id', 'entity_type', 'child_id']).where('entity_id', '=', id).orderBy('seq').execute();
const fieldPaths = (res: { json(): { error: { fields: { path: string }[] } } }) => res.json().error.fields.map((p) => p.path);

describe('who may edit (rights table through HTTP)', () => {
  it('GET /api/content/rights says what the user may edit', async () => {
    const rights = async (h: Headers) => (await req('GET', '/api/content/rights', h)).json();
    expect(await rights(f.coordinator.h)).toEqual({ coordinator: true, serviceUnitIds: expect.arrayContaining([f.ownUnit, f.otherUnit]) });
    expect((await rights(f.coordinator.h)).serviceUnitIds).not.toContain(f.archivedUnit);
    expect(await rights(f.leader.h)).toEqual({ coordinator: false, serviceUnitIds: [f.ownUnit] });
    for (const p of [f.employee, f.analyst, f.admin]) expect(await rights(p.h)).toEqual({ coordinator: false, serviceUnitIds: [] });
    expect((await req('GET', '/api/content/rights', f.resident)).statusCode).toBe(404);
    expect((await req('GET', '/api/content/rights', {})).statusCode).toBe(401);
  });

  it.each([
    ['coordinator', 'own', 201], ['coordinator', 'other', 201], ['coordinator', 'none', 201],
    ['leader', 'own', 201], ['leader', 'other', 400], ['leader', 'none', 400], ['leader', 'archived', 400], ['leaderOther', 'own', 400],
    ['employee', 'own', 404], ['analyst', 'own', 404], ['admin', 'own', 404], ['foreign', 'own', 400],
  ] as const)('%s creating a service of unit %s → %i', async (who, unit, status) => {
    const unitId = { own: f.ownUnit, other: f.otherUnit, none: null, archived: f.archivedUnit }[unit];
    const before = await serviceCount();
    const res = await create(f[who], { unitId });
    expect(res.statusCode).toBe(status);
    if (status === 201) {
      expect(res.json()).toMatchObject({ status: 'draft', version: 1, editable: true, unit: unitId ? { id: unitId } : null, publishedAt: null });
      expect(await auditOf(res.json().id)).toEqual([{ action: 'service.create', actor_user_id: f[who].id, entity_type: 'service', child_id: null }]);
      expect(await serviceCount()).toBe(before + 1);
    } else {
      if (status === 400) expect(fieldPaths(res)).toEqual(['unitId']);
      expect(await serviceCount()).toBe(before);
    }
  });

  it('residents and callers without a session have no editor at all', async () => {
    expect((await req('POST', '/api/content/services', f.resident, input())).statusCode).toBe(404);
    expect((await req('POST', '/api/content/services', {}, input())).statusCode).toBe(401);
    expect((await req('GET', '/api/content/services', f.resident)).statusCode).toBe(404);
  });

  it.each([
    ['coordinator', true], ['leader', true], ['leaderOther', false], ['employee', false], ['analyst', false], ['admin', false], ['foreign', false],
  ] as const)('%s on a service of the leader’s unit: may edit %s', async (who, may) => {
    const s = await buildService(t.database.db, f.tenantId, { unitId: f.ownUnit, status: 'draft' });
    const p = f[who];
    const url = `/api/content/services/${s.id}`;
    const expected = may ? 200 : 404;
    expect((await req('GET', url, p.h)).statusCode).toBe(expected);
    const put = await req('PUT', url, p.h, { service: input({ unitId: f.ownUnit }), version: 1 });
    expect(put.statusCode).toBe(expected);
    const publish = await req('POST', `${url}/publish`, p.h, { version: may ? 2 : 1 });
    expect(publish.statusCode).toBe(expected);
    expect((await row(s.id)).status).toBe(may ? 'published' : 'draft');
    expect((await auditOf(s.id)).map((a) => a.action)).toEqual(may ? ['service.update', 'service.publish'] : []);
    expect((await req('GET', url, f.resident)).statusCode).toBe(404);
  });

  it('a leader cannot edit a service without a unit, nor move their own to a unit they do not lead', async () => {
    const db = t.database.db;
    const orphan = await buildService(db, f.tenantId, { unitId: null });
    expect((await req('PUT', `/api/content/services/${orphan.id}`, f.leader.h, { service: input(), version: 1 })).statusCode).toBe(404);
    const mine = await buildService(db, f.tenantId, { unitId: f.ownUnit });
    for (const unitId of [f.otherUnit, null]) {
      const res = await req('PUT', `/api/content/services/${mine.id}`, f.leader.h, { service: input({ unitId }), version: 1 });
      expect(res.statusCode).toBe(400);
      expect(fieldPaths(res)).toEqual(['unitId']);
    }
    expect(await row(mine.id)).toMatchObject({ unit_id: f.ownUnit, version: 1 });
    // The coordinator may move it; then the leader no longer sees it.
    expect((await req('PUT', `/api/content/services/${mine.id}`, f.coordinator.h, { service: input({ unitId: f.otherUnit }), version: 1 })).statusCode).toBe(200);
    expect((await req('GET', `/api/content/services/${mine.id}`, f.leader.h)).statusCode).toBe(404);
  });

  it('the leader of an archived unit edits none of its services, as the rights say; a coordinator still does', async () => {
    const db = t.database.db;
    const closed = await buildService(db, f.tenantId, { unitId: f.archivedUnit, status: 'draft' });
    const url = `/api/content/services/${closed.id}`;
    expect((await req('GET', '/api/content/rights', f.leader.h)).json().serviceUnitIds).not.toContain(f.archivedUnit);
    expect((await req('GET', url, f.leader.h)).statusCode).toBe(404);
    expect((await req('PUT', url, f.leader.h, { service: input({ unitId: f.archivedUnit }), version: 1 })).statusCode).toBe(404);
    expect((await req('POST', `${url}/publish`, f.leader.h, { version: 1 })).statusCode).toBe(404);
    const listed = (await req('GET', '/api/content/services?limit=100', f.leader.h)).json().items.map((i: { id: string }) => i.id);
    expect(listed).not.toContain(closed.id);
    expect(await row(closed.id)).toMatchObject({ status: 'draft', version: 1 });
    expect(await auditOf(closed.id)).toEqual([]);

    // Leading only an archived unit is leading nothing: no rights, an empty list, no editor.
    const onlyClosed = await person(await buildUser(db, f.tenantId, { units: [[f.archivedUnit, 'leader']] }));
    expect((await req('GET', '/api/content/rights', onlyClosed.h)).json()).toEqual({ coordinator: false, serviceUnitIds: [] });
    expect((await req('GET', '/api/content/services', onlyClosed.h)).json()).toEqual({ items: [], nextCursor: null });
    expect((await req('GET', url, onlyClosed.h)).statusCode).toBe(404);
    const before = await serviceCount();
    expect((await create(onlyClosed, { unitId: f.archivedUnit })).statusCode).toBe(404);
    expect(await serviceCount()).toBe(before);

    // A coordinator may keep it on its archived unit, or move it.
    expect((await req('PUT', url, f.coordinator.h, { service: input({ unitId: f.archivedUnit }), version: 1 })).statusCode).toBe(200);
  });

  it('lists what the user may edit: coordinators everything, leaders their units, others nothing', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const [a, b] = [await buildUnit(db, tenant.id), await buildUnit(db, tenant.id)];
    const names = ['Bekkestua', 'Aasen', 'Cirkus'];
    const ids = [
      (await buildService(db, tenant.id, { name: names[0], unitId: a.id, status: 'draft' })).id,
      (await buildService(db, tenant.id, { name: names[1], unitId: b.id, status: 'published' })).id,
      (await buildService(db, tenant.id, { name: names[2], unitId: null, status: 'archived' })).id,
    ];
    const as = async (user: { id: string; tenant_id: string }, query = '') =>
      (await req('GET', `/api/content/services${query}`, await sessionHeaders(db, user))).json();
    const coordinator = await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
    const all = await as(coordinator);
    expect(all.items.map((i: { name: string }) => i.name)).toEqual(['Aasen', 'Bekkestua', 'Cirkus']);
    expect(all.items[1]).toMatchObject({ id: ids[0], status: 'draft', editable: true, unitName: a.name });
    expect((await as(coordinator, '?status=archived')).items.map((i: { id: string }) => i.id)).toEqual([ids[2]]);
    expect((await as(coordinator, '?q=kkes')).items.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    const paged = await as(coordinator, '?limit=2');
    expect(paged.items).toHaveLength(2);
    expect((await as(coordinator, `?limit=2&cursor=${paged.nextCursor}`)).items.map((i: { id: string }) => i.id)).toEqual([ids[2]]);
    expect((await as(await buildUser(db, tenant.id, { units: [[a.id, 'leader']] }))).items.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    expect(await as(await buildUser(db, tenant.id, { units: [[a.id, 'employee']] }))).toEqual({ items: [], nextCursor: null });
    const foreignList = await req('GET', '/api/content/services?limit=100', f.foreign.h);
    expect(foreignList.statusCode).toBe(200);
    expect(foreignList.json().items.map((i: { id: string }) => i.id)).not.toContain(ids[0]);
  });
});

describe('publishing', () => {
  it('draft → published (in the catalogue) → draft → archived → published, each audited, stale versions refused', async () => {
    const created = (await create(f.leader)).json();
    const id = created.id;
    const inCatalogue = async () => (await req('GET', `/api/catalogue/services/${id}`, f.employee.h)).statusCode;
    const change = (verb: string, version: number) => req('POST', `/api/content/services/${id}/${verb}`, f.leader.h, { version });
    expect(await inCatalogue()).toBe(404);
    const published = await change('publish', 1);
    expect(published.json()).toMatchObject({ status: 'published', version: 2, publishedAt: expect.any(String) });
    expect(await inCatalogue()).toBe(200);
    expect((await change('publish', 2)).json().error.code).toBe('status_unchanged');
    expect((await change('unpublish', 1)).json().error.code).toBe('version_conflict');
    expect((await change('unpublish', 2)).json()).toMatchObject({ status: 'draft', version: 3 });
    expect(await inCatalogue()).toBe(404);
    expect((await change('archive', 3)).json()).toMatchObject({ status: 'archived', version: 4 });
    expect((await change('unpublish', 4)).statusCode).toBe(409);
    expect((await change('publish', 4)).json()).toMatchObject({ status: 'published', version: 5 });
    expect((await auditOf(id)).map((a) => a.action)).toEqual([
      'service.create', 'service.publish', 'service.unpublish', 'service.archive', 'service.publish',
    ]);
  });

  it('an update at a stale version is a 409 and changes nothing', async () => {
    const { id } = (await create(f.coordinator)).json();
    const first = await req('PUT', `/api/content/services/${id}`, f.coordinator.h, { service: input({ slug: 'forste-versjon' }), version: 1 });
    expect(first.json()).toMatchObject({ version: 2, slug: 'forste-versjon' });
    const stale = await req('PUT', `/api/content/services/${id}`, f.leader.h, { service: input({ slug: 'andre-versjon' }), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(await row(id)).toMatchObject({ slug: 'forste-versjon', version: 2 });
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['service.create', 'service.update']);
  });

  it('a slug taken in the municipality is a 409 slug_taken on the slug field; another municipality’s is free', async () => {
    await create(f.coordinator, { slug: 'ppt' });
    const again = await create(f.coordinator, { slug: 'ppt' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'slug_taken', fields: [{ path: 'slug', code: 'slug_taken' }] });
    const { id } = (await create(f.coordinator, { slug: 'ppt-2' })).json();
    const renamed = await req('PUT', `/api/content/services/${id}`, f.coordinator.h, { service: input({ slug: 'ppt' }), version: 1 });
    expect(renamed.json().error.code).toBe('slug_taken');
    expect((await req('POST', '/api/content/services', f.foreign.h, input({ slug: 'ppt', unitId: f.foreignUnit }))).statusCode).toBe(201);
  });
});

describe('at the same moment', () => {
  it('two creates with one slug: one 201, one 409 slug_taken', async () => {
    const [a, b] = await Promise.all([create(f.coordinator, { slug: 'samtidig' }), create(f.leader, { slug: 'samtidig' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('slug_taken');
  });

  it('two updates at one version: one 200, one 409 version_conflict', async () => {
    const { id } = (await create(f.coordinator)).json();
    const put = (who: Person, slug: string) => req('PUT', `/api/content/services/${id}`, who.h, { service: input({ slug }), version: 1 });
    const [a, b] = await Promise.all([put(f.coordinator, 'samtidig-a'), put(f.leader, 'samtidig-b')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('version_conflict');
    expect((await row(id)).version).toBe(2);
  });
});

describe('bad input', () => {
  it.each([
    ['a missing name', { content: { nb: { summary: 'x', whatWeOffer: 'x', howToGetHelp: 'x' } } }, 'body.content.nb.name'],
    ['an age range upside down', { ageFrom: 12, ageTo: 6 }, 'body.ageTo'],
    ['a javascript: link', { links: [{ label: 'Klikk', url: 'javascript:alert(1)' }] }, 'body.links.0.url'],
    ['a data: link', { links: [{ label: 'Klikk', url: 'data:text/html,<script>alert(1)</script>' }] }, 'body.links.0.url'],
    ['a slug with capitals', { slug: 'Helse Stasjon' }, 'body.slug'],
    ['an unknown need', { needs: ['flying'] }, 'body.needs.0'],
    ['an unknown type', { serviceType: 'spa' }, 'body.serviceType'],
    ['a phone number of letters', { phones: [{ number: 'ring meg', label: '' }] }, 'body.phones.0.number'],
    ['an e-mail address without @', { email: 'post' }, 'body.email'],
    ['a unit id that is no id', { unitId: 'lia' }, 'body.unitId'],
    ['a control character', { content: { nb: { name: 'Helse\u0000', summary: 'x', whatWeOffer: 'x', howToGetHelp: 'x' } } }, 'body.content.nb.name'],
  ])('%s → 400 on its field, nothing written', async (_what, over, path) => {
    const before = await serviceCount();
    const res = await create(f.coordinator, over);
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res)).toContain(path);
    expect(await serviceCount()).toBe(before);
  });

  const cursorOf = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  it.each([
    ['garbage', 'garbage'], ['an id that is no UUID', cursorOf(['aasen', 'not-a-uuid'])], ['a sort key that is a number', cursorOf([1, '00000000-0000-4000-8000-000000000000'])],
    ['an id that is a number', cursorOf(['aasen', 7])], ['too few values', cursorOf(['aasen'])],
  ])('a cursor of %s is a 400 invalid_cursor on cursor, never a database error', async (_what, cursor) => {
    const res = await req('GET', `/api/content/services?cursor=${cursor}`, f.coordinator.h);
    expect([res.statusCode, res.json().error.code, fieldPaths(res)]).toEqual([400, 'invalid_cursor', ['cursor']]);
  });

  it('an unknown unit is a 400 on unitId; an unknown or foreign service a 404; never a 500', async () => {
    expect(fieldPaths(await create(f.coordinator, { unitId: f.foreignUnit }))).toEqual(['unitId']);
    const foreignService = await buildService(t.database.db, (await t.database.db.selectFrom('units').select('tenant_id').where('id', '=', f.foreignUnit).executeTakeFirstOrThrow()).tenant_id);
    for (const id of [foreignService.id, '00000000-0000-4000-8000-000000000000']) {
      expect((await req('GET', `/api/content/services/${id}`, f.coordinator.h)).statusCode).toBe(404);
      expect((await req('PUT', `/api/content/services/${id}`, f.coordinator.h, { service: input(), version: 1 })).statusCode).toBe(404);
      expect((await req('POST', `/api/content/services/${id}/publish`, f.coordinator.h, { version: 1 })).statusCode).toBe(404);
    }
    expect((await req('PUT', '/api/content/services/not-a-uuid', f.coordinator.h, { service: input(), version: 1 })).statusCode).toBe(400);
    expect((await req('POST', `/api/content/services/${foreignService.id}/publish`, f.coordinator.h, { version: 0 })).statusCode).toBe(400);
    const lone = await create(f.coordinator, { content: { nb: { name: 'Helse \ud800', summary: 'x', whatWeOffer: 'x', howToGetHelp: 'x' } } });
    expect(lone.statusCode).toBeLessThan(500);
  });
});

describe('unsafe text', () => {
  it('stores script and javascript: links as written, and the rendered view has neither', async () => {
    const evil = '<script>alert(1)</script> <img src=x onerror=alert(2)> [klikk](javascript:alert(3)) <a href="javascript:alert(4)">x</a>';
    const res = await create(f.coordinator, {
      content: { nb: { name: 'Trygg <script>alert(5)</script>', summary: evil, whoWeAre: evil, whatWeOffer: evil, targetGroup: evil, howToGetHelp: evil } },
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    expect(res.json().content.nb.whatWeOffer).toBe(evil);
    await req('POST', `/api/content/services/${id}/publish`, f.coordinator.h, { version: 1 });
    const view = (await req('GET', `/api/catalogue/services/${id}`, f.employee.h)).json();
    for (const html of [view.whoWeAreHtml, view.whatWeOfferHtml, view.targetGroupHtml, view.howToGetHelpHtml]) {
      // Escaped as text: no element, no attribute, no link to follow.
      expect(html).not.toMatch(/<script|<img|<a\s/i);
      expect(html).toContain('&lt;script&gt;');
    }
    // Plain-text fields stay text: the page that shows them escapes them.
    expect(view.name).toBe('Trygg <script>alert(5)</script>');
  });
});

describe('routes', () => {
  it('every catalogue and editor route declares staff access', () => {
    const mine = t.app.registeredRoutes.filter((r) => r.method !== 'HEAD' && /^\/api\/(catalogue|content\/(services|rights))/.test(r.url));
    expect(mine.map((r) => `${String(r.method)} ${r.url}`).sort()).toEqual([
      'GET /api/catalogue/services', 'GET /api/catalogue/services/:id', 'GET /api/content/rights', 'GET /api/content/services',
      'GET /api/content/services/:id', 'POST /api/content/services', 'POST /api/content/services/:id/archive',
      'POST /api/content/services/:id/publish', 'POST /api/content/services/:id/unpublish', 'PUT /api/content/services/:id',
    ]);
    for (const r of mine) expect(r.access, r.url).toEqual({ session: 'staff' });
  });
});
