import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { withTenant } from '../../src/server/platform/db/database.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('routes', () => {
  it('every registered route declares its access rule or that it is public', () => {
    expect(t.app.registeredRoutes.length).toBeGreaterThan(8);
    const undeclared = t.app.registeredRoutes.filter((r) => r.access === undefined).map((r) => `${String(r.method)} ${r.url}`);
    expect(undeclared).toEqual([]);
  });
  it('GET /health answers ok once the database answers', async () => {
    const r = await t.app.inject({ url: '/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok' });
  });
  it('serves an OpenAPI document that lists the API routes', async () => {
    const r = await t.app.inject({ url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    const paths = Object.keys(r.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/children/search', '/api/children/{id}', '/api/my-work', '/api/session']));
  });
  it('serves Swagger UI outside production', async () => {
    const r = await t.app.inject({ url: '/api/docs/' });
    expect([200, 302]).toContain(r.statusCode);
  });
  it('answers an unknown route with a JSON 404', async () => {
    const r = await t.app.inject({ url: '/api/nothing-here' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('not_found');
  });
  it('refuses an oversized body with 413 and malformed JSON with 400, never 500', async () => {
    const tenant = await buildTenant(t.database.db);
    const headers = await sessionHeaders(t.database.db, await buildUser(t.database.db, tenant.id));
    const big = await t.app.inject({
      method: 'POST', url: '/api/children/search', headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ query: 'x'.repeat(2_000_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('body_too_large');
    const broken = await t.app.inject({
      method: 'POST', url: '/api/children/search', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"query":',
    });
    expect(broken.statusCode).toBe(400);
  });
  it('sends security headers with a CSP that allows no inline script', async () => {
    const r = await t.app.inject({ url: '/health' });
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('row-level security', () => {
  it('refuses rows of another tenant even when a query forgets the tenant filter', async () => {
    const db = t.database.db;
    const a = await buildTenant(db);
    const b = await buildTenant(db);
    const childA = await buildChild(db, a.id, { givenName: 'Rlsa' });
    const childB = await buildChild(db, b.id, { givenName: 'Rlsb' });
    const seen = await withTenant(db, a.id, (trx) =>
      trx.selectFrom('children').select('id').where('given_name', 'in', ['Rlsa', 'Rlsb']).execute(),
    );
    expect(seen.map((r) => r.id)).toEqual([childA.id]);
    const updated = await withTenant(db, a.id, (trx) =>
      trx.updateTable('children').set({ given_name: 'Endret' }).where('id', '=', childB.id).executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
  });
  it('refuses to write a row into another tenant', async () => {
    const db = t.database.db;
    const a = await buildTenant(db);
    const b = await buildTenant(db);
    await expect(
      withTenant(db, a.id, (trx) =>
        trx.insertInto('units').values({ tenant_id: b.id, name: 'Inntrenger', sort_key: 'inntrenger', type: 'other' }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });
  it('runs tenant transactions as a role that is neither superuser nor able to bypass RLS', async () => {
    const db = t.database.db;
    const a = await buildTenant(db);
    const role = await withTenant(db, a.id, async (trx) =>
      (await sql<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>`SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`.execute(trx)).rows[0],
    );
    expect(role).toEqual({ current_user: 'samla_app', rolsuper: false, rolbypassrls: false });
  });
  it('lets the application role only append to the audit log, never change it', async () => {
    const db = t.database.db;
    const a = await buildTenant(db);
    await expect(withTenant(db, a.id, (trx) => trx.deleteFrom('audit_log').execute())).rejects.toThrow(/permission denied/);
  });
});

describe('tenant isolation through the API', () => {
  it('never shows a unit of another tenant in «my work»', async () => {
    const db = t.database.db;
    const a = await buildTenant(db);
    const unit = await buildUnit(db, a.id, { name: 'Egen skole' });
    const user = await buildUser(db, a.id, { units: [[unit.id, 'employee']] });
    await buildChild(db, a.id, { unitId: unit.id });
    const r = await t.app.inject({ url: '/api/my-work', headers: await sessionHeaders(db, user) });
    expect(r.statusCode).toBe(200);
    expect(r.json().units).toEqual([{ id: unit.id, name: 'Egen skole', type: 'primary_school', roles: ['employee'], enrolledChildren: 1 }]);
  });
});

describe('bad input never reaches the database as a 500', () => {
  it('refuses control characters in a body, a query and a cursor with a field-level 400', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const headers = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
    const body = await t.app.inject({ method: 'POST', url: '/api/children/search', headers, payload: { query: 'ab\u0000c' } });
    expect(body.statusCode).toBe(400);
    expect(body.json().error.fields).toEqual([{ path: 'body.query', code: 'invalid_character', message: expect.any(String) }]);
    const query = await t.app.inject({ url: '/api/units?q=%00', headers });
    expect(query.statusCode).toBe(400);
    expect(query.json().error.fields[0].path).toBe('querystring.q');
    const cursor = Buffer.from(JSON.stringify(['a\u0000', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    const paged = await t.app.inject({ method: 'POST', url: '/api/children/search', headers, payload: { query: '', cursor } });
    expect(paged.statusCode).toBe(400);
    expect(paged.json().error.code).toBe('invalid_cursor');
  });
  it('answers a malformed URL in the common error format without echoing it', async () => {
    const r = await t.app.inject({ url: '/api/children/%E0%A4%A' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('bad_url');
    expect(r.body).not.toContain('%E0');
  });
});

describe('caching of personal data', () => {
  it('marks every API answer no-store, and logout clears the browser cache', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const unit = await buildUnit(db, tenant.id);
    const headers = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'employee']] }));
    const child = await buildChild(db, tenant.id, { unitId: unit.id });
    const detail = await t.app.inject({ url: `/api/children/${child.id}`, headers });
    expect(detail.statusCode).toBe(200);
    expect(detail.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ url: '/api/session', headers })).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ url: '/api/nothing', headers })).headers['cache-control']).toBe('no-store');
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(logout.statusCode).toBe(200);
    expect(logout.headers['clear-site-data']).toBe('"cache"');
  });
});

describe('hostile bodies', () => {
  it('answers absurdly nested JSON with a 400, before login too', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/demo/login', headers: { 'content-type': 'application/json' }, payload: deep });
    expect(r.statusCode).toBe(400);
    let nested: unknown = 'x';
    for (let i = 0; i < 40; i++) nested = [nested];
    const shallow = { userId: nested };
    const s = await t.app.inject({ method: 'POST', url: '/api/auth/demo/login', headers: { 'content-type': 'application/json' }, payload: shallow });
    expect(s.statusCode).toBe(400);
    expect(s.json().error.fields[0].code).toBe('too_deep');
  });
});
