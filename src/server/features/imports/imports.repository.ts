import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { ImportJobsTable, ImportRejection } from '../../platform/db/schema.js';

/** Import jobs: the progress and per-row report of one uploaded file. */
export type ImportKind = ImportJobsTable['kind'];

const jobColumns = [
  'id', 'kind', 'status', 'total_rows', 'processed_rows', 'accepted_rows', 'created_at', 'finished_at',
] as const;

export async function insertJob(db: Executor, v: { tenantId: string; kind: ImportKind; totalRows: number; createdBy: string }) {
  return db
    .insertInto('import_jobs')
    .values({ tenant_id: v.tenantId, kind: v.kind, status: 'running', total_rows: v.totalRows, created_by: v.createdBy })
    .returning([...jobColumns, 'rejected'])
    .executeTakeFirstOrThrow();
}

export async function findJob(db: Executor, id: string) {
  return db.selectFrom('import_jobs').select([...jobColumns, 'rejected']).where('id', '=', id).executeTakeFirst();
}

/**
 * Newest first. The cursor keeps created_at as PostgreSQL's own text, microseconds included,
 * since a JS Date would round it and skip or repeat jobs made in the same millisecond.
 */
export async function listJobs(db: Executor, p: { after?: [string, string]; limit: number }) {
  let q = db
    .selectFrom('import_jobs')
    .select([...jobColumns, sql<string>`created_at::text`.as('created_key')])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(p.limit);
  if (p.after) {
    const [key, id] = p.after;
    const at = sql<Date>`cast(${key} as timestamptz)`;
    q = q.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]));
  }
  return q.execute();
}

export async function recordProgress(db: Executor, id: string, v: { processed: number; accepted: number; rejections: ImportRejection[] }) {
  await db
    .updateTable('import_jobs')
    .set((eb) => ({
      processed_rows: eb('processed_rows', '+', v.processed),
      accepted_rows: eb('accepted_rows', '+', v.accepted),
      ...(v.rejections.length ? { rejected: sql<string>`rejected || ${JSON.stringify(v.rejections)}::jsonb` } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

export async function finishJob(db: Executor, id: string, status: 'done' | 'failed', rejections: ImportRejection[] = []) {
  await db
    .updateTable('import_jobs')
    .set({
      status,
      finished_at: new Date(),
      ...(rejections.length ? { rejected: sql<string>`rejected || ${JSON.stringify(rejections)}::jsonb` } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Owner connection: the tenants that have jobs marked running (ids only), to visit each under its own RLS. */
export async function tenantsWithRunningJobs(ownerDb: Executor): Promise<string[]> {
  const rows = await ownerDb.selectFrom('import_jobs').select('tenant_id').distinct().where('status', '=', 'running').execute();
  return rows.map((r) => r.tenant_id);
}

/** Marks every running job (of the transaction's tenant, under RLS) failed with the given report entry. */
export async function failRunningJobs(db: Executor, rejection: ImportRejection): Promise<number> {
  const rows = await db
    .updateTable('import_jobs')
    .set({ status: 'failed', finished_at: new Date(), rejected: sql<string>`rejected || ${JSON.stringify([rejection])}::jsonb` })
    .where('status', '=', 'running')
    .returning('id')
    .execute();
  return rows.length;
}
