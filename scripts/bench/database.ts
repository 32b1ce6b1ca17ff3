import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from '../../src/server/platform/db/database.js';

/**
 * A fresh database for one benchmark run: a PGlite folder in the temp directory, or, with a
 * server URL, a new database samla_bench_<pid> on that server. Both are removed afterwards.
 */
export interface BenchDatabase {
  kind: DatabaseKind;
  /** the owner connection; for PGlite only one process may hold the folder at a time */
  open(): Promise<DatabaseHandle>;
  /** what the server process needs to reach the same database */
  serverEnv: Record<string, string>;
  dispose(): Promise<void>;
}

export async function freshDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'samla-bench-'));
    return {
      kind: 'pglite',
      open: () => openDatabase({ kind: 'pglite', dataDir: dir }),
      serverEnv: { DATA_DIR: dir },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `samla_bench_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    open: () => openDatabase({ kind: 'postgres', url: url.toString() }),
    serverEnv: { DATABASE_URL: url.toString() },
    dispose: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
