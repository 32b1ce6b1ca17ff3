import { sql, type Kysely } from 'kysely';

/**
 * Case work as the municipalities' seed documents run it (issue 9, item 6):
 * - a staff member's function (kontaktlærer, helsesykepleier, …), nullable: existing staff have
 *   none until an administrator sets it. The codes are checked by the API (contracts'
 *   staffFunctions), not here, so that the list can grow without a migration;
 * - where the worry came from, on the concern (null on concerns registered before this), and a
 *   talk of kind «anonymous consultation with another service», with the service named;
 * - a measure carried out by the family or the child (responsible_party), as well as by a staff
 *   member or a service: one of the three is required;
 * - what a consent lets be shared, and the child's own view (or why it was not obtained);
 * - the municipality's age for hearing the child (7 by default) and what happens when a case
 *   moves to level 2 or 3 with no other service involved: warn (a reason is asked for) or
 *   require (a consent covering another service first).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN staff_function text`.execute(db);
  await sql`ALTER TABLE concerns ADD COLUMN source text
      CHECK (source IN ('own_observation','told_by_others','child_or_family','closed_child_welfare_case'))`.execute(db);
  await sql`ALTER TABLE concern_steps DROP CONSTRAINT concern_steps_kind_check`.execute(db);
  await sql`ALTER TABLE concern_steps ADD CONSTRAINT concern_steps_kind_check
      CHECK (kind IN ('discussion_colleague','discussion_leader','conversation_child','conversation_guardians','anonymous_consultation'))`.execute(db);
  await sql`ALTER TABLE concern_steps ADD COLUMN service_name text,
      ADD CONSTRAINT concern_steps_service_named CHECK ((kind = 'anonymous_consultation') = (service_name IS NOT NULL))`.execute(db);
  await sql`ALTER TABLE measures ADD COLUMN responsible_party text CHECK (responsible_party IN ('guardians','child'))`.execute(db);
  await sql`ALTER TABLE measures DROP CONSTRAINT measures_check`.execute(db);
  await sql`ALTER TABLE measures ADD CONSTRAINT measures_responsible_check
      CHECK (responsible_user_id IS NOT NULL OR responsible_unit_id IS NOT NULL OR responsible_party IS NOT NULL)`.execute(db);
  await sql`ALTER TABLE consents ADD COLUMN information_shared text NOT NULL DEFAULT '',
      ADD COLUMN child_view text, ADD COLUMN child_view_missing_reason text`.execute(db);
  await sql`ALTER TABLE tenants
      ADD COLUMN child_hearing_age integer NOT NULL DEFAULT 7 CHECK (child_hearing_age BETWEEN 0 AND 18),
      ADD COLUMN level_without_other_service text NOT NULL DEFAULT 'warn' CHECK (level_without_other_service IN ('warn','require'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE tenants DROP COLUMN level_without_other_service, DROP COLUMN child_hearing_age`.execute(db);
  await sql`ALTER TABLE consents DROP COLUMN child_view_missing_reason, DROP COLUMN child_view, DROP COLUMN information_shared`.execute(db);
  await sql`DELETE FROM measures WHERE responsible_user_id IS NULL AND responsible_unit_id IS NULL`.execute(db);
  await sql`ALTER TABLE measures DROP CONSTRAINT measures_responsible_check`.execute(db);
  await sql`ALTER TABLE measures ADD CONSTRAINT measures_check CHECK (responsible_user_id IS NOT NULL OR responsible_unit_id IS NOT NULL)`.execute(db);
  await sql`ALTER TABLE measures DROP COLUMN responsible_party`.execute(db);
  await sql`DELETE FROM concern_steps WHERE kind = 'anonymous_consultation'`.execute(db);
  await sql`ALTER TABLE concern_steps DROP CONSTRAINT concern_steps_service_named, DROP COLUMN service_name`.execute(db);
  await sql`ALTER TABLE concern_steps DROP CONSTRAINT concern_steps_kind_check`.execute(db);
  await sql`ALTER TABLE concern_steps ADD CONSTRAINT concern_steps_kind_check
      CHECK (kind IN ('discussion_colleague','discussion_leader','conversation_child','conversation_guardians'))`.execute(db);
  await sql`ALTER TABLE concerns DROP COLUMN source`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN staff_function`.execute(db);
}
