import { sql, type Kysely } from 'kysely';

/**
 * A handover that moves the case to another unit shuts the old unit out (issue 9). The request
 * now carries how that is handled: the consent recorded on the way (covering the old unit), the
 * people named to keep access through it (added as members on acceptance), and measures whose
 * responsible person or service is changed on acceptance. Existing requests carry none.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE handover_requests
      ADD COLUMN keep_consent_id uuid REFERENCES consents(id),
      ADD COLUMN keep_user_ids uuid[] NOT NULL DEFAULT '{}',
      ADD COLUMN reassignments jsonb NOT NULL DEFAULT '[]'::jsonb`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE handover_requests DROP COLUMN reassignments, DROP COLUMN keep_user_ids, DROP COLUMN keep_consent_id`.execute(db);
}
