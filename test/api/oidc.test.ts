import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUser } from '../helpers/factories.js';
import { createSession } from '../../src/server/platform/auth/sessions.js';
import { pidDigest } from '../../src/server/platform/auth/pid.js';
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.js';

/**
 * The whole code flow over real HTTP: a real oidc-provider, the app listening on a port, and a
 * small cookie-carrying «browser» that follows redirects by hand.
 */
let t: TestContext;
let op: TestOidcProvider;
let appUrl: string;
const STAFF_SUBJECT = 'entra:teacher-1';
const PID = '01017012345';
let userId: string;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

class Browser {
  /** origin → cookie name → value and Path (a cookie goes only to URLs under its Path) */
  readonly jar = new Map<string, Map<string, { value: string; path: string }>>();
  cookie(origin: string, name: string) {
    return this.jar.get(origin)?.get(name)?.value;
  }
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const { origin, pathname } = new URL(url);
    const headers = new Headers(init.headers);
    const sent = [...(this.jar.get(origin) ?? [])].filter(([, c]) => pathname === c.path || pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`));
    if (sent.length) headers.set('cookie', sent.map(([k, c]) => `${k}=${c.value}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const path = /;\s*path=([^;]*)/i.exec(line)?.[1] ?? '/';
      const jar = this.jar.get(origin) ?? new Map<string, { value: string; path: string }>();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, { value, path });
      this.jar.set(origin, jar);
    }
    return res;
  }
}

const location = (res: Response, base: string) => new URL(res.headers.get('location')!, base).toString();

/**
 * Starts a login at the app, completes the provider's form and stops just before the app's
 * callback, returning its URL (so tests can call it once, twice, or tamper with it).
 */
async function loginUntilCallback(b: Browser, kind: 'staff' | 'resident', login: string, opts: { returnTo?: string; acr?: string } = {}) {
  const start = `${appUrl}/api/auth/${kind}/login${opts.returnTo !== undefined ? `?returnTo=${encodeURIComponent(opts.returnTo)}` : ''}`;
  let res = await b.request(start);
  expect(res.status).toBe(302);
  let url = location(res, start);
  expect(url.startsWith(`${op.issuer}/auth?`)).toBe(true);
  const params = new URL(url).searchParams;
  expect(params.get('code_challenge_method')).toBe('S256');
  expect(params.get('state')).toBeTruthy();
  expect(params.get('nonce')).toBeTruthy();
  if (kind === 'resident') expect(params.get('acr_values')).toBe('idporten-loa-substantial');

  res = await b.request(url);
  while (res.status >= 300 && res.status < 400) {
    url = location(res, url);
    res = await b.request(url);
  }
  expect(res.status).toBe(200);
  const html = await res.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const acr = /name="acr" value="([^"]*)"/.exec(html)?.[1] ?? '';
  expect(action).toBeTruthy();
  expect(html).toContain('>Logg inn</button>');

  url = new URL(action!, url).toString();
  res = await b.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login, acr: opts.acr ?? acr }).toString(),
  });
  for (;;) {
    expect([302, 303]).toContain(res.status);
    url = location(res, url);
    if (url.startsWith(`${appUrl}/api/auth/${kind}/callback`)) return url;
    res = await b.request(url);
  }
}

async function sessionOf(b: Browser) {
  const res = await b.request(`${appUrl}/api/session`);
  return res.json();
}

