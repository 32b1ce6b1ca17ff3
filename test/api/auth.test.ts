import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUser, sessionHeaders } from '../helpers/factories.js';
import { hashToken } from '../../src/server/platform/auth/sessions.js';

/** The auth platform through inject: demo login, CSRF, idle timeout, refresh, logout, rate limit, cookies. */
let t: TestContext;
let demoUser: { id: string; tenant_id: string };
let realUser: { id: string; tenant_id: string };

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const tenant = await buildTenant(t.database.db);
  demoUser = await buildUser(t.database.db, tenant.id, { externalSubject: 'demo:teacher' });
  realUser = await buildUser(t.database.db, tenant.id, { externalSubject: 'entra:real-person' });
});
afterAll(() => t.close());

const demoLogin = (ctx: TestContext, userId: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/demo/login', payload: { userId }, headers });
const sessionCookie = (r: { headers: Record<string, unknown> }) => {
  const raw = r.headers['set-cookie'];
  const lines = Array.isArray(raw) ? (raw as string[]) : raw ? [String(raw)] : [];
  return lines.find((c) => c.startsWith('samla_session='));
};
const tokenOf = (setCookie: string) => /^samla_session=([^;]*)/.exec(setCookie)![1]!;
const getSession = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/session', headers }).then((r) => r.json());

describe('demo login', () => {
  it('logs a demo person in and GET /api/session shows them', async () => {
    const r = await demoLogin(t, demoUser.id);
    expect(r.statusCode).toBe(200);
    const cookie = sessionCookie(r)!;
    const s = await getSession({ cookie: `samla_session=${tokenOf(cookie)}` });
    expect(s).toMatchObject({ authenticated: true, kind: 'staff', csrfToken: r.json().csrfToken, user: { id: demoUser.id } });
  });

  it('refuses someone who is not a demo person, an unknown id and a deactivated demo person (404)', async () => {
    const tenant = await buildTenant(t.database.db);
    const inactive = await buildUser(t.database.db, tenant.id, { externalSubject: 'demo:gone', active: false });
    for (const id of [realUser.id, inactive.id, '00000000-0000-4000-8000-000000000000']) {
      const r = await demoLogin(t, id);
      expect(r.statusCode).toBe(404);
      expect(sessionCookie(r)).toBeUndefined();
    }
  });

  it('answers bad input with a field-level 400', async () => {
    const r = await demoLogin(t, 'not-a-uuid');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields[0].path).toBe('body.userId');
  });

  it('does not exist outside demo mode', async () => {
    const off = await createTestApp({ DEMO_MODE: 'false' });
    try {
      const tenant = await buildTenant(off.database.db);
      const user = await buildUser(off.database.db, tenant.id, { externalSubject: 'demo:teacher' });
      const r = await demoLogin(off, user.id);
      expect(r.statusCode).toBe(404);
      expect(sessionCookie(r)).toBeUndefined();
      expect((await off.app.inject({ url: '/api/auth/demo/users' })).statusCode).toBe(404);
      expect((await off.app.inject({ url: '/api/session' })).json()).toMatchObject({ authenticated: false, demoMode: false });
    } finally {
      await off.close();
    }
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, path /, and not Secure outside production', async () => {
    const cookie = sessionCookie(await demoLogin(t, demoUser.id))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/i);
  });

  it('is Secure in production', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production', DEMO_MODE: 'true', PUBLIC_URL: 'https://samla.example.no' });
    try {
      const tenant = await buildTenant(prod.database.db);
      const user = await buildUser(prod.database.db, tenant.id, { externalSubject: 'demo:teacher' });
      const cookie = sessionCookie(await demoLogin(prod, user.id))!;
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
    } finally {
      await prod.close();
    }
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request with the session cookie but a missing or wrong token (403 csrf_failed)', async () => {
    const h = await sessionHeaders(t.database.db, demoUser);
    for (const headers of [{ cookie: h.cookie }, { cookie: h.cookie, 'x-csrf-token': 'wrong' }, { cookie: h.cookie, 'x-csrf-token': `${h['x-csrf-token']}x` }]) {
      for (const url of ['/api/session/refresh', '/api/auth/logout']) {
        const r = await t.app.inject({ method: 'POST', url, headers });
        expect(r.statusCode).toBe(403);
        expect(r.json().error.code).toBe('csrf_failed');
      }
      const search = await t.app.inject({ method: 'POST', url: '/api/children/search', headers, payload: { query: 'a' } });
      expect(search.statusCode).toBe(403);
    }
    // The refused logout did nothing: the session is still there.
    expect((await getSession(h)).authenticated).toBe(true);
  });

  it('lets a demo login over an existing session through only with that session’s token', async () => {
    const h = await sessionHeaders(t.database.db, demoUser);
    expect((await demoLogin(t, demoUser.id, { cookie: h.cookie })).statusCode).toBe(403);
    expect((await demoLogin(t, demoUser.id, h)).statusCode).toBe(200);
  });
});

