import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { ContentLanguage } from '../../../contracts/content.js';

/**
 * Free text for the catalogue: plain words, each read as Norwegian or English (samla_catalogue_query,
 * migration 0009: «kindergarten» and «barnehagene» both find a kindergarten); a websearch query
 * with operators ("quoted phrases", -not, or) read as Norwegian, so that an exclusion excludes
 * in every language's text; or a prefix query built from whole words only («helsesyk» →
 * helsesyk:*). All go to PostgreSQL as parameters; the prefix text is made of letters and digits
 * joined by &, so nothing the user types becomes tsquery syntax.
 */
export type TextQuery = { kind: 'words' | 'web' | 'prefix'; text: string };

export interface PublishedSearch {
  text: TextQuery | null;
  age?: number;
  needs: readonly string[];
  type?: string;
  referrers: readonly string[];
  targetGroups: readonly string[];
  free: boolean;
  dropIn: boolean;
  lang: ContentLanguage;
  limit: number;
  offset: number;
}

function tsQuery(t: TextQuery): RawBuilder<unknown> {
  if (t.kind === 'words') return sql`samla_catalogue_query(${t.text})`;
  return t.kind === 'web' ? sql`websearch_to_tsquery('norwegian', ${t.text})` : sql`to_tsquery('norwegian', ${t.text})`;
}

/**
 * The provider unit's name with its parents' before it, «Helsetjenesten › Helsestasjon for
 * ungdom» (a trigger keeps parents free of cycles; the depth limit is a second stop).
 */
const unitPath = sql<string | null>`(WITH RECURSIVE up(id, parent_id, name, depth) AS (
    SELECT u0.id, u0.parent_id, u0.name, 0 FROM units u0 WHERE u0.id = s.unit_id
    UNION ALL
    SELECT p.id, p.parent_id, p.name, up.depth + 1 FROM units p JOIN up ON p.id = up.parent_id WHERE up.depth < 10
  ) SELECT string_agg(up.name, ' › ' ORDER BY up.depth DESC) FROM up)`;

/** A text of the asked language where it is translated, else bokmål (JSON null reads as SQL NULL with #>>). */
const inLanguage = (lang: ContentLanguage, field: 'name' | 'summary') =>
  sql<string>`coalesce(s.content #>> ARRAY[${lang}::text, ${field}::text], s.content #>> ARRAY['nb', ${field}::text])`;
/** Which language inLanguage found: a translation is whole (name and summary both), so the name tells. */
const languageFound = (lang: ContentLanguage) =>
  sql<ContentLanguage>`CASE WHEN s.content #>> ARRAY[${lang}::text, 'name'] IS NOT NULL THEN ${lang}::text ELSE 'nb' END`;

function publishedFiltered(db: Executor, p: PublishedSearch) {
  let q = db.selectFrom('services as s').where('s.status', '=', 'published');
  if (p.text) q = q.where(sql<boolean>`s.search_vector @@ ${tsQuery(p.text)}`);
  if (p.age !== undefined) q = q.where('s.age_from', '<=', p.age).where('s.age_to', '>=', p.age);
  if (p.needs.length > 0) q = q.where(sql<boolean>`s.needs && ${[...p.needs]}::text[]`);
  if (p.type) q = q.where('s.service_type', '=', p.type);
  if (p.referrers.length > 0) q = q.where(sql<boolean>`s.referrers && ${[...p.referrers]}::text[]`);
  if (p.targetGroups.length > 0) q = q.where(sql<boolean>`s.target_groups && ${[...p.targetGroups]}::text[]`);
  if (p.free) q = q.where('s.cost', '=', 'free');
  if (p.dropIn) q = q.where('s.drop_in', '=', true);
  return q;
}

/**
 * One page of published services, best match first (ts_rank over the weighted vector: name,
 * then bokmål texts, then translations), then by name. The hits are ranked and counted on
 * narrow columns first and only the page's rows read their texts: content is the widest
 * column, and reading it for every hit cost more than the search. The window count gives the
 * total in the same statement; a page past the end has no row to carry it (see countPublished).
 */
export async function searchPublished(db: Executor, p: PublishedSearch) {
  const rank = p.text ? sql<number>`ts_rank(s.search_vector, ${tsQuery(p.text)})` : sql<number>`0::real`;
  const hits = publishedFiltered(db, p)
    .select([
      's.id',
      sql<string>`row_number() OVER (ORDER BY ${rank} DESC, s.sort_key, s.id)`.as('position'),
      sql<string>`count(*) OVER ()`.as('total'),
    ])
    .orderBy('position')
    .limit(p.limit)
    .offset(p.offset);
  return db
    .with('hits', () => hits)
    .selectFrom('hits')
    .innerJoin('services as s', 's.id', 'hits.id')
    .select([
      ...listColumns, unitPath.as('unit_name'),
      inLanguage(p.lang, 'name').as('name'),
      inLanguage(p.lang, 'summary').as('summary'),
      languageFound(p.lang).as('language'),
      'hits.total',
    ])
    .orderBy('hits.position')
    .execute();
}

export async function countPublished(db: Executor, p: PublishedSearch): Promise<number> {
  const row = await publishedFiltered(db, p).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Does the text make a query with terms? One of stop words only («og i») or signs makes an empty
 * tsquery, which matches nothing.
 */
export async function hasSearchTerms(db: Executor, t: TextQuery): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`SELECT numnode(${tsQuery(t)}) AS n`.execute(db);
  return (rows[0]?.n ?? 0) > 0;
}

