import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestContext } from './app.js';
import { buildTenant } from './factories.js';
import type { Db } from '../../src/server/platform/db/database.js';

/**
 * One app for a describe block of public-page tests: a municipality, filled by `seed` before the first
 * test. `get` keeps every HTML page it fetched in `pages`, for the checks that must hold on all of them.
 */
export function publicSiteTestApp(
  municipality: { name: string; municipalityNumber: string },
  seed: (db: Db, tenant: { id: string; slug: string }) => Promise<void>,
) {
  const ctx = {} as TestContext;
  const pages: string[] = [];
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await ctx.app.inject({ method: 'GET', url, headers });
    if (String(res.headers['content-type']).startsWith('text/html')) pages.push(res.body);
    return res;
  };
  // The slug is known only once the tenant exists: read it as `site.slug` inside the tests.
  const site = { ctx, pages, get, slug: '' };

  beforeAll(async () => {
    Object.assign(ctx, await createTestApp());
    const db = ctx.database.db;
    const tenant = await buildTenant(db, municipality);
    site.slug = tenant.slug;
    await seed(db, tenant);
  });
  afterAll(async () => {
    await ctx.close();
  });

  return site;
}
