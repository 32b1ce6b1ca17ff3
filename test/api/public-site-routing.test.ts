import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { DatabaseHandle } from '../../src/server/platform/db/database.js';
import { createTestDatabase } from '../helpers/database.js';
import { buildTenant } from '../helpers/factories.js';

/** With the web app built, its catch-all `/*` must leave every address under /k and /offentlig to the public site. */
describe('public site beside the built web app', () => {
  let database: DatabaseHandle;
  let app: App;
  let webRoot: string;
  let slug: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'samla-web-'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>');
    database = await createTestDatabase();
    slug = (await buildTenant(database.db, { name: 'Ruteby kommune', municipalityNumber: '4996' })).slug;
    app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database, webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('serves the public pages and their 404 page, not the web app', async () => {
    const home = await app.inject({ method: 'GET', url: `/k/${slug}` });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Ruteby kommune');
    for (const url of [`/k/${slug}/finnes/ikke`, '/k/ukjent', '/k', `/k/${slug}/tjenester/x/y`]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toContain('Vi fant ikke siden');
      expect(res.body, url).not.toContain('id="root"');
    }
    const css = await app.inject({ method: 'GET', url: '/offentlig/samla.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await app.inject({ method: 'GET', url: '/offentlig/a/b' })).statusCode).toBe(404);
  });

  it('leaves the web app its own addresses', async () => {
    for (const url of ['/', '/saker/123', '/kart', '/kommune']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('id="root"');
    }
  });

  it('answers addresses the router cannot read below /k and /offentlig with the HTML error page, in the asked language', async () => {
    for (const url of ['/k/%', '/k/%zz/', `/k/${slug}/tjenester/%E0%A4%A`, '/offentlig/%', '/k/%?lang=en']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(res.body, url).toMatch(url.endsWith('lang=en') ? /<html lang="en">[\s\S]*The page could not be shown/ : /<html lang="nb">[\s\S]*Siden kunne ikke vises/);
      expect(res.body, url).toContain('<meta name="robots" content="noindex"/>');
      expect(res.body, url).not.toContain('id="root"');
      expect(res.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      // The language links stay well-formed addresses.
      expect(res.body, url).not.toMatch(/href="[^"]*%(?![0-9A-Fa-f]{2})/);
    }
    // A part longer than any slug can be: the page that says there is no such page.
    const long = await app.inject({ method: 'GET', url: `/k/${'a'.repeat(120)}` });
    expect(long.statusCode).toBe(404);
    expect(long.body).toContain('Vi fant ikke siden');
    // The API keeps its JSON.
    const api = await app.inject({ method: 'GET', url: '/api/%' });
    expect(api.statusCode).toBe(400);
    expect(api.json().error.code).toBe('bad_url');
  });

  it('refuses every method but GET and HEAD below /k and /offentlig with 405, Allow and an HTML page', async () => {
    const urls = ['/k', `/k/${slug}`, `/k/${slug}/tjenester?q=x`, `/k/${slug}/dokumenter/a/versjoner/1/fil`, '/k/ukjent', '/offentlig/samla.css', '/offentlig'];
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const) {
      for (const url of urls) {
        const res = await app.inject({ method, url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: method === 'OPTIONS' ? undefined : 'q=x' });
        expect(res.statusCode, `${method} ${url}`).toBe(405);
        expect(res.headers.allow, `${method} ${url}`).toBe('GET, HEAD');
        expect(res.headers['content-type'], `${method} ${url}`).toBe('text/html; charset=utf-8');
        expect(res.body, `${method} ${url}`).toContain('tar ikke imot skjemaer');
      }
    }
    // Not even a body of a kind the server has no parser for is read first.
    const odd = await app.inject({ method: 'POST', url: `/k/${slug}/`, headers: { 'content-type': 'application/x-tivoli' }, payload: 'x' });
    expect(odd.statusCode).toBe(405);
    const head = await app.inject({ method: 'HEAD', url: `/k/${slug}` });
    expect(head.statusCode).toBe(200);
  });

  it('declares every public route public', () => {
    const mine = app.registeredRoutes.filter((r) => /^\/(k|offentlig)(\/|$)/.test(r.url));
    expect(mine.length).toBeGreaterThan(10);
    for (const r of mine) expect(r.access, r.url).toBe('public');
  });
});
