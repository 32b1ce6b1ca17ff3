import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/platform/db/database.js';
import { createSession } from '../../src/server/platform/auth/sessions.js';
import { buildTenant, buildUser } from '../helpers/factories.js';
import { startServer } from '../helpers/server-process.js';
import { createServerDatabase } from '../helpers/server-database.js';

/* The server entry itself marks a job left running by the previous process as failed, before it answers. */
const serverUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe(`server start after an import was cut off (${serverUrl ? 'PostgreSQL server' : 'embedded database'})`, () => {
  it('shows the job as failed with import_interrupted', async () => {
    const fresh = await createServerDatabase('interrupt', { migrated: true });
    cleanups.push(() => fresh.dispose());
    const { create: open, env } = fresh;
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
