import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { createHash } from 'node:crypto';
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

/**
 * Every parameterised read is a named prepared statement, one per distinct SQL text and
 * connection, so PostgreSQL plans it once and then reuses the plan: for the app's queries
 * (several joined tables, each with its row-level-security policy) planning costs several
 * times the execution — on PGlite most of a request (npm run bench). The tenant comes from a
 * setting read at execution time, so one plan serves every tenant. Texts are bounded (queries
 * are built from code; lists vary only in length); the cap keeps a connection from growing
 * without bound if that ever stops being true.
 */
const MAX_PREPARED_PER_CONNECTION = 2_000;
/*
 * Reads only. A write's ON CONFLICT that names a partial unique index by a parameterised
 * predicate cannot be matched to the index once the statement is prepared (PostgreSQL: «no
 * unique or exclusion constraint matching the ON CONFLICT specification»); writes are few and
 * plan quickly anyway.
 */
const READ = /^\s*select\b/i;
class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (typeof config === 'string' && READ.test(config) && Array.isArray(values) && values.length > 0 && typeof callback !== 'function') {
      const name = `k${createHash('sha1').update(config).digest('base64url').slice(0, 24)}`;
      if (this.prepared.has(name) || this.prepared.size < MAX_PREPARED_PER_CONNECTION) {
        this.prepared.add(name);
        return (super.query as (c: unknown) => never)({ name, text: config, values });
      }
    }
    return (super.query as (c: unknown, v?: unknown, cb?: unknown) => never)(config, values, callback);
  }
}

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob | File };

/** The database the configuration names: a PostgreSQL server with DATABASE_URL, else PGlite in DATA_DIR. */
export function configuredDatabase(config: { databaseUrl: string | undefined; dataDir: string }, dataDir = config.dataDir): OpenOptions {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir };
}

/** The PostgreSQL database cannot hold Samla's texts as they must be read (checkTextLocale). */
export class DatabaseLocaleError extends Error {
  override name = 'DatabaseLocaleError';
}

/**
 * Full-text search and the tenant slugs need a database that knows letters beyond A–Z: under a
 * C or POSIX LC_CTYPE PostgreSQL neither lowercases nor stems a word with æ, ø or å
 * (to_tsvector('norwegian', 'Åpen') keeps «Åpen»), so searches silently miss. Refused at start
 * rather than found out from residents' searches. PGlite is always UTF-8 with a C.UTF-8 ctype.
 */
async function checkTextLocale(db: Db): Promise<void> {
  const { rows } = await sql<{ name: string; ctype: string; encoding: string }>`
    SELECT current_database() AS name, datctype AS ctype, pg_encoding_to_char(encoding) AS encoding
    FROM pg_database WHERE datname = current_database()`.execute(db);
  const found = rows[0];
  if (!found || (!/^(c|posix)$/i.test(found.ctype) && found.encoding === 'UTF8')) return;
  throw new DatabaseLocaleError(
    `The database ${found.name} has LC_CTYPE ${found.ctype} and encoding ${found.encoding}: PostgreSQL would not read æ, ø and å ` +
      'as letters, and Norwegian search would miss. Create it with UTF-8 and a UTF-8 locale, e.g. ' +
      `CREATE DATABASE ${found.name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'nb_NO.UTF-8' LC_CTYPE 'nb_NO.UTF-8' (or 'C.UTF-8').`,
  );
}

export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
  if (opts.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, types: typeParsers, Client: PreparingClient });
    // An idle connection the server ends (restart, a dropped database) must not crash the
    // process: the pool discards it and opens a new one for the next request.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await checkTextLocale(db);
    } catch (err) {
      await db.destroy();
      throw err;
    }
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
    const pool = new pg.Pool({ ...createPgConfig(lite), max: 1, types: typeParsers, Client: PreparingClient });
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
