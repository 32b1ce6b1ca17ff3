import { sql, type Kysely } from 'kysely';

/**
 * Levels as the municipality names them, and guide steps with deadlines (issue 9, items 2–3).
 *
 * - tenants.level_model: the municipality's levels in order, [{ key, content: { nb, nn, en } of
 *   { name, title, description } }]; NULL while it uses BTI's default 0–3 (features/levels), so the
 *   default's texts stay in one place and existing tenants need no backfill.
 * - cases.level and guide_steps.level: a model has 2–6 levels, so the checks allow 1–5 and 0–5
 *   (the application checks a level against the tenant's model).
 * - guide_steps.deadline_days: «innen 14 dager»; staff_function: who does it, as one of the staff
 *   functions (contracts/common.ts); work_point: the point of case work the step is tied to — one
 *   step per tenant may be the concern's decision, whose deadline then sets the concern's.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN level_model jsonb CHECK (level_model IS NULL OR jsonb_typeof(level_model) = 'array')`.execute(db);
  await sql`ALTER TABLE cases DROP CONSTRAINT cases_level_check`.execute(db);
  await sql`ALTER TABLE cases ADD CONSTRAINT cases_level_check CHECK (level BETWEEN 1 AND 5)`.execute(db);
  await sql`ALTER TABLE guide_steps DROP CONSTRAINT guide_steps_level_check`.execute(db);
  await sql`ALTER TABLE guide_steps ADD CONSTRAINT guide_steps_level_check CHECK (level BETWEEN 0 AND 5)`.execute(db);
  await sql`ALTER TABLE guide_steps
      ADD COLUMN deadline_days smallint CHECK (deadline_days BETWEEN 1 AND 365),
      ADD COLUMN staff_function text CHECK (staff_function ~ '^[a-z_]+$'),
      ADD COLUMN work_point text CHECK (work_point IN ('concern_decision'))`.execute(db);
  await sql`CREATE UNIQUE INDEX guide_steps_work_point_idx ON guide_steps (tenant_id, work_point) WHERE work_point IS NOT NULL`.execute(db);
  await sql`CREATE INDEX cases_tenant_level_idx ON cases (tenant_id, level)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX cases_tenant_level_idx`.execute(db);
  await sql`DROP INDEX guide_steps_work_point_idx`.execute(db);
  await sql`ALTER TABLE guide_steps DROP COLUMN deadline_days, DROP COLUMN staff_function, DROP COLUMN work_point`.execute(db);
  await sql`ALTER TABLE guide_steps DROP CONSTRAINT guide_steps_level_check`.execute(db);
  await sql`ALTER TABLE guide_steps ADD CONSTRAINT guide_steps_level_check CHECK (level BETWEEN 0 AND 3)`.execute(db);
  await sql`ALTER TABLE cases DROP CONSTRAINT cases_level_check`.execute(db);
  await sql`ALTER TABLE cases ADD CONSTRAINT cases_level_check CHECK (level BETWEEN 1 AND 3)`.execute(db);
  await sql`ALTER TABLE tenants DROP COLUMN level_model`.execute(db);
}
