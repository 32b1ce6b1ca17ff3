import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_rls_tenant_initplan.js';
import * as m0003 from './migrations/0003_audit_heads.js';
import * as m0004 from './migrations/0004_oidc_state_binding.js';
import * as m0005 from './migrations/0005_case_work.js';
import * as m0006 from './migrations/0006_guardian_restriction.js';
import * as m0007 from './migrations/0007_public_content.js';
import * as m0010 from './migrations/0010_case_work_as_seeds.js';
import * as m0011 from './migrations/0011_handover_keep_access.js';
import * as m0009 from './migrations/0009_catalogue_fields.js';
import * as m0008 from './migrations/0008_level_model.js';
import * as m0014 from './migrations/0014_main_language.js';

/** Migrations are listed here, in order, so that the same list runs from source and from dist. */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_rls_tenant_initplan': m0002,
  '0003_audit_heads': m0003,
  '0004_oidc_state_binding': m0004,
  '0005_case_work': m0005,
  '0006_guardian_restriction': m0006,
  '0007_public_content': m0007,
  '0010_case_work_as_seeds': m0010,
  '0011_handover_keep_access': m0011,
  '0009_catalogue_fields': m0009,
  '0008_level_model': m0008,
  '0014_main_language': m0014,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
