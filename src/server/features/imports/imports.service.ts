import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.js';
import { notFound } from '../../platform/http/errors.js';
import type { ImportRejection } from '../../platform/db/schema.js';
import type { ImportJob, importJobListQuery } from '../../../contracts/organisation.js';
import { requireOrganisationAdmin } from '../organisation/organisation.policy.js';
import { parseCsv } from './csv.js';
import type { ImportHandler } from './import-handler.js';
import { childrenImport } from './children-import.js';
import { staffImport } from './staff-import.js';
import { unitsImport } from './units-import.js';
import * as repo from './imports.repository.js';

export type ImportKind = repo.ImportKind;
const handlers: Record<ImportKind, ImportHandler> = { units: unitsImport, staff: staffImport, children: childrenImport };

type JobRow = NonNullable<Awaited<ReturnType<typeof repo.findJob>>>;

function toSummary(r: Omit<JobRow, 'rejected'>): Omit<ImportJob, 'rejected'> {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    totalRows: r.total_rows,
    processedRows: r.processed_rows,
    acceptedRows: r.accepted_rows,
    // Every processed row is either accepted or rejected.
    rejectedRows: r.processed_rows - r.accepted_rows,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}
const toJob = (r: JobRow): ImportJob => ({ ...toSummary(r), rejected: r.rejected });

/** Gives other requests a turn on the database between batches (PGlite has one connection). */
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs imports after the upload has been answered. It remembers the jobs under way so that
 * the app can let them finish before it closes the database.
 */
export class ImportRunner {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly deps: { db: Db; config: Config; log: FastifyBaseLogger }) {}

  /** Parses and checks the file (a 400 writes nothing), creates the job, and starts it. */
  async start(actor: Actor, kind: ImportKind, body: string): Promise<ImportJob> {
    const admin = requireOrganisationAdmin(actor);
    const handler = handlers[kind];
    const rows = parseCsv(body, handler.columns);
    const job = await withTenant(this.deps.db, admin.tenantId, async (trx) => {
      const created = await repo.insertJob(trx, { tenantId: admin.tenantId, kind, totalRows: rows.length, createdBy: admin.userId });
      await appendAudit(trx, admin, [{ action: `import.${kind}`, entityType: 'import_job', entityId: created.id }]);
      return created;
    });
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.process(admin, job.id, handler, rows))
      .finally(() => this.running.delete(run));
    this.running.add(run);
    return toJob(job);
  }

  /** Waits for the jobs under way (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }

  private async process(actor: StaffActor, jobId: string, handler: ImportHandler, rows: Parameters<ImportHandler['plan']>[0]) {
    const { db, config } = this.deps;
    try {
      const batches = await handler.plan(rows, { db, actor, config });
      for (const batch of batches) {
        await withTenant(db, actor.tenantId, async (trx) => {
          const found = batch.write ? await batch.write(trx) : [];
          const rejections = [...batch.rejections, ...found].sort((a, b) => a.row - b.row);
          const rejectedRows = new Set(rejections.map((r) => r.row));
          const accepted = batch.rows.filter((r) => !rejectedRows.has(r)).length;
          await repo.recordProgress(trx, jobId, { processed: batch.rows.length, accepted, rejections });
        });
        await nextTick();
      }
      await withTenant(db, actor.tenantId, (trx) => repo.finishJob(trx, jobId, 'done'));
    } catch (err) {
      // By type and code only: a driver's message may quote a value from the file.
      const e = err as { name?: string; code?: string };
      this.deps.log.error({ errName: e.name, errCode: e.code, jobId }, 'import failed');
      const failure: ImportRejection = { row: 0, field: 'file', code: 'import_failed' };
      await withTenant(db, actor.tenantId, (trx) => repo.finishJob(trx, jobId, 'failed', [failure])).catch(() => undefined);
    }
  }
}

/**
 * At start, before any request: a job still marked running was cut off when the process that
 * ran it stopped (crash, kill, power), since jobs run only inside the process that accepted the
 * upload. It is marked failed so the administrator sees it ended and can upload the file again;
 * the batches it had committed stay. Assumes one Samla process per database, as the PGlite
 * folder lock ensures; several servers on one PostgreSQL would need a per-process job owner.
 */
export async function failInterruptedImports(ownerDb: Db): Promise<number> {
  const interrupted: ImportRejection = { row: 0, field: 'file', code: 'import_interrupted' };
  let failed = 0;
  for (const tenantId of await repo.tenantsWithRunningJobs(ownerDb)) {
    failed += await withTenant(ownerDb, tenantId, (trx) => repo.failRunningJobs(trx, interrupted));
  }
  return failed;
}

export async function getImportJob(db: Db, actor: Actor, id: string): Promise<ImportJob> {
  const admin = requireOrganisationAdmin(actor);
  const row = await withTenant(db, admin.tenantId, (trx) => repo.findJob(trx, id));
  if (!row) throw notFound();
  return toJob(row);
}

export async function listImportJobs(db: Db, actor: Actor, query: z.output<typeof importJobListQuery>) {
  const admin = requireOrganisationAdmin(actor);
  const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
  return withTenant(db, admin.tenantId, async (trx) => {
    const rows = await repo.listJobs(trx, { after, limit: query.limit + 1 });
    const pageRows = rows.slice(0, query.limit);
    const last = pageRows[pageRows.length - 1];
    return { items: pageRows.map(toSummary), nextCursor: rows.length > query.limit && last ? encodeCursor([last.created_key, last.id]) : null };
  });
}
