import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { loadConfig } from '../../src/server/config.js';
import { buildApp } from '../../src/server/app.js';
import { openDatabase, type OpenOptions } from '../../src/server/platform/db/database.js';
import { sessionHeaders } from '../helpers/factories.js';
import { createServerDatabase } from '../helpers/server-database.js';

/*
 * `npm run tenant:create` as an operator runs it: a child process on a database that has
 * never been migrated (an empty PGlite folder, or a new empty database on the server).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

let open: OpenOptions;
let dbEnv: Record<string, string>;
beforeAll(async () => {
  const fresh = await createServerDatabase('tenant', { migrated: false });
  cleanups.push(() => fresh.dispose());
  open = fresh.create;
  dbEnv = fresh.env;
});

interface Run { code: number; stdout: string; stderr: string }

function createTenant(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath, ['--import', 'tsx', 'scripts/create-tenant.ts', ...args],
      { env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', ...dbEnv } },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

/** Opens the database only between runs: PGlite's folder admits one process at a time. */
async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const handle = await openDatabase(open);
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

const counts = () =>
  withDb(async (db) => {
    const n = async (table: 'tenants' | 'users' | 'user_municipal_roles') =>
      Number((await db.selectFrom(table).select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    return { tenants: await n('tenants'), users: await n('users'), roles: await n('user_municipal_roles') };
  });

const skien = ['--number', '3807', '--name', 'Skien kommune', '--admin-name', 'Ada Administrator',
  '--admin-email', ' Ada.Admin@Skien.Kommune.no ', '--admin-subject', 'entra-oid-0001'];

describe(`npm run tenant:create (${serverUrl ? 'PostgreSQL server' : 'embedded database'})`, () => {
  it('migrates a new database and creates the municipality with its system administrator', async () => {
    const run = await createTenant(skien);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Created municipality 3807 Skien kommune/);
    // The administrator's name and address are personal data: not echoed to the terminal.
    expect(run.stdout).not.toMatch(/Ada/i);

    const tenantId = await withDb(async (db) => {
      const tenant = await db.selectFrom('tenants').selectAll().executeTakeFirstOrThrow();
      expect(tenant).toMatchObject({ municipality_number: '3807', name: 'Skien kommune', accessibility_statement_url: null });
      const user = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
      expect(user).toMatchObject({
        tenant_id: tenant.id, name: 'Ada Administrator', email: 'ada.admin@skien.kommune.no', external_subject: 'entra-oid-0001', active: true,
      });
      expect(await db.selectFrom('user_municipal_roles').select(['tenant_id', 'user_id', 'role']).execute())
        .toEqual([{ tenant_id: tenant.id, user_id: user.id, role: 'system_admin' }]);
      return tenant.id;
    });

    // The new administrator really can administer: the API shows them their municipality.
    const handle = await openDatabase(open);
    try {
      const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_MODE: 'false' }), database: handle, webRoot: '/nonexistent' });
      await app.ready();
      const user = await handle.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
      const r = await app.inject({ url: '/api/admin/tenant', headers: await sessionHeaders(handle.db, user) });
      expect(r.json()).toMatchObject({ id: tenantId, municipalityNumber: '3807', name: 'Skien kommune' });
      await app.close();
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('refuses the same municipality number again with a clear message, creating nothing', async () => {
    const before = await counts();
    const run = await createTenant(['--number', '3807', '--name', 'Skien kommune igjen', '--admin-name', 'Bo Bruker',
      '--admin-email', 'bo@example.no', '--admin-subject', 'entra-oid-0002']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Municipality 3807 already exists in this database\. Nothing was created\./);
    expect(await counts()).toEqual(before);
  }, 60_000);

  it('refuses a login id another user already has, creating nothing', async () => {
    const before = await counts();
    const run = await createTenant(['--number', '3806', '--name', 'Porsgrunn kommune', '--admin-name', 'Bo Bruker',
      '--admin-email', 'bo@example.no', '--admin-subject', 'entra-oid-0001']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/login id \(--admin-subject\)/);
    expect(await counts()).toEqual(before);
  }, 60_000);

  it('lists every bad or missing field by its flag, without echoing values, and creates nothing', async () => {
    const before = await counts();
    const run = await createTenant(['--number', '38a7', '--name', '  ', '--admin-name', 'Secret Person', '--admin-email', 'secret-person-at-example']);
    expect(run.code).toBe(2);
    for (const flag of ['--number', '--name', '--admin-email', '--admin-subject']) expect(run.stderr).toMatch(new RegExp(`^  ${flag}: `, 'm'));
    expect(run.stderr).not.toMatch(/^  --admin-name: /m);
    expect(run.stderr).toMatch(/^  --number: Municipality number has 4 digits$/m);
    expect(run.stderr).toMatch(/^  --admin-subject: is required$/m);
    expect(run.stderr).not.toMatch(/secret/i);
    expect(await counts()).toEqual(before);
  }, 60_000);

  it('refuses an unknown flag with the usage', async () => {
    const run = await createTenant(['--number', '3806', '--municipality', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run tenant:create/);
  }, 60_000);
});
