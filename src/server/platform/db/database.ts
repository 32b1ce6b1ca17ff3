import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import type { Database } from './schema.js';
import { acquireFolderLock, type FolderLock } from './folder-lock.js';

export type DatabaseKind = 'pglite' | 'postgres';
export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Repositories take either: they never open transactions themselves. */
export type Executor = Db | Trx;

export interface DatabaseHandle {
  kind: DatabaseKind;
  /** The owner connection: migrations, login lookups and the demo generator only. */
  db: Db;
  close(): Promise<void>;
  /** PGlite only: a gzip tarball of the data folder, to start test databases from a migrated copy. */
  dumpDataDir?: () => Promise<Blob>;
}

// node-postgres parses int8 and date to JS types we do not want: keep bigint as text and
// dates as 'YYYY-MM-DD' strings, the same on both databases.
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 1082) return (v: string) => v; // date
    return pg.types.getTypeParser(oid, format);
  },
};

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob | File };

/** The database the configuration names: a PostgreSQL server with DATABASE_URL, else PGlite in DATA_DIR. */
export function configuredDatabase(config: { databaseUrl: string | undefined; dataDir: string }, dataDir = config.dataDir): OpenOptions {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir };
}

export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
  if (opts.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, types: typeParsers });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgres', db, close: () => db.destroy() };
  }
  let lock: FolderLock | undefined;
  const inMemory = opts.dataDir.startsWith('memory://');
  if (!inMemory) {
    mkdirSync(opts.dataDir, { recursive: true });
    lock = acquireFolderLock(opts.dataDir);
  }
  try {
    const lite = await PGlite.create({
      dataDir: opts.dataDir,
      extensions: { pg_trgm },
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    });
    // PGlite has one connection: a pool of exactly one serialises requests onto it, and
    // Kysely's transactions then stay isolated (unlike kysely-pglite, see DESIGN.md §6).
    const pool = new pg.Pool({ ...createPgConfig(lite), max: 1, types: typeParsers });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      kind: 'pglite',
      db,
      dumpDataDir: async () => (await lite.dumpDataDir('gzip')) as Blob,
      async close() {
        await db.destroy();
        await lite.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs fn in a transaction as the non-owner application role with the tenant set, so that
 * row-level security refuses any row of another tenant even if a query forgets its filter.
 * BEGIN and the settings go in one simple-protocol round trip (this runs on every request);
 * that is why the tenant id is inlined, after checking that it is a UUID.
 */
export async function withTenant<T>(db: Db, tenantId: string, fn: (trx: Trx) => Promise<T>): Promise<T> {
  if (!UUID.test(tenantId)) throw new Error('withTenant needs a tenant UUID');
  return db.connection().execute(async (conn) => {
    let result: T;
    try {
      // Inside the try: if BEGIN succeeded and the settings failed, the ROLLBACK below must
      // run, or the connection would go back to the pool inside an aborted transaction.
      await sql.raw(`BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true), set_config('role', 'samla_app', true)`).execute(conn);
      // The connection is inside the transaction opened above; fn sees it as one.
      result = await fn(conn as unknown as Trx);
    } catch (err) {
      // Keep the original error; a failing ROLLBACK means the connection is gone anyway.
      await sql.raw('ROLLBACK').execute(conn).catch(() => undefined);
      throw err;
    }
    await sql.raw('COMMIT').execute(conn);
    return result;
  });
}