/** What a list shows of a service beside its name and summary. */
const listColumns = [
  's.id', 's.slug', 's.unit_id', 's.service_type', 's.status', 's.age_from', 's.age_to', 's.target_groups', 's.needs', 's.referrers',
  's.self_referral', 's.cost', 's.drop_in', 's.inter_municipal_name',
] as const;
export type ServiceListRow = Pick<ServiceRow, (typeof listColumns)[number] extends `s.${infer C}` ? C : never> & { unit_name: string | null };

const serviceColumns = [
  ...listColumns, 's.content', 's.phones', 's.contact_persons', 's.host_municipality_number', 's.host_municipality_name',
  's.email', 's.address', 's.links', 's.published_at', 's.updated_at', 's.version',
] as const;

function serviceQuery(db: Executor) {
  return db.selectFrom('services as s').select([...serviceColumns, unitPath.as('unit_name')]);
}
export type ServiceRow = NonNullable<Awaited<ReturnType<typeof findService>>>;

/** Under withTenant, RLS shows only the transaction's own tenant. */
export async function findService(db: Executor, id: string) {
  return serviceQuery(db).where('s.id', '=', id).executeTakeFirst();
}

export async function findPublishedService(db: Executor, by: { id: string } | { slug: string }) {
  const q = serviceQuery(db).where('s.status', '=', 'published');
  return ('id' in by ? q.where('s.id', '=', by.id) : q.where('s.slug', '=', by.slug)).executeTakeFirst();
}

/** The row locked for a change: who may change it depends on its unit, read under the same lock. */
export async function lockService(db: Executor, id: string) {
  return db.selectFrom('services').select(['id', 'unit_id', 'status', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function serviceIdBySlug(db: Executor, slug: string, exceptId?: string) {
  let q = db.selectFrom('services').select('id').where('slug', '=', slug);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst())?.id;
}

export interface EditorListParams {
  /** null: every service (coordinators); otherwise only these units' services */
  unitIds: readonly string[] | null;
  status?: 'draft' | 'published' | 'archived';
  nameKey?: string;
  after?: [string, string];
  limit: number;
}

export async function listForEditor(db: Executor, p: EditorListParams) {
  let q = db
    .selectFrom('services as s')
    .select([
      ...listColumns, 's.sort_key', 's.updated_at', unitPath.as('unit_name'),
      sql<string>`s.content #>> '{nb,name}'`.as('name'),
      sql<string>`s.content #>> '{nb,summary}'`.as('summary'),
    ])
    .orderBy('s.sort_key')
    .orderBy('s.id')
    .limit(p.limit);
  if (p.unitIds !== null) q = q.where('s.unit_id', 'in', [...p.unitIds]);
  if (p.status) q = q.where('s.status', '=', p.status);
  if (p.nameKey) q = q.where('s.sort_key', 'like', p.nameKey);
  if (p.after) {
    const [key, id] = p.after;
    q = q.where((eb) => eb.or([eb('s.sort_key', '>', key), eb.and([eb('s.sort_key', '=', key), eb('s.id', '>', id)])]));
  }
  return q.execute();
}

export interface ServiceValues {
  unit_id: string | null;
  slug: string;
  service_type: string;
  age_from: number | null;
  age_to: number | null;
  target_groups: string[];
  needs: string[];
  referrers: string[];
  cost: 'free' | 'fee' | null;
  drop_in: boolean;
  content: string;
  phones: string;
  contact_persons: string;
  inter_municipal_name: string | null;
  host_municipality_number: string | null;
  host_municipality_name: string | null;
  email: string | null;
  address: string | null;
  links: string;
  sort_key: string;
}

export async function insertService(db: Executor, tenantId: string, userId: string, v: ServiceValues) {
  return db
    .insertInto('services')
    .values({ ...v, tenant_id: tenantId, updated_by: userId, status: 'draft' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Changes the row only at the version the editor saw; undefined when someone else came first. */
export async function updateServiceVersioned(
  db: Executor,
  id: string,
  version: number,
  userId: string,
  set: Partial<ServiceValues> & { status?: 'draft' | 'published' | 'archived'; publish?: true },
) {
  const { publish, ...values } = set;
  return db
    .updateTable('services')
    .set({
      ...values,
      ...(publish ? { published_at: sql<Date>`now()` } : {}),
      updated_by: userId,
      version: sql<number>`version + 1`,
      // The schema types updated_at as Generated<Timestamp>, which Kysely cannot update by type.
      ...({ updated_at: sql`now()` } as object),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

/** Unit facts for choosing a service's provider: RLS leaves out other tenants' units. */
export async function findUnitForService(db: Executor, id: string) {
  return db.selectFrom('units').select(['id', 'archived_at']).where('id', '=', id).executeTakeFirst();
}

/** The municipality's units that are not archived, by name; `among` narrows it to these ids. */
export async function activeUnitIds(db: Executor, among?: readonly string[]): Promise<string[]> {
  if (among?.length === 0) return [];
  let q = db.selectFrom('units').select('id').where('archived_at', 'is', null);
  if (among) q = q.where('id', 'in', [...among]);
  const rows = await q.orderBy('sort_key').orderBy('id').execute();
  return rows.map((r) => r.id);
}
