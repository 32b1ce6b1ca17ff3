import type { Executor } from '../../platform/db/database.js';

const tenantColumns = ['id', 'municipality_number', 'name', 'accessibility_statement_url'] as const;

/** Under withTenant, RLS shows only the transaction's own tenant. */
export async function findTenant(db: Executor, id: string) {
  return db.selectFrom('tenants').select(tenantColumns).where('id', '=', id).executeTakeFirst();
}

export async function updateTenant(db: Executor, id: string, v: { name?: string; accessibilityStatementUrl?: string | null }) {
  const set = {
    ...(v.name !== undefined ? { name: v.name } : {}),
    ...(v.accessibilityStatementUrl !== undefined ? { accessibility_statement_url: v.accessibilityStatementUrl } : {}),
  };
  if (Object.keys(set).length === 0) return findTenant(db, id);
  return db.updateTable('tenants').set(set).where('id', '=', id).returning(tenantColumns).executeTakeFirst();
}

/** Owner connection only: the application role can neither see other tenants nor insert one. */
export async function tenantIdByNumber(ownerDb: Executor, municipalityNumber: string) {
  return (await ownerDb.selectFrom('tenants').select('id').where('municipality_number', '=', municipalityNumber).executeTakeFirst())?.id;
}

export async function insertTenant(ownerDb: Executor, v: { municipalityNumber: string; name: string }) {
  return ownerDb
    .insertInto('tenants')
    .values({ municipality_number: v.municipalityNumber, name: v.name })
    .returning(tenantColumns)
    .executeTakeFirstOrThrow();
}
