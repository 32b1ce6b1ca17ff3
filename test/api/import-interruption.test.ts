import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUser, sessionHeaders } from '../helpers/factories.js';
import { failInterruptedImports } from '../../src/server/features/imports/imports.service.js';

let t: TestContext;
let admin: Record<string, string>;
const jobs = {} as Record<'running' | 'runningElsewhere' | 'done' | 'failed', string>;

/** A job row as a process would have left it; `rejected` holds what its committed batches reported. */
async function job(tenantId: string, userId: string, status: 'running' | 'done' | 'failed', rejected: object[] = []) {
  const row = await t.database.db
    .insertInto('import_jobs')
    .values({
      tenant_id: tenantId, kind: 'children', status, total_rows: 1000, processed_rows: 400, accepted_rows: 399,
      rejected: JSON.stringify(rejected), created_by: userId, ...(status === 'running' ? {} : { finished_at: sql<Date>`now()` }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const user = await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] });
  admin = await sessionHeaders(db, user);
  jobs.running = await job(tenant.id, user.id, 'running', [{ row: 17, field: 'national_id', code: 'national_id_invalid' }]);
  jobs.done = await job(tenant.id, user.id, 'done');
  jobs.failed = await job(tenant.id, user.id, 'failed', [{ row: 0, field: 'file', code: 'import_failed' }]);
  const other = await buildTenant(db);
  jobs.runningElsewhere = await job(other.id, (await buildUser(db, other.id)).id, 'running');
});
afterAll(() => t.close());

const get = async (id: string) => (await t.app.inject({ url: `/api/admin/imports/${id}`, headers: admin })).json();

describe('imports cut off by a stopped process', () => {
  it('are marked failed in every tenant, keeping what their committed batches reported', async () => {
    expect(await failInterruptedImports(t.database.db)).toBe(2);
    const job = await get(jobs.running);
    expect(job).toMatchObject({
      status: 'failed', totalRows: 1000, processedRows: 400, acceptedRows: 399,
      rejected: [{ row: 17, field: 'national_id', code: 'national_id_invalid' }, { row: 0, field: 'file', code: 'import_interrupted' }],
    });
    expect(job.finishedAt).not.toBeNull();
    const elsewhere = await t.database.db.selectFrom('import_jobs').select(['status', 'rejected']).where('id', '=', jobs.runningElsewhere).executeTakeFirstOrThrow();
    expect(elsewhere).toEqual({ status: 'failed', rejected: [{ row: 0, field: 'file', code: 'import_interrupted' }] });
  });

  it('leaves finished jobs alone, and does nothing the second time', async () => {
    expect(await get(jobs.done)).toMatchObject({ status: 'done', rejected: [] });
    expect(await get(jobs.failed)).toMatchObject({ status: 'failed', rejected: [{ row: 0, field: 'file', code: 'import_failed' }] });
    expect(await failInterruptedImports(t.database.db)).toBe(0);
    expect((await get(jobs.running)).rejected).toHaveLength(2);
  });
});
