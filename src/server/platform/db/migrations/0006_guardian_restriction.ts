import { sql, type Kysely } from 'kysely';

/**
 * Where violence or abuse is suspected, the guardians are not contacted first (DESIGN §3): a
 * case opened from such a concern is closed to residents (guardians and the young person)
 * until staff lift the restriction with a reason. And one draft report of concern per concern
 * or case, so that two clicks at once cannot start two drafts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE cases ADD COLUMN residents_restricted boolean NOT NULL DEFAULT false`.execute(db);
  await sql`CREATE UNIQUE INDEX reports_one_draft_per_case_idx ON reports_of_concern (case_id)
      WHERE status = 'draft' AND case_id IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX reports_one_draft_per_concern_idx ON reports_of_concern (concern_id)
      WHERE status = 'draft' AND case_id IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX reports_one_draft_per_concern_idx`.execute(db);
  await sql`DROP INDEX reports_one_draft_per_case_idx`.execute(db);
  await sql`ALTER TABLE cases DROP COLUMN residents_restricted`.execute(db);
}
