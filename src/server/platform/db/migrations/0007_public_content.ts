import { sql, type Kysely } from 'kysely';

/**
 * The public face (issue 4): the service catalogue, the municipality's BTI action guide and
 * its library of plans, routines and templates, versioned. Each tenant gets a stable slug for
 * its public URLs (/k/<slug>/…), filled from the name by trigger so every way of creating a
 * tenant gets one.
 */
const TENANT = sql`(SELECT nullif(current_setting('app.tenant_id', true), '')::uuid)`;

const TABLES = ['services', 'guide_steps', 'documents', 'document_versions'] as const;

/*
 * Letters a slug folds to ASCII, both cases spelled out: under a C LC_CTYPE lower() changes
 * only A–Z, and «Ås» would lose its Å. Æ becomes ae (in the function); Sámi letters their base.
 */
const SLUG_FOLD: Record<string, string> = {
  a: 'ÅåÄäÁáÀàÂâ', c: 'ÇçČč', d: 'Đđ', e: 'ÉéÈèÊêËë', i: 'ÍíÌìÎîÏï', n: 'ÑñŊŋ', o: 'ØøÖöÓóÒòÔô', s: 'Šš', t: 'Ŧŧ', u: 'ÜüÚúÙùÛû',
  y: 'Ýý', z: 'Žž',
};
const FOLD_FROM = Object.values(SLUG_FOLD).join('');
const FOLD_TO = Object.entries(SLUG_FOLD).map(([to, from]) => to.repeat(from.length)).join('');

/*
 * serviceTypes and serviceNeeds of contracts/catalogue.ts as this migration was written, copied so
 * that the migration stays as it ran: a row outside them would fail the API's response validation
 * (a 500), so the database refuses it. A new type or need is a new migration.
 */
const SERVICE_TYPES = ['health', 'school', 'kindergarten', 'ppt', 'child_welfare', 'mental_health', 'family', 'leisure', 'nav', 'other'];
const SERVICE_NEEDS = [
  'someone_to_talk_to', 'mental_health', 'family_and_parenting', 'school_and_learning', 'language_and_speech', 'physical_health',
  'development', 'bullying', 'violence_and_abuse', 'substance_use', 'leisure_and_friends', 'economy_and_housing', 'disability',
];
const literals = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

