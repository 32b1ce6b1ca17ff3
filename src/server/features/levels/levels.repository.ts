import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';

/**
 * The tenant's stored model (null: BTI's default). `update` locks it for a replacement; `share`
 * holds it while a case is put on one of its levels, so the two wait for each other.
 */
export async function storedModel(db: Executor, tenantId: string, lock?: 'update' | 'share'): Promise<unknown> {
  let query = db.selectFrom('tenants').select('level_model').where('id', '=', tenantId);
  if (lock === 'update') query = query.forUpdate();
  if (lock === 'share') query = query.forShare();
  return (await query.executeTakeFirst())?.level_model ?? null;
}

export async function saveModel(db: Executor, tenantId: string, levels: unknown): Promise<void> {
  await db.updateTable('tenants').set({ level_model: JSON.stringify(levels) }).where('id', '=', tenantId).execute();
}

/** How many guide steps each level has. */
export async function stepsPerLevel(db: Executor, tenantId: string): Promise<Map<number, number>> {
  const rows = await db.selectFrom('guide_steps').select(['level', (e) => e.fn.countAll<string>().as('n')])
    .where('tenant_id', '=', tenantId).groupBy('level').execute();
  return new Map(rows.map((r) => [r.level, Number(r.n)]));
}

/** The levels any case is on (open or closed): a closed case reopens on its level. */
export async function levelsWithCases(db: Executor, tenantId: string): Promise<Set<number>> {
  const rows = await db.selectFrom('cases').select('level').distinct().where('tenant_id', '=', tenantId).execute();
  return new Set(rows.map((r) => r.level));
}

const caseOf = (pairs: readonly [number, number][]) =>
  sql<number>`CASE level ${sql.join(pairs.map(([from, to]) => sql`WHEN ${from}::smallint THEN ${to}::smallint`), sql` `)} END`;

/** Moves the steps on each `from` level to its `to` level, all at once (a swap stays a swap). */
export async function remapSteps(db: Executor, tenantId: string, pairs: readonly [number, number][]): Promise<void> {
  if (pairs.length === 0) return;
  await db.updateTable('guide_steps')
    .set({ level: caseOf(pairs), version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('level', 'in', pairs.map(([from]) => from)).execute();
}

/** Moves the cases likewise; returns each moved case with its level before, for its log entry and audit. */
export async function remapCases(db: Executor, tenantId: string, pairs: readonly [number, number][]) {
  if (pairs.length === 0) return [];
  const before = await db.selectFrom('cases').select(['id', 'child_id', 'level'])
    .where('tenant_id', '=', tenantId).where('level', 'in', pairs.map(([from]) => from)).forUpdate().execute();
  if (before.length === 0) return [];
  await db.updateTable('cases')
    .set({ level: caseOf(pairs), version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('level', 'in', pairs.map(([from]) => from)).execute();
  return before;
}
