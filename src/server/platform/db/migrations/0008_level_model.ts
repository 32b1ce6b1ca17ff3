import { sql, type Kysely } from 'kysely';

const TENANT = sql`(SELECT nullif(current_setting('app.tenant_id', true), '')::uuid)`;
/** The default guide's name, as features/guide/guide-defaults.ts has it (copied: the migration stays as it ran). */
const DEFAULT_NAME = JSON.stringify({ nb: 'Handlingsveileder', nn: 'Handlingsrettleiar', en: 'Action guide' });
const EMPTY = JSON.stringify({ nb: '', nn: null, en: null });

/**
 * Levels as the municipality names them, and guide steps with deadlines (issue 9, items 2–3).
 *
 * - tenants.level_model: the municipality's levels in order, [{ key, content: { nb, nn, en } of
 *   { name, title, description } }]; NULL while it uses BTI's default 0–3 (features/levels), so the
 *   default's texts stay in one place and existing tenants need no backfill.
 * - cases.level and guide_steps.level: a model has 2–6 levels, so the checks allow 1–5 and 0–5
 *   (the application checks a level against the tenant's model).
 * - guides: a municipality's action guides side by side (for schools, for kindergartens, …), each
 *   with its name and audience per language, slug, order and whether it is published; every step
 *   belongs to one. Existing steps move into one default guide per tenant («bti»). Step keys stay
 *   unique per tenant, so the old addresses /k/<slug>/veileder/<key> still find their step.
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

  // name and audience: { nb, nn, en } (nn and en null until translated)
  await sql`CREATE TABLE guides (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name jsonb NOT NULL,
      audience jsonb NOT NULL DEFAULT ${sql.lit(EMPTY)}::jsonb,
      position integer NOT NULL DEFAULT 0,
      published boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (tenant_id, slug)
    )`.execute(db);
  await sql`INSERT INTO guides (tenant_id, slug, name) SELECT DISTINCT tenant_id, 'bti', ${sql.lit(DEFAULT_NAME)}::jsonb FROM guide_steps`.execute(db);
  await sql`ALTER TABLE guide_steps ADD COLUMN guide_id uuid REFERENCES guides(id)`.execute(db);
  await sql`UPDATE guide_steps s SET guide_id = g.id FROM guides g WHERE g.tenant_id = s.tenant_id`.execute(db);
  await sql`ALTER TABLE guide_steps ALTER COLUMN guide_id SET NOT NULL`.execute(db);
  // A step written without a guide (the API before several guides, the demo, scripts) goes into the
  // tenant's first guide, made as the default one if the tenant has none yet.
  await sql`CREATE FUNCTION samla_guide_step_guide() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.guide_id IS NULL THEN
          SELECT id INTO NEW.guide_id FROM guides WHERE tenant_id = NEW.tenant_id ORDER BY position, slug LIMIT 1;
          IF NEW.guide_id IS NULL THEN
            INSERT INTO guides (tenant_id, slug, name) VALUES (NEW.tenant_id, 'bti', ${sql.lit(DEFAULT_NAME)}::jsonb)
              RETURNING id INTO NEW.guide_id;
          END IF;
        END IF;
        RETURN NEW;
      END $$`.execute(db);
  await sql`CREATE TRIGGER guide_steps_guide BEFORE INSERT ON guide_steps FOR EACH ROW EXECUTE FUNCTION samla_guide_step_guide()`.execute(db);
  await sql`CREATE INDEX guide_steps_guide_idx ON guide_steps (guide_id, level, position)`.execute(db);
  await sql`CREATE INDEX guides_order_idx ON guides (tenant_id, position, slug)`.execute(db);
  await sql`ALTER TABLE guides ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`ALTER TABLE guides FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY owner_all ON guides TO CURRENT_USER USING (true) WITH CHECK (true)`.execute(db);
  await sql`CREATE POLICY tenant_isolation ON guides TO samla_app USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`.execute(db);
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON guides TO samla_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER guide_steps_guide ON guide_steps`.execute(db);
  await sql`DROP FUNCTION samla_guide_step_guide()`.execute(db);
  await sql`ALTER TABLE guide_steps DROP COLUMN guide_id`.execute(db);
  await sql`DROP TABLE guides`.execute(db);
  await sql`DROP INDEX cases_tenant_level_idx`.execute(db);
  await sql`DROP INDEX guide_steps_work_point_idx`.execute(db);
  await sql`ALTER TABLE guide_steps DROP COLUMN deadline_days, DROP COLUMN staff_function, DROP COLUMN work_point`.execute(db);
  await sql`ALTER TABLE guide_steps DROP CONSTRAINT guide_steps_level_check`.execute(db);
  await sql`ALTER TABLE guide_steps ADD CONSTRAINT guide_steps_level_check CHECK (level BETWEEN 0 AND 3)`.execute(db);
  await sql`ALTER TABLE cases DROP CONSTRAINT cases_level_check`.execute(db);
  await sql`ALTER TABLE cases ADD CONSTRAINT cases_level_check CHECK (level BETWEEN 1 AND 3)`.execute(db);
  await sql`ALTER TABLE tenants DROP COLUMN level_model`.execute(db);
}
