import { sql, type Kysely } from 'kysely';

/**
 * The catalogue's fields as municipalities shape them (issue 9, item 5), and search in every
 * language (item 8):
 * - units get an optional parent unit (a department of a unit: «Enhet › Avdeling»);
 * - services: who can refer (self-referral is «self» in that list: self_referral becomes a
 *   column generated from it, so the two never disagree), target groups beside an age range that
 *   becomes optional and reaches 25 (aftercare), cost, drop-in, several phone numbers, named
 *   contact persons and an inter-municipal provider with its host municipality;
 * - the search vector adds English stemming of the English texts and the labels of type, needs
 *   and target groups in nb, nn and en, so «kindergarten» finds the kindergartens written in
 *   Norwegian only.
 * Existing services keep what they said: self-referral becomes «self», the phone the first
 * number, cost is «not stated», drop-in is off, and no target group is added.
 */

/* The contract's codes as this migration was written (contracts/catalogue-fields.ts), copied so the migration stays as it ran. */
const REFERRERS = [
  'self', 'guardians', 'kindergarten', 'school', 'health_centre', 'school_nurse', 'doctor', 'ppt', 'child_welfare', 'nav',
  'specialist_health', 'other_services',
];
const TARGET_GROUPS = ['pregnant', 'parents', 'families', 'young_adults', 'professionals'];
const literals = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

/* Labels searched beside the texts (the public pages' and the app's words as written then). */
const LABELS = {
  nb: {
    type: {
      health: 'Helse helsetjeneste', school: 'Skole', kindergarten: 'Barnehage', ppt: 'PP-tjenesten pedagogisk-psykologisk tjeneste',
      child_welfare: 'Barnevern', mental_health: 'Psykisk helse', family: 'Familie og foreldre', leisure: 'Fritid', nav: 'NAV', other: '',
    },
    need: {
      someone_to_talk_to: 'Noen å snakke med', mental_health: 'Psykisk helse', family_and_parenting: 'Familie og foreldrerollen',
      school_and_learning: 'Skole og læring', language_and_speech: 'Språk og tale', physical_health: 'Fysisk helse', development: 'Utvikling',
      bullying: 'Mobbing', violence_and_abuse: 'Vold og overgrep', substance_use: 'Rus', leisure_and_friends: 'Fritid og venner',
      economy_and_housing: 'Økonomi og bolig', disability: 'Funksjonsnedsettelse',
    },
    group: { pregnant: 'Gravide', parents: 'Foreldre foresatte', families: 'Familier', young_adults: 'Unge voksne ettervern', professionals: 'Ansatte' },
  },
  nn: {
    type: {
      health: 'Helse helseteneste', school: 'Skule', kindergarten: 'Barnehage', ppt: 'PP-tenesta', child_welfare: 'Barnevern',
      mental_health: 'Psykisk helse', family: 'Familie og foreldre', leisure: 'Fritid', nav: 'NAV', other: '',
    },
    need: {
      someone_to_talk_to: 'Nokon å snakke med', mental_health: 'Psykisk helse', family_and_parenting: 'Familie og foreldrerolla',
      school_and_learning: 'Skule og læring', language_and_speech: 'Språk og tale', physical_health: 'Fysisk helse', development: 'Utvikling',
      bullying: 'Mobbing', violence_and_abuse: 'Vald og overgrep', substance_use: 'Rus', leisure_and_friends: 'Fritid og vener',
      economy_and_housing: 'Økonomi og bustad', disability: 'Funksjonsnedsetjing',
    },
    group: { pregnant: 'Gravide', parents: 'Foreldre føresette', families: 'Familiar', young_adults: 'Unge vaksne ettervern', professionals: 'Tilsette' },
  },
  en: {
    type: {
      health: 'Health', school: 'School', kindergarten: 'Kindergarten nursery preschool', ppt: 'Educational psychological counselling service',
      child_welfare: 'Child welfare protection', mental_health: 'Mental health', family: 'Family parents', leisure: 'Leisure', nav: 'NAV welfare', other: '',
    },
    need: {
      someone_to_talk_to: 'Someone to talk to', mental_health: 'Mental health', family_and_parenting: 'Family and parenting',
      school_and_learning: 'School and learning', language_and_speech: 'Language and speech', physical_health: 'Physical health',
      development: 'Development', bullying: 'Bullying', violence_and_abuse: 'Violence and abuse', substance_use: 'Alcohol and drugs substance use',
      leisure_and_friends: 'Leisure and friends', economy_and_housing: 'Money and housing', disability: 'Disability',
    },
    group: { pregnant: 'Pregnant women pregnancy', parents: 'Parents guardians', families: 'Families', young_adults: 'Young adults aftercare', professionals: 'Staff professionals' },
  },
};

