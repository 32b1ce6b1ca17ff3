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

  it('declares every public route public', () => {
    const mine = app.registeredRoutes.filter((r) => /^\/(k|offentlig)(\/|$)/.test(r.url));
    expect(mine.length).toBeGreaterThan(10);
    for (const r of mine) expect(r.access, r.url).toBe('public');
  });
});
