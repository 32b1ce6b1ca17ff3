import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { verifyAuditChain } from '../../src/server/platform/audit/audit.js';
import { openDatabase } from '../../src/server/platform/db/database.js';
import { migrateToLatest } from '../../src/server/platform/db/migrator.js';

let t: TestContext;
let teacher: Record<string, string>;
let admin: Record<string, string>;
let childId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const unit = await buildUnit(db, tenant.id);
  teacher = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'employee']] }));
  admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
  childId = (await buildChild(db, tenant.id, { givenName: 'Revisjon', unitId: unit.id })).id;
  for (let i = 0; i < 3; i++) await t.app.inject({ url: `/api/children/${childId}`, headers: teacher });
  await t.app.inject({ method: 'POST', url: '/api/children/search', headers: teacher, payload: { query: 'revisjon' } });
});
afterAll(() => t.close());

/** A tenant of its own whose audit chain holds three reads of one child (entries 1–3). */
async function tenantWithThreeReads() {
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const unit = await buildUnit(db, tenant.id);
  const headers = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'employee']] }));
  const child = await buildChild(db, tenant.id, { unitId: unit.id });
  for (let i = 0; i < 3; i++) await t.app.inject({ url: `/api/children/${child.id}`, headers });
  return tenant;
}

describe('audit log', () => {
  it('lists entries for the administrator, newest first, with metadata only', async () => {
    const r = await t.app.inject({ url: `/api/admin/audit?childId=${childId}&limit=2`, headers: admin });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.items.map((e: { action: string }) => e.action)).toEqual(['child.search', 'child.read']);
    expect(body.nextBeforeSeq).not.toBeNull();
    expect(r.body).not.toContain('Revisjon');
    const next = await t.app.inject({ url: `/api/admin/audit?childId=${childId}&beforeSeq=${body.nextBeforeSeq}`, headers: admin });
    expect(next.json().items).toHaveLength(2);
  });
  it('is refused to staff without the administrator role with the same 404', async () => {
    const r = await t.app.inject({ url: '/api/admin/audit', headers: teacher });
    expect(r.statusCode).toBe(404);
  });
  it('verifies an intact chain, and finds the first edited row', async () => {
    const db = t.database.db;
    const intact = await verifyAuditChain(db);
    expect(intact.broken).toBeNull();
    expect(intact.checked).toBeGreaterThanOrEqual(4);
    const victim = await db.selectFrom('audit_log').select(['tenant_id', 'seq']).where('child_id', '=', childId).orderBy('seq').offset(1).limit(1).executeTakeFirstOrThrow();
    await sql`UPDATE audit_log SET action = 'child.nothing' WHERE tenant_id = ${victim.tenant_id} AND seq = ${victim.seq}`.execute(db);
    const result = await verifyAuditChain(db);
    expect(result.broken).toEqual({ tenantId: victim.tenant_id, seq: String(victim.seq), reason: 'hash_mismatch' });
  });
  it('finds a deleted row as a gap', async () => {
    const db = t.database.db;
    const tenant = await tenantWithThreeReads();
    await sql`DELETE FROM audit_log WHERE tenant_id = ${tenant.id} AND seq = 2`.execute(db);
    const { broken } = await verifyAuditChain(db);
    expect(broken).not.toBeNull();
  });
});

describe('npm run audit:verify', () => {
  it('reports the first broken link and exits non-zero', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    const dir = mkdtempSync(join(tmpdir(), 'samla-audit-'));
    const env: Record<string, string> = { ...process.env as Record<string, string>, LOG_LEVEL: 'silent' };
    let handle;
    if (serverUrl) {
      handle = await openDatabase({ kind: 'postgres', url: (t.database as { url?: string }).url! });
      env.DATABASE_URL = (t.database as { url?: string }).url!;
    } else {
      handle = await openDatabase({ kind: 'pglite', dataDir: dir });
      await migrateToLatest(handle.db);
      const tenant = await buildTenant(handle.db);
      const app = await createTestAppOn(handle);
      const unit = await buildUnit(handle.db, tenant.id);
      const headers = await sessionHeaders(handle.db, await buildUser(handle.db, tenant.id, { units: [[unit.id, 'employee']] }));
      const child = await buildChild(handle.db, tenant.id, { unitId: unit.id });
      for (let i = 0; i < 3; i++) await app.inject({ url: `/api/children/${child.id}`, headers });
      await app.close();
      await sql`UPDATE audit_log SET request_id = 'forged' WHERE seq = 2`.execute(handle.db);
      env.DATA_DIR = dir;
      env.DATABASE_URL = '';
    }
    await handle.close();
    const run = promisify(execFile)('npx', ['tsx', 'scripts/audit-verify.ts'], { env });
    await expect(run).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/BROKEN .* entry \d+ \(/) });
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

async function createTestAppOn(handle: Awaited<ReturnType<typeof openDatabase>>) {
  const { buildApp } = await import('../../src/server/app.js');
  const { loadConfig } = await import('../../src/server/config.js');
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database: handle, webRoot: '/nonexistent' });
  await app.ready();
  return app;
}

describe('the chain head', () => {
  it('notices entries cut off the end of the chain', async () => {
    const db = t.database.db;
    const tenant = await tenantWithThreeReads();
    const before = await verifyAuditChain(db);
    // Earlier tests in this file broke other tenants' chains on purpose; look at this tenant only.
    expect(before.broken?.tenantId).not.toBe(tenant.id);
    await sql`DELETE FROM audit_log WHERE tenant_id = ${tenant.id} AND seq = 3`.execute(db);
    await sql`DELETE FROM audit_log WHERE tenant_id <> ${tenant.id}`.execute(db);
    await sql`DELETE FROM audit_heads WHERE tenant_id <> ${tenant.id}`.execute(db);
    const { broken } = await verifyAuditChain(db);
    expect(broken).toEqual({ tenantId: tenant.id, seq: '3', reason: 'head_mismatch' });
  });
});

describe('verification while the server keeps writing', () => {
  it('reports no broken link for appends that land during the walk', async () => {
    const db = t.database.db;
    await sql`DELETE FROM audit_log`.execute(db);
    await sql`DELETE FROM audit_heads`.execute(db);
    const tenant = await buildTenant(db);
    const unit = await buildUnit(db, tenant.id);
    const headers = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'employee']] }));
    const child = await buildChild(db, tenant.id, { unitId: unit.id });
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) {
        const r = await t.app.inject({ url: `/api/children/${child.id}`, headers });
        expect(r.statusCode).toBe(200);
        n++;
      }
      return n;
    })();
    const verdicts = [];
    for (let i = 0; i < 15; i++) verdicts.push((await verifyAuditChain(db, 3)).broken);
    writing = false;
    expect(await writer).toBeGreaterThan(0);
    expect(verdicts).toEqual(Array(15).fill(null));
  });
});
