import type { Executor } from '../../platform/db/database.js';

/**
 * Owner connection only: a public page names its municipality by slug before any tenant is
 * known, and the application role sees no tenant outside withTenant. Only what a public page
 * may show is read.
 */
export async function publicTenantBySlug(ownerDb: Executor, slug: string) {
  return ownerDb
    .selectFrom('tenants')
    .select(['id', 'slug', 'name', 'accessibility_statement_url', 'main_language'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}