const TEXTS = ['summary', 'targetGroup', 'whatWeOffer', 'whoWeAre', 'howToGetHelp', 'costText'];
const joined = (langs: string[], fields: string[]) =>
  sql.raw(langs.flatMap((l) => fields.map((f) => `coalesce(content #>> '{${l},${f}}', '')`)).join(` || ' ' || `));
const labels = (lang: string) => sql`samla_service_labels(${sql.lit(lang)}, service_type, needs, target_groups)`;

export async function up(db: Kysely<any>): Promise<void> {
  // A unit's parent is a unit of the same municipality, never itself; cycles are refused by the
  // service (organisation.service.ts), and the trigger below is the second wall for both.
  await sql`ALTER TABLE units ADD COLUMN parent_id uuid REFERENCES units(id) CHECK (parent_id <> id)`.execute(db);
  await sql`CREATE INDEX units_parent_idx ON units (tenant_id, parent_id) WHERE parent_id IS NOT NULL`.execute(db);
  await sql`CREATE FUNCTION samla_unit_parent_check() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.parent_id IS NULL THEN
          RETURN NEW;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM units p WHERE p.id = NEW.parent_id AND p.tenant_id = NEW.tenant_id) THEN
          RAISE EXCEPTION 'A parent unit belongs to the same municipality'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'units_parent_same_tenant';
        END IF;
        IF EXISTS (
          WITH RECURSIVE up(id, parent_id, depth) AS (
            SELECT u.id, u.parent_id, 1 FROM units u WHERE u.id = NEW.parent_id
            UNION ALL
            SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 50
          )
          SELECT 1 FROM up WHERE up.id = NEW.id
        ) THEN
          RAISE EXCEPTION 'A unit cannot be under itself'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'units_parent_cycle';
        END IF;
        RETURN NEW;
      END $$`.execute(db);
  await sql`CREATE TRIGGER units_parent_check BEFORE INSERT OR UPDATE OF parent_id ON units
      FOR EACH ROW EXECUTE FUNCTION samla_unit_parent_check()`.execute(db);

  await sql`ALTER TABLE services
      ADD COLUMN referrers text[] NOT NULL DEFAULT '{}' CONSTRAINT services_referrers_check CHECK (referrers <@ ARRAY[${literals(REFERRERS)}]::text[]),
      ADD COLUMN target_groups text[] NOT NULL DEFAULT '{}'
        CONSTRAINT services_target_groups_check CHECK (target_groups <@ ARRAY[${literals(TARGET_GROUPS)}]::text[]),
      ADD COLUMN cost text CONSTRAINT services_cost_check CHECK (cost IN ('free', 'fee')),
      ADD COLUMN drop_in boolean NOT NULL DEFAULT false,
      ADD COLUMN phones jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(phones) = 'array'),
      ADD COLUMN contact_persons jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(contact_persons) = 'array'),
      ADD COLUMN inter_municipal_name text,
      ADD COLUMN host_municipality_number text CHECK (host_municipality_number ~ '^[0-9]{4}$'),
      ADD COLUMN host_municipality_name text,
      ADD CONSTRAINT services_inter_municipal_check CHECK (
        (inter_municipal_name IS NULL) = (host_municipality_number IS NULL) AND (inter_municipal_name IS NULL) = (host_municipality_name IS NULL))`.execute(db);
  await sql`UPDATE services SET referrers = ARRAY['self'] WHERE self_referral`.execute(db);
  await sql`UPDATE services SET phones = jsonb_build_array(jsonb_build_object('number', phone, 'label', '')) WHERE phone IS NOT NULL`.execute(db);
  await sql`ALTER TABLE services DROP COLUMN phone, DROP COLUMN self_referral`.execute(db);
  await sql`ALTER TABLE services ADD COLUMN self_referral boolean GENERATED ALWAYS AS ('self' = ANY (referrers)) STORED`.execute(db);

  // Ages 0–25, or none when a target group says whom the service is for.
  await sql`ALTER TABLE services
      DROP CONSTRAINT services_age_from_check, DROP CONSTRAINT services_age_to_check, DROP CONSTRAINT services_check,
      ALTER COLUMN age_from DROP NOT NULL, ALTER COLUMN age_to DROP NOT NULL,
      ADD CONSTRAINT services_ages_check CHECK (
        (age_from IS NULL) = (age_to IS NULL) AND age_from BETWEEN 0 AND 25 AND age_to BETWEEN 0 AND 25 AND age_from <= age_to),
      ADD CONSTRAINT services_audience_check CHECK (age_from IS NOT NULL OR cardinality(target_groups) > 0)`.execute(db);

  await sql`CREATE FUNCTION samla_service_labels(lang text, service_type text, needs text[], target_groups text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT concat_ws(' ',
          l.labels -> 'type' ->> service_type,
          (SELECT string_agg(l.labels -> 'need' ->> n, ' ') FROM unnest(needs) AS n),
          (SELECT string_agg(l.labels -> 'group' ->> g, ' ') FROM unnest(target_groups) AS g))
        FROM (SELECT (${sql.lit(JSON.stringify(LABELS))}::jsonb) -> lang AS labels) AS l
      $$`.execute(db);

  // Names weigh A in every language, the bokmål texts B, translations and the inter-municipal
  // provider C, the labels D; English texts and labels again with English stemming.
  await sql`ALTER TABLE services DROP COLUMN search_vector`.execute(db);
  await sql`ALTER TABLE services ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('norwegian', ${joined(['nb', 'nn', 'en'], ['name'])}), 'A') ||
      setweight(to_tsvector('norwegian', ${joined(['nb'], TEXTS)}), 'B') ||
      setweight(to_tsvector('norwegian', ${joined(['nn', 'en'], TEXTS)} || ' ' ||
        coalesce(inter_municipal_name, '') || ' ' || coalesce(host_municipality_name, '')), 'C') ||
      setweight(to_tsvector('norwegian', ${labels('nb')} || ' ' || ${labels('nn')}), 'D') ||
      setweight(to_tsvector('english', ${joined(['en'], ['name'])}), 'A') ||
      setweight(to_tsvector('english', ${joined(['en'], TEXTS)}), 'C') ||
      setweight(to_tsvector('english', ${labels('en')}), 'D')
    ) STORED`.execute(db);
  await sql`CREATE INDEX services_search_idx ON services USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX services_referrers_idx ON services USING gin (referrers)`.execute(db);
  await sql`CREATE INDEX services_target_groups_idx ON services USING gin (target_groups)`.execute(db);

  /*
   * A query of plain words for the catalogue: each word as Norwegian or English (either stem
   * matches), all words required. A word that is a stop word in either language is left out,
   * so «the school» and «skole for barn» need only their real words.
   */
  await sql`CREATE FUNCTION samla_catalogue_query(q text) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        result tsquery := ''::tsquery;
        word text;
        nq tsquery;
        eq tsquery;
      BEGIN
        FOREACH word IN ARRAY regexp_split_to_array(btrim(q), '\\s+') LOOP
          CONTINUE WHEN word = '';
          nq := websearch_to_tsquery('norwegian', word);
          eq := websearch_to_tsquery('english', word);
          CONTINUE WHEN numnode(nq) = 0 OR numnode(eq) = 0;
          result := result && (nq || eq);
        END LOOP;
        RETURN result;
      END $$`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The catalogue-fields migration cannot be reverted');
}
