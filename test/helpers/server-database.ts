import { inject } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { OpenOptions } from '../../src/server/platform/db/database.js';

/**
 * A database of its own for a server process under test (not the per-file copy of
 * createTestDatabase): a temp PGlite folder, or a new database on the server in
 * TEST_DATABASE_URL. `migrated` starts it from the suite's migrated template; otherwise
 * it is empty, as on a new installation.
 */
export interface ServerDatabase {
  /** Options for the first open (a PGlite folder is filled from the template here). */
  create: OpenOptions;
  /** Options for opening it again later. */
  reopen: OpenOptions;
  /** Environment that points the server at it. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

async function adminQuery(serverUrl: string, query: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}

export async function createServerDatabase(prefix: string, opts: { migrated: boolean }): Promise<ServerDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `samla_${prefix}_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, opts.migrated ? `CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}` : `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const open: OpenOptions = { kind: 'postgres', url: url.toString(), poolSize: 2 };
    return {
      create: open,
      reopen: open,
      env: { DATABASE_URL: url.toString() },
      dispose: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `samla-${prefix}-`));
  const reopen: OpenOptions = { kind: 'pglite', dataDir: dir };
  return {
    create: opts.migrated ? { ...reopen, loadDataDir: new Blob([readFileSync(inject('templateDump'))]) } : reopen,
    reopen,
    env: { DATABASE_URL: '', DATA_DIR: dir },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
