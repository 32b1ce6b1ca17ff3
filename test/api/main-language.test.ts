import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';

/** The municipality's main language (issue 9, item 4): a tenant setting the system administrator changes. */
let t: TestContext;
const f = {} as { tenantId: string; otherId: string; admin: Record<string, string>; leader: Record<string, string> };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  f.tenantId = tenant.id;
  f.otherId = (await buildTenant(db)).id;
  const unit = await buildUnit(db, tenant.id);
  f.admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
  f.leader = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'leader']] }));
});
afterAll(() => t.close());

const patch = (headers: Record<string, string>, payload: unknown) =>
  t.app.inject({ method: 'PATCH', url: '/api/admin/tenant', headers, payload: payload as object });
const mainLanguageOf = async (id: string) =>
  (await t.database.db.selectFrom('tenants').select('main_language').where('id', '=', id).executeTakeFirstOrThrow()).main_language;
const auditCount = async () =>
  Number((await t.database.db.selectFrom('audit_log').select((e) => e.fn.countAll().as('n')).where('tenant_id', '=', f.tenantId).executeTakeFirstOrThrow()).n);

describe('the main language of the municipality', () => {
  it('is bokmål until the administrator chooses nynorsk, which the settings and the session read, audited', async () => {
    expect((await t.app.inject({ url: '/api/admin/tenant', headers: f.admin })).json().mainLanguage).toBe('nb');
    const before = await auditCount();
    const r = await patch(f.admin, { mainLanguage: 'nn' });
    expect(r.statusCode).toBe(200);
    expect(r.json().mainLanguage).toBe('nn');
    expect(await mainLanguageOf(f.tenantId)).toBe('nn');
    expect(await mainLanguageOf(f.otherId)).toBe('nb');
    expect((await t.app.inject({ url: '/api/admin/tenant', headers: f.admin })).json().mainLanguage).toBe('nn');
    // Every member of staff learns it with the session, so the staff app can start in it.
    const session = await t.app.inject({ url: '/api/session', headers: f.leader });
    expect(session.json().user.tenant.mainLanguage).toBe('nn');
    const entry = await t.database.db
      .selectFrom('audit_log').select(['action', 'entity_type', 'entity_id'])
      .where('tenant_id', '=', f.tenantId).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(entry).toEqual({ action: 'tenant.update', entity_type: 'tenant', entity_id: f.tenantId });
    expect(await auditCount()).toBe(before + 1);
  });

  it.each([
    ['English, which is only ever a translation', 'en'],
    ['an upper-case code', 'NN'],
    ['a region tag', 'nn-NO'],
    ['null', null],
    ['a number', 1],
  ])('refuses %s on its field, writing nothing with the other fields', async (_, value) => {
    await patch(f.admin, { mainLanguage: 'nn' });
    const before = await auditCount();
    const r = await patch(f.admin, { mainLanguage: value, name: 'Endret kommune' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'body.mainLanguage' })]);
    expect(await mainLanguageOf(f.tenantId)).toBe('nn');
    expect((await t.app.inject({ url: '/api/admin/tenant', headers: f.admin })).json().name).not.toBe('Endret kommune');
    expect(await auditCount()).toBe(before);
  });

  it('refuses an unknown field beside it, naming it', async () => {
    const r = await patch(f.admin, { mainLanguage: 'nb', defaultLanguage: 'nb' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'body.defaultLanguage', code: 'unknown_field' })]);
    expect(await mainLanguageOf(f.tenantId)).toBe('nn');
  });

  it('is not for staff without the administrator role: 404, nothing written', async () => {
    const r = await patch(f.leader, { mainLanguage: 'nb' });
    expect(r.statusCode).toBe(404);
    expect(await mainLanguageOf(f.tenantId)).toBe('nn');
  });
});
