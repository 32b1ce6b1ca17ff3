import { sql, Migrator, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/platform/db/database.js';
import * as m0001 from '../../src/server/platform/db/migrations/0001_foundation.js';
import * as m0002 from '../../src/server/platform/db/migrations/0002_rls_tenant_initplan.js';
import * as m0003 from '../../src/server/platform/db/migrations/0003_audit_heads.js';
import * as m0004 from '../../src/server/platform/db/migrations/0004_oidc_state_binding.js';
import * as m0005 from '../../src/server/platform/db/migrations/0005_case_work.js';
import * as m0006 from '../../src/server/platform/db/migrations/0006_guardian_restriction.js';
import * as m0007 from '../../src/server/platform/db/migrations/0007_public_content.js';
import * as m0009 from '../../src/server/platform/db/migrations/0009_catalogue_fields.js';

/**
 * Migration 0009 on a catalogue written before it: services keep what they said — self-referral
 * becomes «self» among who can refer, the one phone number the first of the list, cost «not
 * stated», no drop-in, the age range as it was — and the search vector is rebuilt.
 */
const before: Record<string, Migration> = {
  '0001_foundation': m0001, '0002_rls_tenant_initplan': m0002, '0003_audit_heads': m0003, '0004_oidc_state_binding': m0004,
  '0005_case_work': m0005, '0006_guardian_restriction': m0006, '0007_public_content': m0007,
};
const migrate = (db: ConstructorParameters<typeof Migrator>[0]['db'], migrations: Record<string, Migration>) =>
  new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest();

describe('migration 0009 on existing services', () => {
  it('moves self-referral into who can refer and the phone into the phone list, with defaults for the rest', async () => {
    const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      const db = handle.db;
      expect((await migrate(db, before)).error).toBeUndefined();
      const { rows: [tenant] } = await sql<{ id: string }>`INSERT INTO tenants (municipality_number, name) VALUES ('4601', 'Bergen kommune') RETURNING id`.execute(db);
      const content = (name: string) => JSON.stringify({
        nb: { name, summary: 'For barn i barnehagen.', whoWeAre: '', whatWeOffer: 'Samtaler.', targetGroup: '', howToGetHelp: 'Ring.', openingHours: '' },
        nn: null, en: null,
      });
      await sql`INSERT INTO services (tenant_id, slug, service_type, status, age_from, age_to, self_referral, content, phone, sort_key)
        VALUES (${tenant!.id}, 'apen', 'kindergarten', 'published', 0, 5, true, ${content('Åpen barnehage')}, '22 33 44 55', 'apen'),
               (${tenant!.id}, 'ppt', 'ppt', 'published', 0, 16, false, ${content('PPT')}, NULL, 'ppt')`.execute(db);
      expect((await migrate(db, { ...before, '0009_catalogue_fields': m0009 })).error).toBeUndefined();
      const { rows } = await sql<{
        slug: string; referrers: string[]; self_referral: boolean; phones: unknown; cost: string | null; drop_in: boolean;
        age_from: number; age_to: number; target_groups: string[]; found: boolean;
      }>`SELECT slug, referrers, self_referral, phones, cost, drop_in, age_from, age_to, target_groups,
          search_vector @@ samla_catalogue_query('kindergarten') AS found FROM services ORDER BY slug`.execute(db);
      expect(rows).toEqual([
        { slug: 'apen', referrers: ['self'], self_referral: true, phones: [{ number: '22 33 44 55', label: '' }], cost: null, drop_in: false,
          age_from: 0, age_to: 5, target_groups: [], found: true },
        { slug: 'ppt', referrers: [], self_referral: false, phones: [], cost: null, drop_in: false, age_from: 0, age_to: 16, target_groups: [], found: false },
      ]);
    } finally {
      await handle.close();
    }
  }, 60_000);
});
