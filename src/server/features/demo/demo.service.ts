import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { DEMO_MUNICIPALITY } from './demo-known.js';
import { generateDemo, type DemoProgress, type DemoSummary } from './demo-generator.js';

export interface DemoOptions {
  seed: number;
  children: number;
  log: Pick<FastifyBaseLogger, 'info'>;
}

/** Fills an empty database with «Eksempel kommune» on first start in demo mode; a database with any tenant is left alone. */
export async function ensureDemoData(db: Db, opts: DemoOptions): Promise<DemoSummary | null> {
  const existing = await db.selectFrom('tenants').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  opts.log.info({ children: opts.children, seed: opts.seed }, 'generating demo municipality');
  let lastLogged = 0;
  const onProgress = (p: DemoProgress) => {
    // Progress for long generations only; counts, never names.
    if (p.elapsedMs - lastLogged < 5_000) return;
    lastLogged = p.elapsedMs;
    opts.log.info({ done: p.children, total: p.total }, 'demo generation progress');
  };
  const summary = await generateDemo(db, { seed: opts.seed, children: opts.children, onProgress });
  opts.log.info({ ...summary }, 'demo municipality ready');
  return summary;
}

export class ResetRefusedError extends Error {}

/**
 * Empties every application table so the demo can be generated again. Refuses when any
 * tenant other than the demo municipality exists: a real municipality is never wiped by a
 * demo command. Tables are found from the catalogue so that later migrations' tables are
 * emptied too; the migration bookkeeping stays.
 */
export async function resetDemoData(db: Db): Promise<void> {
  const others = await db
    .selectFrom('tenants')
    .select('id')
    .where('municipality_number', '!=', DEMO_MUNICIPALITY.number)
    .limit(1)
    .executeTakeFirst();
  if (others) throw new ResetRefusedError('The database holds another municipality than the demo: refusing to reset it');
  const tables = await sql<{ name: string }>`
      SELECT tablename AS name FROM pg_tables
      WHERE schemaname = current_schema() AND tablename NOT LIKE 'kysely_migration%'`.execute(db);
  if (tables.rows.length === 0) return;
  const list = sql.join(tables.rows.map((t) => sql.table(t.name)));
  await sql`TRUNCATE ${list} CASCADE`.execute(db);
}
