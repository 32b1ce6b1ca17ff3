import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/server/config.js';
import { buildApp, type App } from '../../src/server/app.js';
import type { DatabaseHandle } from '../../src/server/platform/db/database.js';
import { createTestDatabase } from '../helpers/database.js';
import { buildChild, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';

let app: App;
let database: DatabaseHandle;
let lines = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const stream = new Writable({ write(chunk, _enc, cb) { lines += chunk.toString(); cb(); } });
  app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'trace' }), database, webRoot: '/nonexistent', logStream: stream });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('logs', () => {
  it('carry no names, national ID numbers, queries or tokens, even at trace level and on errors', async () => {
    const db = database.db;
    const tenant = await buildTenant(db);
    const unit = await buildUnit(db, tenant.id);
    const headers = await sessionHeaders(db, await buildUser(db, tenant.id, { name: 'Loggfri Ansatt', units: [[unit.id, 'employee']] }));
    const child = await buildChild(db, tenant.id, { givenName: 'Hemmelignavn', familyName: 'Skjultesen', unitId: unit.id });
    await app.inject({ method: 'POST', url: '/api/children/search', headers, payload: { query: 'Hemmelignavn' } });
    await app.inject({ method: 'POST', url: '/api/children/search', headers, payload: { query: child.national_id } });
    await app.inject({ url: `/api/children/${child.id}`, headers });
    await app.inject({ method: 'POST', url: '/api/children/search', headers, payload: { query: 'Hemmelignavn'.repeat(20) } });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toContain('/api/children/search');
    for (const secret of ['Hemmelignavn', 'Skjultesen', 'Loggfri', child.national_id, headers.cookie!.split('=')[1]!, headers['x-csrf-token']!]) {
      expect(lines).not.toContain(secret);
    }
  });
});