beforeAll(async () => {
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  op = await startOidcProvider({ appUrl });
  // This file is about the flow; the login rate limit has its own tests (rate-limit.test.ts).
  t = await createTestApp({ ...op.appEnv, DEMO_MODE: 'false', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  await t.app.listen({ port, host: '127.0.0.1' });
  const tenant = await buildTenant(t.database.db);
  userId = (await buildUser(t.database.db, tenant.id, { externalSubject: STAFF_SUBJECT })).id;
  await buildUser(t.database.db, tenant.id, { externalSubject: 'entra:left-1', active: false });
});
afterAll(async () => {
  await t?.close();
  await op?.close();
});

describe('staff login with OpenID Connect', () => {
  it('logs a known user in with an HttpOnly, SameSite=Lax cookie and lands on returnTo', async () => {
    const b = new Browser();
    const callback = await loginUntilCallback(b, 'staff', STAFF_SUBJECT, { returnTo: '/barn?side=2' });
    const res = await b.request(callback);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/barn?side=2');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('samla_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const s = await sessionOf(b);
    expect(s).toMatchObject({ authenticated: true, kind: 'staff', user: { id: userId } });
  });

  it('sends a foreign or protocol-relative returnTo to /', async () => {
    // `/..//evil.example/phish` normalises to `//evil.example/phish`: another site to a browser.
    for (const returnTo of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', '/..//evil.example/phish', '/%2e%2e//evil.example/phish']) {
      const b = new Browser();
      const res = await b.request(await loginUntilCallback(b, 'staff', STAFF_SUBJECT, { returnTo }));
      expect(res.headers.get('location')).toBe('/');
    }
  });

  it('refuses an unknown or inactive subject with /login?error=unknown_user and no session', async () => {
    for (const subject of ['entra:nobody', 'entra:left-1']) {
      const b = new Browser();
      const res = await b.request(await loginUntilCallback(b, 'staff', subject));
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/login?error=unknown_user');
      expect(b.cookie(appUrl, 'samla_session')).toBeUndefined();
      expect((await sessionOf(b)).authenticated).toBe(false);
    }
  });

  it('binds the login to the browser that started it with a short-lived cookie on the callback path', async () => {
    const b = new Browser();
    const res = await b.request(`${appUrl}/api/auth/staff/login`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('samla_login_binding='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/api\/auth\/staff\/callback(;|$)/);
    expect(cookie).toMatch(/Max-Age=600(;|$)/);
    expect(cookie).not.toMatch(/Secure/i);
    // The database keeps only the binding's hash.
    const value = b.cookie(appUrl, 'samla_login_binding')!;
    const state = new URL(res.headers.get('location')!).searchParams.get('state')!;
    const row = await t.database.db.selectFrom('oidc_login_states').selectAll().where('state', '=', state).executeTakeFirstOrThrow();
    expect(row.browser_binding).toBe(createHash('sha256').update(value).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(value);
  });

  it('asks the identity provider for the language the user chose, and refuses an unknown one', async () => {
    const b = new Browser();
    const nn = await b.request(`${appUrl}/api/auth/staff/login?lang=nn`);
    expect(new URL(nn.headers.get('location')!).searchParams.get('ui_locales')).toBe('nn');
    const plain = await b.request(`${appUrl}/api/auth/staff/login`);
    expect(new URL(plain.headers.get('location')!).searchParams.get('ui_locales')).toBe('nb');
    const bad = await b.request(`${appUrl}/api/auth/staff/login?lang=xx`);
    expect(bad.status).toBe(400);
  });

  it('gives no session to another browser that opens the callback URL (login CSRF), with or without a binding of its own', async () => {
    // The attacker logs in as themself and stops before the callback; the victim's browser opens it.
    for (const victimStartedALogin of [false, true]) {
      const attacker = new Browser();
      const callback = await loginUntilCallback(attacker, 'staff', STAFF_SUBJECT);
      const victim = new Browser();
      if (victimStartedALogin) await victim.request(`${appUrl}/api/auth/staff/login`);
      const res = await victim.request(callback);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/login?error=login_failed');
      expect(victim.cookie(appUrl, 'samla_session')).toBeUndefined();
      expect(victim.cookie(appUrl, 'samla_login_binding')).toBeUndefined();
      expect((await sessionOf(victim)).authenticated).toBe(false);
      // The state is spent: the attacker cannot finish it afterwards either.
      expect((await attacker.request(callback)).headers.get('location')).toBe('/login?error=login_expired');
    }
  });

  it('spends the binding cookie on the callback', async () => {
    const b = new Browser();
    const callback = await loginUntilCallback(b, 'staff', STAFF_SUBJECT);
    expect(b.cookie(appUrl, 'samla_login_binding')).toBeTruthy();
    const res = await b.request(callback);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.getSetCookie().find((c) => c.startsWith('samla_login_binding='))).toMatch(/Path=\/api\/auth\/staff\/callback/);
    expect(b.cookie(appUrl, 'samla_login_binding')).toBeUndefined();
    expect((await sessionOf(b)).authenticated).toBe(true);
  });

  it('uses a state once: a replayed callback gets an error and no session', async () => {
    const b = new Browser();
    const callback = await loginUntilCallback(b, 'staff', STAFF_SUBJECT);
    expect((await b.request(callback)).status).toBe(302);
    const replay = new Browser();
    const res = await replay.request(callback);
    expect(res.headers.get('location')).toBe('/login?error=login_expired');
    expect(replay.cookie(appUrl, 'samla_session')).toBeUndefined();
  });

  it('refuses a forged state, a state of the other provider, and a state older than ten minutes', async () => {
    const forged = new Browser();
    let res = await forged.request(`${appUrl}/api/auth/staff/callback?code=abc&state=forged&iss=${encodeURIComponent(op.issuer)}`);
    expect(res.headers.get('location')).toBe('/login?error=login_expired');
    expect(forged.cookie(appUrl, 'samla_session')).toBeUndefined();

    const cross = new Browser();
    const staffCallback = await loginUntilCallback(cross, 'staff', STAFF_SUBJECT);
    res = await cross.request(staffCallback.replace('/api/auth/staff/callback', '/api/auth/resident/callback'));
    expect(res.headers.get('location')).toBe('/login?error=login_expired');
    expect(cross.cookie(appUrl, 'samla_session')).toBeUndefined();

    const slow = new Browser();
    const callback = await loginUntilCallback(slow, 'staff', STAFF_SUBJECT);
    await sql`UPDATE oidc_login_states SET created_at = now() - interval '11 minutes'`.execute(t.database.db);
    res = await slow.request(callback);
    expect(res.headers.get('location')).toBe('/login?error=login_expired');
    expect(slow.cookie(appUrl, 'samla_session')).toBeUndefined();
  });

  it('sends a login the user cancelled at the provider back to /login?error=login_cancelled', async () => {
    const b = new Browser();
    const res = await b.request(`${appUrl}/api/auth/staff/login`);
    const state = new URL(res.headers.get('location')!).searchParams.get('state')!;
    const cancelled = await b.request(`${appUrl}/api/auth/staff/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(op.issuer)}`);
    expect(cancelled.headers.get('location')).toBe('/login?error=login_cancelled');
    expect(b.cookie(appUrl, 'samla_session')).toBeUndefined();
  });

  it('refuses a callback whose code was tampered with', async () => {
    const b = new Browser();
    const callback = new URL(await loginUntilCallback(b, 'staff', STAFF_SUBJECT));
    callback.searchParams.set('code', 'not-the-code');
    const res = await b.request(callback.toString());
    expect(res.headers.get('location')).toBe('/login?error=login_failed');
    expect(b.cookie(appUrl, 'samla_session')).toBeUndefined();
  });

  it('logs out locally and returns the provider’s end-session address', async () => {
    const b = new Browser();
    await b.request(await loginUntilCallback(b, 'staff', STAFF_SUBJECT));
    const { csrfToken } = await sessionOf(b);
    const res = await b.request(`${appUrl}/api/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    expect(res.status).toBe(200);
    const { redirectTo } = await res.json();
    const end = new URL(redirectTo);
    expect(`${end.origin}${end.pathname}`).toBe(`${op.issuer}/session/end`);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${appUrl}/`);
    expect(end.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect((await sessionOf(b)).authenticated).toBe(false);
    // The provider accepts the hint and the address (an invalid one gives its error page, 400).
    expect((await b.request(redirectTo)).status).toBe(200);
  });
});

describe('resident login with ID-porten conventions', () => {
  it('makes a resident session keyed by the keyed digest of pid, and keeps no readable pid', async () => {
    const b = new Browser();
    const res = await b.request(await loginUntilCallback(b, 'resident', PID, { returnTo: '/mine-barn' }));
    expect(res.headers.get('location')).toBe('/mine-barn');
    expect(await sessionOf(b)).toMatchObject({ authenticated: true, kind: 'resident', user: null });
    const rows = await t.database.db.selectFrom('sessions').selectAll().where('kind', '=', 'resident').execute();
    expect(rows.map((r) => r.resident_pid_hash)).toContain(pidDigest(t.config, PID));
    // Not the unkeyed hash, which anyone could reverse by trying all 11-digit numbers.
    expect(rows.map((r) => r.resident_pid_hash)).not.toContain(createHash('sha256').update(PID).digest('hex'));
    // The stored ID token is sealed: neither the number nor the token's base64 of it can be read.
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(PID);
    expect(dump).not.toContain(Buffer.from(PID).toString('base64url').slice(0, 12));
    expect(dump).not.toMatch(/"ey[A-Za-z0-9_-]{20,}\./);
  });

  it('refuses a login below substantial assurance', async () => {
    const b = new Browser();
    const res = await b.request(await loginUntilCallback(b, 'resident', PID, { acr: 'idporten-loa-low' }));
    expect(res.headers.get('location')).toBe('/login?error=insufficient_assurance');
    expect(b.cookie(appUrl, 'samla_session')).toBeUndefined();
  });

  it('logs a resident out at the provider too', async () => {
    const b = new Browser();
    await b.request(await loginUntilCallback(b, 'resident', PID));
    const { csrfToken } = await sessionOf(b);
    const res = await b.request(`${appUrl}/api/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    expect((await res.json()).redirectTo).toContain(`${op.issuer}/session/end?`);
    expect((await sessionOf(b)).authenticated).toBe(false);
  });
});

describe('discovery', () => {
  it('happened once per provider client, however many logins ran', () => {
    expect(op.discoveryRequests()).toBe(2);
  });
});

describe('an unreachable identity provider', () => {
  it('answers 503 identity_provider_unavailable, and logout still works locally', async () => {
    const deadPort = await freePort();
    const other = await createTestApp({ STAFF_OIDC_ISSUER: `http://127.0.0.1:${deadPort}`, STAFF_OIDC_CLIENT_ID: 'x', OIDC_ALLOW_INSECURE: 'true' });
    try {
      for (let i = 0; i < 2; i++) {
        const res = await other.app.inject({ method: 'GET', url: '/api/auth/staff/login' });
        expect(res.statusCode).toBe(503);
        expect(res.json().error.code).toBe('identity_provider_unavailable');
      }
      const callback = await other.app.inject({ method: 'GET', url: '/api/auth/staff/callback?code=a&state=b' });
      expect(callback.statusCode).toBe(503);
      const notConfigured = await other.app.inject({ method: 'GET', url: '/api/auth/resident/login' });
      expect(notConfigured.statusCode).toBe(404);
      const tenant = await buildTenant(other.database.db);
      const user = await buildUser(other.database.db, tenant.id);
      const s = await createSession(other.database.db, { kind: 'staff', tenantId: tenant.id, userId: user.id, via: 'oidc', idToken: 'a.b.c' }, 30);
      const logout = await other.app.inject({
        method: 'POST', url: '/api/auth/logout', headers: { cookie: `samla_session=${s.token}`, 'x-csrf-token': s.csrfToken },
      });
      expect(logout.statusCode).toBe(200);
      expect(logout.json()).toEqual({ redirectTo: null });
      expect(await other.database.db.selectFrom('sessions').select('id').execute()).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