describe('idle timeout, refresh and logout', () => {
  it('forgets a session past expires_at: 401 on API calls, authenticated:false, and the row is gone', async () => {
    const h = await sessionHeaders(t.database.db, demoUser);
    const id = hashToken(h.cookie.slice('samla_session='.length));
    await t.database.db.updateTable('sessions').set({ expires_at: sql<Date>`now() - interval '1 second'` }).where('id', '=', id).execute();
    const r = await t.app.inject({ method: 'GET', url: '/api/my-work', headers: h });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('unauthenticated');
    expect(await getSession(h)).toMatchObject({ authenticated: false });
    expect(await t.database.db.selectFrom('sessions').select('id').where('id', '=', id).execute()).toEqual([]);
  });

  it('POST /api/session/refresh extends expiresAt', async () => {
    const h = await sessionHeaders(t.database.db, demoUser, 30);
    const id = hashToken(h.cookie.slice('samla_session='.length));
    // As if the user had been idle for 25 of the 30 minutes.
    await t.database.db.updateTable('sessions')
      .set({ last_seen_at: sql<Date>`now() - interval '25 minutes'`, expires_at: sql<Date>`now() + interval '5 minutes'` })
      .where('id', '=', id).execute();
    const before = new Date((await getSession(h)).expiresAt).getTime();
    const r = await t.app.inject({ method: 'POST', url: '/api/session/refresh', headers: h });
    expect(r.statusCode).toBe(200);
    const after = new Date(r.json().expiresAt).getTime();
    expect(after - before).toBeGreaterThan(20 * 60_000);
    expect(new Date((await getSession(h)).expiresAt).getTime()).toBe(after);
  });

  it('GET /api/session does not keep an idle session alive', async () => {
    const h = await sessionHeaders(t.database.db, demoUser, 30);
    const id = hashToken(h.cookie.slice('samla_session='.length));
    await t.database.db.updateTable('sessions')
      .set({ last_seen_at: sql<Date>`now() - interval '25 minutes'`, expires_at: sql<Date>`now() + interval '5 minutes'` })
      .where('id', '=', id).execute();
    const first = (await getSession(h)).expiresAt;
    expect((await getSession(h)).expiresAt).toBe(first);
    // A query string does not turn the poll into activity.
    for (const url of ['/api/session?x', '/api/session?refresh=1']) {
      const r = await t.app.inject({ method: 'GET', url, headers: h });
      expect(r.json().expiresAt).toBe(first);
    }
    expect(new Date(first).getTime() - Date.now()).toBeLessThan(6 * 60_000);
    // Any other request is activity and extends it.
    expect((await t.app.inject({ method: 'GET', url: '/api/my-work', headers: h })).statusCode).toBe(200);
    expect(new Date((await getSession(h)).expiresAt).getTime() - Date.now()).toBeGreaterThan(25 * 60_000);
  });

  it('logout deletes the session: the same cookie then gets 401', async () => {
    const h = await sessionHeaders(t.database.db, demoUser);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: h });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ redirectTo: null });
    expect(sessionCookie(out)).toMatch(/^samla_session=;/);
    const again = await t.app.inject({ method: 'POST', url: '/api/session/refresh', headers: h });
    expect(again.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/my-work', headers: h })).statusCode).toBe(401);
  });

  it('ends the session of a user who is deactivated', async () => {
    const tenant = await buildTenant(t.database.db);
    const user = await buildUser(t.database.db, tenant.id);
    const h = await sessionHeaders(t.database.db, user);
    expect((await t.app.inject({ method: 'GET', url: '/api/my-work', headers: h })).statusCode).toBe(200);
    await t.database.db.updateTable('users').set({ active: false }).where('id', '=', user.id).execute();
    const r = await t.app.inject({ method: 'GET', url: '/api/my-work', headers: h });
    expect([401, 404]).toContain(r.statusCode);
    expect(await getSession(h)).toMatchObject({ authenticated: false });
  });
});

describe('login rate limit', () => {
  it('answers 429 rate_limited after the configured number of login attempts per minute', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const tenant = await buildTenant(limited.database.db);
      const user = await buildUser(limited.database.db, tenant.id, { externalSubject: 'demo:teacher' });
      for (let i = 0; i < 3; i++) expect((await demoLogin(limited, user.id)).statusCode).toBe(200);
      const r = await demoLogin(limited, user.id);
      expect(r.statusCode).toBe(429);
      expect(r.json().error.code).toBe('rate_limited');
      // The OpenID login routes are limited too (here unconfigured: 404 until the limit, then 429).
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await limited.app.inject({ url: '/api/auth/staff/login' })).statusCode);
      expect(codes).toEqual([404, 404, 404, 429]);
      // Other routes are not limited.
      expect((await limited.app.inject({ url: '/api/session' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('is not dodged with a made-up X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const attempts = async (ctx: TestContext, remoteAddress: string) => {
      const codes: number[] = [];
      for (const i of [1, 2, 3]) {
        const r = await ctx.app.inject({ url: '/api/auth/staff/login', remoteAddress, headers: { 'x-forwarded-for': `203.0.113.${i}` } });
        codes.push(r.statusCode);
      }
      return codes;
    };
    const direct = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '2' });
    const proxied = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '10.0.0.1' });
    try {
      // No proxy trusted (the default): the socket's address counts, whatever the header says.
      expect(await attempts(direct, '10.0.0.1')).toEqual([404, 404, 429]);
      // Behind the named proxy: each forwarded client has its own limit…
      expect(await attempts(proxied, '10.0.0.1')).toEqual([404, 404, 404]);
      // …but the header from anyone else is ignored.
      expect(await attempts(proxied, '10.0.0.2')).toEqual([404, 404, 429]);
    } finally {
      await direct.close();
      await proxied.close();
    }
  });
});
