import { sql, type Kysely } from 'kysely';

/**
 * BTI case work (issue 3): the level-0 concern, the case (stafettlogg) with its members,
 * relay holders and handovers, the append-only log, the action plan, consent and the
 * report of concern; tenant settings for deadlines, signals and the young person's age;
 * and a keyed digest of national ID numbers so that a resident logged in through
 * ID-porten can be matched to a guardian or child without storing or comparing the number.
 */
const TENANT = sql`(SELECT nullif(current_setting('app.tenant_id', true), '')::uuid)`;

/** Tables the application may read and insert but never change: the log is evidence. */
const APPEND_ONLY = new Set(['case_entries', 'case_holders']);

const TABLES = [
  'concerns', 'concern_steps', 'cases', 'case_members', 'case_holders', 'handover_requests', 'case_entries',
  'entry_drafts', 'goals', 'measures', 'evaluations', 'consents', 'consent_units', 'case_documents', 'reports_of_concern',
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE tenants
      ADD COLUMN concern_decision_days integer NOT NULL DEFAULT 14 CHECK (concern_decision_days BETWEEN 1 AND 90),
      ADD COLUMN young_person_age integer NOT NULL DEFAULT 15 CHECK (young_person_age IN (15, 16)),
      ADD COLUMN consent_warning_days integer NOT NULL DEFAULT 30 CHECK (consent_warning_days BETWEEN 1 AND 180),
      ADD COLUMN concern_signals jsonb NOT NULL DEFAULT '[]'::jsonb,
      ADD COLUMN district_number text NOT NULL DEFAULT '00' CHECK (district_number ~ '^[0-9]{2}$'),
      ADD COLUMN district_name text NOT NULL DEFAULT ''`.execute(db);

  // Filled by the application (platform/auth/pid-digests.ts) with the installation's key;
  // cleared by trigger when the number changes, so a stale digest never matches.
  for (const table of ['children', 'guardians']) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN pid_digest char(64)`.execute(db);
    await sql`CREATE INDEX ${sql.id(`${table}_pid_digest_idx`)} ON ${sql.table(table)} (pid_digest)`.execute(db);
    await sql`CREATE INDEX ${sql.id(`${table}_pid_digest_missing_idx`)} ON ${sql.table(table)} (id) WHERE pid_digest IS NULL`.execute(db);
  }
  await sql`CREATE FUNCTION samla_clear_pid_digest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.national_id IS DISTINCT FROM OLD.national_id THEN NEW.pid_digest := NULL; END IF;
        RETURN NEW;
      END $$`.execute(db);
  for (const table of ['children', 'guardians']) {
    await sql`CREATE TRIGGER clear_pid_digest BEFORE UPDATE ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION samla_clear_pid_digest()`.execute(db);
  }

  await sql`CREATE TABLE concerns (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      child_id uuid NOT NULL REFERENCES children(id),
      unit_id uuid NOT NULL REFERENCES units(id),
      author_id uuid NOT NULL REFERENCES users(id),
      observed_on date NOT NULL,
      observation text NOT NULL,
      concern_scale smallint NOT NULL CHECK (concern_scale BETWEEN 1 AND 4),
      signals jsonb NOT NULL DEFAULT '[]'::jsonb,
      guardians_not_contacted boolean NOT NULL DEFAULT false,
      decision_due date NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed','case_opened','reported')),
      decision_reason text,
      decided_at timestamptz,
      decided_by uuid REFERENCES users(id),
      case_id uuid,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX concerns_author_idx ON concerns (tenant_id, author_id, status, decision_due)`.execute(db);
  await sql`CREATE INDEX concerns_unit_idx ON concerns (tenant_id, unit_id, status, decision_due)`.execute(db);
  await sql`CREATE INDEX concerns_child_idx ON concerns (child_id)`.execute(db);

  await sql`CREATE TABLE concern_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      concern_id uuid NOT NULL REFERENCES concerns(id),
      kind text NOT NULL CHECK (kind IN ('discussion_colleague','discussion_leader','conversation_child','conversation_guardians')),
      occurred_on date NOT NULL,
      summary text NOT NULL,
      author_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX concern_steps_concern_idx ON concern_steps (concern_id, occurred_on)`.execute(db);

  await sql`CREATE TABLE cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      child_id uuid NOT NULL REFERENCES children(id),
      owning_unit_id uuid NOT NULL REFERENCES units(id),
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
      holder_id uuid NOT NULL REFERENCES users(id),
      concern_id uuid REFERENCES concerns(id),
      opened_by uuid NOT NULL REFERENCES users(id),
      opened_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      close_reason text CHECK (close_reason IN ('goals_reached','moved','other_service','guardians_withdrew','other')),
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`ALTER TABLE concerns ADD CONSTRAINT concerns_case_fk FOREIGN KEY (case_id) REFERENCES cases(id)`.execute(db);
  await sql`CREATE INDEX cases_holder_idx ON cases (tenant_id, holder_id, status)`.execute(db);
  await sql`CREATE INDEX cases_unit_idx ON cases (tenant_id, owning_unit_id, status, opened_at DESC, id)`.execute(db);
  await sql`CREATE INDEX cases_child_idx ON cases (child_id)`.execute(db);

  await sql`CREATE TABLE case_members (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      user_id uuid NOT NULL REFERENCES users(id),
      added_by uuid NOT NULL REFERENCES users(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      removed_at timestamptz,
      PRIMARY KEY (case_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX case_members_user_idx ON case_members (tenant_id, user_id) WHERE removed_at IS NULL`.execute(db);

  await sql`CREATE TABLE case_holders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      user_id uuid NOT NULL REFERENCES users(id),
      unit_id uuid NOT NULL REFERENCES units(id),
      from_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX case_holders_case_idx ON case_holders (case_id, from_at)`.execute(db);

  await sql`CREATE TABLE handover_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      from_user_id uuid NOT NULL REFERENCES users(id),
      to_user_id uuid NOT NULL REFERENCES users(id),
      to_unit_id uuid REFERENCES units(id),
      message text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','declined','cancelled')),
      answer_note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX handover_one_pending_idx ON handover_requests (case_id) WHERE status = 'pending'`.execute(db);
  await sql`CREATE INDEX handover_to_idx ON handover_requests (tenant_id, to_user_id) WHERE status = 'pending'`.execute(db);

  await sql`CREATE TABLE case_entries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      kind text NOT NULL CHECK (kind IN ('observation','conversation','child_voice','guardians_view','meeting','decision',
        'evaluation','level_change','handover','consent_event','report_sent','note','opened','closed','reopened','correction')),
      occurred_on date NOT NULL,
      body text NOT NULL,
      attendees text,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      corrects_entry_id uuid REFERENCES case_entries(id),
      author_user_id uuid REFERENCES users(id),
      author_kind text NOT NULL CHECK (author_kind IN ('staff','guardian','young_person','system')),
      author_guardian_id uuid REFERENCES guardians(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX case_entries_case_idx ON case_entries (case_id, created_at, id)`.execute(db);
  await sql`CREATE INDEX case_entries_corrects_idx ON case_entries (corrects_entry_id) WHERE corrects_entry_id IS NOT NULL`.execute(db);

  await sql`CREATE TABLE entry_drafts (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      user_id uuid NOT NULL REFERENCES users(id),
      content jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (case_id, user_id)
    )`.execute(db);

  await sql`CREATE TABLE goals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      description text NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','achieved','dropped')),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX goals_case_idx ON goals (case_id)`.execute(db);

  await sql`CREATE TABLE measures (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      goal_id uuid NOT NULL REFERENCES goals(id),
      description text NOT NULL,
      responsible_user_id uuid REFERENCES users(id),
      responsible_unit_id uuid REFERENCES units(id),
      start_on date NOT NULL,
      end_on date,
      evaluation_due date NOT NULL,
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','ongoing','completed','stopped')),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (responsible_user_id IS NOT NULL OR responsible_unit_id IS NOT NULL),
      CHECK (end_on IS NULL OR end_on >= start_on)
    )`.execute(db);
  await sql`CREATE INDEX measures_case_idx ON measures (case_id)`.execute(db);
  await sql`CREATE INDEX measures_due_idx ON measures (tenant_id, evaluation_due) WHERE status IN ('planned','ongoing')`.execute(db);

  await sql`CREATE TABLE evaluations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      measure_id uuid NOT NULL REFERENCES measures(id),
      evaluated_on date NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('achieved','partly','not')),
      learned text NOT NULL,
      next_steps text NOT NULL,
      author_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX evaluations_measure_idx ON evaluations (measure_id, evaluated_on)`.execute(db);

  await sql`CREATE TABLE case_documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      file_name text NOT NULL,
      content_type text NOT NULL,
      size_bytes integer NOT NULL,
      content bytea NOT NULL,
      uploaded_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`CREATE TABLE consents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      decision text NOT NULL CHECK (decision IN ('given','refused')),
      guardian_ids uuid[] NOT NULL DEFAULT '{}',
      young_person boolean NOT NULL DEFAULT false,
      purpose text NOT NULL,
      valid_from date NOT NULL,
      valid_to date NOT NULL,
      document_id uuid REFERENCES case_documents(id),
      recorded_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      withdrawn_at timestamptz,
      withdrawn_by_user_id uuid REFERENCES users(id),
      withdrawn_reason text,
      CHECK (valid_to >= valid_from),
      CHECK (cardinality(guardian_ids) > 0 OR young_person)
    )`.execute(db);
  await sql`CREATE INDEX consents_case_idx ON consents (case_id)`.execute(db);
  await sql`CREATE INDEX consents_expiry_idx ON consents (tenant_id, valid_to) WHERE withdrawn_at IS NULL AND decision = 'given'`.execute(db);

  await sql`CREATE TABLE consent_units (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      consent_id uuid NOT NULL REFERENCES consents(id),
      unit_id uuid NOT NULL REFERENCES units(id),
      PRIMARY KEY (consent_id, unit_id)
    )`.execute(db);
  await sql`CREATE INDEX consent_units_unit_idx ON consent_units (unit_id)`.execute(db);

  await sql`CREATE TABLE reports_of_concern (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      child_id uuid NOT NULL REFERENCES children(id),
      concern_id uuid REFERENCES concerns(id),
      case_id uuid REFERENCES cases(id),
      unit_id uuid NOT NULL REFERENCES units(id),
      author_id uuid NOT NULL REFERENCES users(id),
      content jsonb NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','sent')),
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (concern_id IS NOT NULL OR case_id IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX reports_child_idx ON reports_of_concern (child_id)`.execute(db);
  await sql`CREATE INDEX reports_author_idx ON reports_of_concern (tenant_id, author_id)`.execute(db);

  for (const table of TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} FORCE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY owner_all ON ${sql.table(table)} TO CURRENT_USER USING (true) WITH CHECK (true)`.execute(db);
    await sql`CREATE POLICY tenant_isolation ON ${sql.table(table)} TO samla_app
        USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`.execute(db);
    const grants = APPEND_ONLY.has(table) ? sql`SELECT, INSERT` : sql`SELECT, INSERT, UPDATE, DELETE`;
    await sql`GRANT ${grants} ON ${sql.table(table)} TO samla_app`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('The case-work migration cannot be reverted');
}