/** A service's texts in these languages, joined for its search vector (names apart: they weigh most). */
const SERVICE_TEXTS = ['summary', 'targetGroup', 'whatWeOffer', 'whoWeAre', 'howToGetHelp'];
const joined = (langs: string[], fields: string[]) =>
  sql.raw(langs.flatMap((l) => fields.map((f) => `coalesce(content #>> '{${l},${f}}', '')`)).join(` || ' ' || `));

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN slug text CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')`.execute(db);
  // «Eksempel kommune» → eksempel, «Nord-Aurdal kommune» → nord-aurdal, «Ås kommune» → as. A taken
  // slug gets the municipality number (nes-9103), then -2, -3 … (nes-9103-2), so that no chain of
  // names raises a unique violation; only two tenants created at the same moment can still meet
  // on the index (tenant.service.ts answers that with 409).
  await sql`CREATE FUNCTION samla_tenant_slug() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        base text;
        candidate text;
        n integer := 1;
      BEGIN
        IF NEW.slug IS NOT NULL THEN
          RETURN NEW;
        END IF;
        base := lower(translate(replace(replace(NEW.name, 'Æ', 'ae'), 'æ', 'ae'), ${sql.lit(FOLD_FROM)}, ${sql.lit(FOLD_TO)}));
        base := regexp_replace(trim(both '-' from regexp_replace(base, '[^a-z0-9]+', '-', 'g')), '-kommune$', '');
        candidate := base;
        IF candidate = '' OR EXISTS (SELECT 1 FROM tenants t WHERE t.slug = candidate AND t.id <> NEW.id) THEN
          base := trim(both '-' from base || '-' || NEW.municipality_number);
          candidate := base;
          WHILE EXISTS (SELECT 1 FROM tenants t WHERE t.slug = candidate AND t.id <> NEW.id) LOOP
            n := n + 1;
            candidate := base || '-' || n;
          END LOOP;
        END IF;
        NEW.slug := candidate;
        RETURN NEW;
      END $$`.execute(db);
  await sql`CREATE TRIGGER tenant_slug BEFORE INSERT OR UPDATE OF slug ON tenants
      FOR EACH ROW EXECUTE FUNCTION samla_tenant_slug()`.execute(db);
  await sql`UPDATE tenants SET slug = NULL`.execute(db);
  await sql`ALTER TABLE tenants ALTER COLUMN slug SET NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX tenants_slug_idx ON tenants (slug)`.execute(db);

  // content: { nb: ServiceText, nn: ServiceText | null, en: ServiceText | null } (contracts/catalogue.ts)
  await sql`CREATE TABLE services (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      unit_id uuid REFERENCES units(id),
      slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      service_type text NOT NULL CONSTRAINT services_service_type_check CHECK (service_type IN (${literals(SERVICE_TYPES)})),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','archived')),
      age_from smallint NOT NULL CHECK (age_from BETWEEN 0 AND 23),
      age_to smallint NOT NULL CHECK (age_to BETWEEN 0 AND 23),
      needs text[] NOT NULL DEFAULT '{}' CONSTRAINT services_needs_check CHECK (needs <@ ARRAY[${literals(SERVICE_NEEDS)}]::text[]),
      self_referral boolean NOT NULL DEFAULT false,
      content jsonb NOT NULL,
      phone text,
      email text,
      address text,
      links jsonb NOT NULL DEFAULT '[]'::jsonb,
      sort_key text NOT NULL,
      -- Names in every language weigh A, the bokmål texts B, their nynorsk and English translations C.
      search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('norwegian', ${joined(['nb', 'nn', 'en'], ['name'])}), 'A') ||
        setweight(to_tsvector('norwegian', ${joined(['nb'], SERVICE_TEXTS)}), 'B') ||
        setweight(to_tsvector('norwegian', ${joined(['nn', 'en'], SERVICE_TEXTS)}), 'C')
      ) STORED,
      published_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      CHECK (age_from <= age_to),
      UNIQUE (tenant_id, slug)
    )`.execute(db);
  await sql`CREATE INDEX services_public_idx ON services (tenant_id, sort_key, id) WHERE status = 'published'`.execute(db);
  await sql`CREATE INDEX services_search_idx ON services USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX services_needs_idx ON services USING gin (needs)`.execute(db);
  await sql`CREATE INDEX services_unit_idx ON services (tenant_id, unit_id)`.execute(db);

  // The action guide: a path of steps and decision points. content: { nb: { title, body, who }, nn, en };
  // choices: [{ label: { nb, nn?, en? }, to: <key of another step> }]; documents: ids of tools and templates.
  await sql`CREATE TABLE guide_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      key text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      level smallint NOT NULL CHECK (level BETWEEN 0 AND 3),
      kind text NOT NULL CHECK (kind IN ('start','step','decision','end')),
      position integer NOT NULL DEFAULT 0,
      content jsonb NOT NULL,
      choices jsonb NOT NULL DEFAULT '[]'::jsonb,
      document_ids uuid[] NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (tenant_id, key)
    )`.execute(db);
  await sql`CREATE INDEX guide_steps_order_idx ON guide_steps (tenant_id, level, position)`.execute(db);

  await sql`CREATE TABLE documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      kind text NOT NULL CHECK (kind IN ('plan','routine','guideline','template','tool')),
      owner_id uuid REFERENCES users(id),
      review_due date,
      sort_key text NOT NULL,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (tenant_id, slug)
    )`.execute(db);
  await sql`CREATE INDEX documents_list_idx ON documents (tenant_id, sort_key, id)`.execute(db);
  await sql`CREATE INDEX documents_review_idx ON documents (tenant_id, owner_id, review_due) WHERE archived_at IS NULL`.execute(db);

  // A version is a page (markdown body), a file, or both. Published versions are never changed:
  // publishing a new one keeps the old readable with its dates.
  await sql`CREATE TABLE document_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      document_id uuid NOT NULL REFERENCES documents(id),
      version_no integer NOT NULL CHECK (version_no > 0),
      title text NOT NULL,
      summary text NOT NULL DEFAULT '',
      body text NOT NULL DEFAULT '',
      change_note text NOT NULL DEFAULT '',
      file_name text,
      file_type text,
      file_size integer,
      file_content bytea,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published')),
      published_at timestamptz,
      published_by uuid REFERENCES users(id),
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (document_id, version_no),
      CHECK ((file_content IS NULL) = (file_name IS NULL)),
      CHECK (status = 'draft' OR published_at IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX document_versions_doc_idx ON document_versions (document_id, status, version_no DESC)`.execute(db);
  // At most one draft per document at a time.
  await sql`CREATE UNIQUE INDEX document_versions_one_draft_idx ON document_versions (document_id) WHERE status = 'draft'`.execute(db);
  // A published version is what the municipality said on that date: for every role, the app's and
  // the owner's, its content stays as published and the row stays (updated_at and version may move).
  // Publishing itself changes a draft, which these triggers do not look at.
  await sql`CREATE FUNCTION samla_published_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'A published document version is never deleted'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'document_versions_published_immutable';
        END IF;
        IF (NEW.title, NEW.summary, NEW.body, NEW.change_note, NEW.file_name, NEW.file_type, NEW.file_size, NEW.file_content,
            NEW.version_no, NEW.published_at, NEW.published_by, NEW.document_id, NEW.tenant_id, NEW.status)
           IS DISTINCT FROM
           (OLD.title, OLD.summary, OLD.body, OLD.change_note, OLD.file_name, OLD.file_type, OLD.file_size, OLD.file_content,
            OLD.version_no, OLD.published_at, OLD.published_by, OLD.document_id, OLD.tenant_id, OLD.status) THEN
          RAISE EXCEPTION 'A published document version is never changed'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'document_versions_published_immutable';
        END IF;
        RETURN NEW;
      END $$`.execute(db);
  await sql`CREATE TRIGGER document_versions_published_update BEFORE UPDATE ON document_versions
      FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION samla_published_version_immutable()`.execute(db);
  await sql`CREATE TRIGGER document_versions_published_delete BEFORE DELETE ON document_versions
      FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION samla_published_version_immutable()`.execute(db);

  for (const table of TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} FORCE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY owner_all ON ${sql.table(table)} TO CURRENT_USER USING (true) WITH CHECK (true)`.execute(db);
    await sql`CREATE POLICY tenant_isolation ON ${sql.table(table)} TO samla_app
        USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`.execute(db);
    await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ${sql.table(table)} TO samla_app`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('The public-content migration cannot be reverted');
}
