import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../platform/db/database.js';

export interface DemoOptions {
  seed: number;
  children: number;
  log: Pick<FastifyBaseLogger, 'info'>;
}

/** Fills an empty database with «Eksempel kommune» on first start in demo mode. */
export async function ensureDemoData(db: Db, opts: DemoOptions): Promise<void> {
  const existing = await db.selectFrom('tenants').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  opts.log.info({ children: opts.children }, 'demo data generator not yet available');
}
