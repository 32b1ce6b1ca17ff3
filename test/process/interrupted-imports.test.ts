import { afterAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenOptions } from '../../src/server/platform/db/database.js';
import { createSession } from '../../src/server/platform/auth/sessions.js';
import { buildTenant, buildUser } from '../helpers/factories.js';
import { startServer } from '../helpers/server-process.js';

/* The server entry itself marks a job left running by the previous process as failed, before it answers. */
const serverUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function freshDatabase(): Promise<{ open: OpenOptions; env: Record<string, string> }> {
  if (serverUrl) {
    const name = `samla_interrupt_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
    await admin.end();
    cleanups.push(async () => {
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { open: { kind: 'postgres', url: url.toString(), poolSize: 2 }, env: { DATABASE_URL: url.toString() } };
  }
  const dir = mkdtempSync(join(tmpdir(), 'samla-interrupt-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return {
    open: { kind: 'pglite', dataDir: dir, loadDataDir: new Blob([readFileSync(inject('templateDump'))]) },
    env: { DATABASE_URL: '', DATA_DIR: dir },
  };
}

describe(`server start after an import was cut off (${serverUrl ? 'PostgreSQL server' : 'embedded database'})`, () => {
  it('shows the job as failed with import_interrupted', async () => {
    const { open, env } = await freshDatabase();
    const setup = await openDatabase(open);
    const tenant = await buildTenant(setup.db);
    const user = await buildUser(setup.db, tenant.id, { municipalRoles: ['system_admin'] });
    const { id } = await setup.db
      .insertInto('import_jobs')
      .values({ tenant_id: tenant.id, kind: 'staff', status: 'running', total_rows: 500, processed_rows: 200, accepted_rows: 200, created_by: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const session = await createSession(setup.db, { kind: 'staff', tenantId: tenant.id, userId: user.id, via: 'demo' }, 30);
    await setup.close(); // releases the folder lock for the server

    const server = await startServer({ ...env, DEMO_MODE: 'false' });
    cleanups.push(() => void server.proc.kill('SIGKILL'));
    const r = await fetch(`${server.url}/api/admin/imports/${id}`, { headers: { cookie: `samla_session=${session.token}` } });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({
      status: 'failed', processedRows: 200, acceptedRows: 200, rejected: [{ row: 0, field: 'file', code: 'import_interrupted' }],
    });
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);
});
