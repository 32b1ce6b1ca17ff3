import { sql, type Kysely } from 'kysely';

/**
 * The foundation schema. Every table holding personal data carries tenant_id and is
 * protected by row-level security (FORCE, so even the owner is subject to it when it
 * switches to the application role). Never edit once landed; add a new migration.
 */
const TENANT_TABLES = [
  'units',
  'users',
  'user_municipal_roles',
  'unit_memberships',
  'children',
  'enrolments',
  'guardians',
  'child_guardians',
  'audit_log',
  'import_jobs',
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  // Roles are cluster-wide: create once, tolerate it existing (tests create many databases).
  await sql`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samla_app') THEN
        CREATE ROLE samla_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
      END IF;
    END $$`.execute(db);
  // A non-superuser owner needs membership to SET ROLE; a superuser already has it.
  await sql`DO $$ BEGIN
      EXECUTE 'GRANT samla_app TO ' || quote_ident(current_user);
    EXCEPTION WHEN OTHERS THEN NULL;
    END $$`.execute(db);

  await sql`CREATE TABLE tenants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_number char(4) NOT NULL UNIQUE CHECK (municipality_number ~ '^[0-9]{4}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      accessibility_statement_url text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`CREATE TABLE units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      sort_key text NOT NULL,
      type text NOT NULL CHECK (type IN ('kindergarten','primary_school','lower_secondary_school','sfo',
        'health_centre','ppt','child_welfare','nav','leisure','mental_health','other')),
      organisation_number char(9),
      created_at timestamptz NOT NULL DEFAULT now(),
      archived_at timestamptz,
      UNIQUE (tenant_id, name)
    )`.execute(db);
  await sql`CREATE INDEX units_tenant_sort ON units (tenant_id, sort_key, id)`.execute(db);

  await sql`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      sort_key text NOT NULL,
      email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
      external_subject text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tenant_id, email)
    )`.execute(db);
  // The identity provider's subject is global: login finds the user before the tenant is known.
  await sql`CREATE UNIQUE INDEX users_external_subject ON users (external_subject) WHERE external_subject IS NOT NULL`.execute(db);
  await sql`CREATE INDEX users_tenant_sort ON users (tenant_id, sort_key, id)`.execute(db);

  await sql`CREATE TABLE user_municipal_roles (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('system_admin','municipal_coordinator','analyst')),
      PRIMARY KEY (user_id, role)
    )`.execute(db);

  await sql`CREATE TABLE unit_memberships (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES units(id),
      role text NOT NULL CHECK (role IN ('employee','leader','resource_person')),
      PRIMARY KEY (user_id, unit_id, role)
    )`.execute(db);
  await sql`CREATE INDEX unit_memberships_unit ON unit_memberships (unit_id, role)`.execute(db);

  await sql`CREATE TABLE children (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      national_id char(11) NOT NULL CHECK (national_id ~ '^[0-9]{11}$'),
      id_type text NOT NULL CHECK (id_type IN ('fnr','dnr','hnr','tnr','dnr_and_hnr','dnr_and_tnr','hnr_and_tnr','dnr_and_hnr_and_tnr')),
      given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200),
      family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
      sort_key text NOT NULL,
      search_text text NOT NULL,
      birth_date date NOT NULL,
      street_address text,
      postal_code text,
      city text,
      address_protection text NOT NULL DEFAULT 'none' CHECK (address_protection IN ('none','fortrolig','strengt_fortrolig')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tenant_id, national_id)
    )`.execute(db);
  await sql`CREATE INDEX children_tenant_sort ON children (tenant_id, sort_key, id)`.execute(db);
  await sql`CREATE INDEX children_search_trgm ON children USING gin (search_text gin_trgm_ops)`.execute(db);

  await sql`CREATE TABLE enrolments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      child_id uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES units(id),
      group_name text CHECK (length(group_name) <= 100),
      from_date date NOT NULL,
      to_date date,
      CHECK (to_date IS NULL OR to_date >= from_date)
    )`.execute(db);
  await sql`CREATE INDEX enrolments_unit_child ON enrolments (unit_id, child_id)`.execute(db);
  await sql`CREATE INDEX enrolments_child ON enrolments (child_id)`.execute(db);

  await sql`CREATE TABLE guardians (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      national_id char(11) NOT NULL CHECK (national_id ~ '^[0-9]{11}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      sort_key text NOT NULL,
      phone text,
      email text,
      street_address text,
      postal_code text,
      city text,
      address_protection text NOT NULL DEFAULT 'none' CHECK (address_protection IN ('none','fortrolig','strengt_fortrolig')),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tenant_id, national_id)
    )`.execute(db);

  await sql`CREATE TABLE child_guardians (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      child_id uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
      guardian_id uuid NOT NULL REFERENCES guardians(id) ON DELETE CASCADE,
      relation text NOT NULL DEFAULT 'parent' CHECK (relation IN ('mother','father','parent','other')),
      parental_responsibility boolean NOT NULL,
      PRIMARY KEY (child_id, guardian_id)
    )`.execute(db);
  await sql`CREATE INDEX child_guardians_guardian ON child_guardians (guardian_id)`.execute(db);

  await sql`CREATE TABLE audit_log (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      seq bigint NOT NULL,
      occurred_at timestamptz NOT NULL,
      actor_user_id uuid,
      actor_kind text NOT NULL,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id uuid,
      child_id uuid,
      request_id text NOT NULL,
      prev_hash char(64) NOT NULL,
      hash char(64) NOT NULL,
      PRIMARY KEY (tenant_id, seq)
    )`.execute(db);
  await sql`CREATE INDEX audit_log_child ON audit_log (tenant_id, child_id, seq) WHERE child_id IS NOT NULL`.execute(db);

  await sql`CREATE TABLE import_jobs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      kind text NOT NULL CHECK (kind IN ('units','staff','children')),
      status text NOT NULL CHECK (status IN ('running','done','failed')),
      total_rows int NOT NULL DEFAULT 0,
      processed_rows int NOT NULL DEFAULT 0,
      accepted_rows int NOT NULL DEFAULT 0,
      rejected jsonb NOT NULL DEFAULT '[]',
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`.execute(db);

  // Platform tables without tenant context: looked up before the tenant is known.
  await sql`CREATE TABLE sessions (
      id char(64) PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('staff','resident')),
      tenant_id uuid REFERENCES tenants(id),
      user_id uuid REFERENCES users(id) ON DELETE CASCADE,
      resident_pid_hash char(64),
      csrf_token text NOT NULL,
      via text NOT NULL CHECK (via IN ('oidc','demo')),
      id_token text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX sessions_expires ON sessions (expires_at)`.execute(db);
  await sql`CREATE TABLE oidc_login_states (
      state text PRIMARY KEY,
      provider text NOT NULL CHECK (provider IN ('staff','resident')),
      code_verifier text NOT NULL,
      nonce text NOT NULL,
      return_to text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`ALTER TABLE tenants ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`ALTER TABLE tenants FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY tenant_isolation ON tenants TO samla_app
      USING (id = nullif(current_setting('app.tenant_id', true), '')::uuid)`.execute(db);
  await sql`GRANT SELECT, UPDATE ON tenants TO samla_app`.execute(db);
  for (const table of TENANT_TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} FORCE ROW LEVEL SECURITY`.execute(db);
    // The owner (migrations, login lookups, the demo generator) keeps full access;
    // the application role sees only the tenant set for the transaction.
    await sql`CREATE POLICY owner_all ON ${sql.table(table)} TO CURRENT_USER USING (true) WITH CHECK (true)`.execute(db);
    await sql`CREATE POLICY tenant_isolation ON ${sql.table(table)} TO samla_app
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`.execute(db);
    const grants = table === 'audit_log' ? sql`SELECT, INSERT` : sql`SELECT, INSERT, UPDATE, DELETE`;
    await sql`GRANT ${grants} ON ${sql.table(table)} TO samla_app`.execute(db);
  }
  await sql`CREATE POLICY owner_all ON tenants TO CURRENT_USER USING (true) WITH CHECK (true)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be reverted');
}
