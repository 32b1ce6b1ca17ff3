import { sql } from 'kysely';
import type { Executor } from './database.js';

/**
 * Holds a named lock until the transaction ends (a PostgreSQL advisory lock), for rules that read
 * several rows before a write and must not interleave with the same rule in another request:
 * a check-then-insert no row lock can cover. The name says what is serialised, e.g.
 * `samla.units.<tenant>`; on PGlite's single connection the transactions are serial anyway.
 */
export async function lockForTransaction(db: Executor, name: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${name}::text, 0))`.execute(db);
}
