import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DocumentKind } from '../../platform/db/schema.js';
import type { ContentLanguage } from '../../../contracts/content.js';
import { containsPattern, sortKey } from '../../platform/text/sort-key.js';

/** Everything of a version but the file's bytes: one version that is being changed or published. */
const VERSION = [
  'v.id', 'v.document_id', 'v.version_no', 'v.title', 'v.summary', 'v.body', 'v.change_note', 'v.file_name', 'v.file_type',
  'v.file_size', 'v.status', 'v.published_at', 'v.published_by', 'v.created_at', 'v.version', 'v.language',
] as const;
/** A version's head: neither its body (up to 50,000 characters) nor its file. Lists read only these. */
const HEAD = VERSION.filter((c) => c !== 'v.body') as Exclude<(typeof VERSION)[number], 'v.body'>[];

/** schema.ts types updated_at as Generated<Timestamp>, which Kysely will not take in an update; the value is a plain Date. */
const touched = () => new Date() as never;

export type VersionHead = Awaited<ReturnType<typeof versionHeads>>[number];

/** The heads of the versions of some documents, newest first, with the publisher's name. */
export async function versionHeads(db: Executor, documentIds: readonly string[], publishedOnly = false) {
  if (documentIds.length === 0) return [];
  let q = db
    .selectFrom('document_versions as v')
    .leftJoin('users as p', 'p.id', 'v.published_by')
    .select([...HEAD, 'p.name as published_by_name'])
    .where('v.document_id', 'in', documentIds);
  if (publishedOnly) q = q.where('v.status', '=', 'published');
  return q.orderBy('v.document_id').orderBy('v.version_no', 'desc').execute();
}

/**
 * Per document its draft and its newest published version, heads only: what a list shows. One
 * row per (document, status), read newest first along document_versions_doc_idx.
 */
export async function currentHeads(db: Executor, documentIds: readonly string[]) {
  if (documentIds.length === 0) return [];
  return db
    .selectFrom('document_versions as v')
    .distinctOn(['v.document_id', 'v.status'])
    .select(['v.document_id', 'v.version_no', 'v.title', 'v.status', 'v.published_at'])
    .where('v.document_id', 'in', documentIds)
    .orderBy('v.document_id').orderBy('v.status').orderBy('v.version_no', 'desc')
    .execute();
}

/** The bodies of the given versions, by version id. */
export async function versionBodies(db: Executor, versionIds: readonly string[]): Promise<Map<string, string>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db.selectFrom('document_versions').select(['id', 'body']).where('id', 'in', versionIds).execute();
  return new Map(rows.map((r) => [r.id, r.body]));
}

export async function documentById(db: Executor, id: string) {
  return db
    .selectFrom('documents as d')
    .leftJoin('users as o', 'o.id', 'd.owner_id')
    .selectAll('d')
    .select('o.name as owner_name')
    .where('d.id', '=', id)
    .executeTakeFirst();
}
export type DocumentRow = NonNullable<Awaited<ReturnType<typeof documentById>>>;

/** The document row locked for a change: concurrent edits of one document queue up. */
export async function lockDocument(db: Executor, id: string) {
  return db.selectFrom('documents').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function documentBySlug(db: Executor, tenantId: string, slug: string) {
  return db.selectFrom('documents').selectAll().where('tenant_id', '=', tenantId).where('slug', '=', slug).executeTakeFirst();
}

/** One page of the editors' list, ordered by the shown title (sort_key) then id. */
export async function listDocuments(
  db: Executor,
  tenantId: string,
  q: { kind?: DocumentKind; reviewOverdueBefore?: string; text?: string; after?: [string, string]; limit: number },
) {
  let query = db
    .selectFrom('documents as d')
    .leftJoin('users as o', 'o.id', 'd.owner_id')
    .selectAll('d')
    .select('o.name as owner_name')
    .where('d.tenant_id', '=', tenantId);
  if (q.kind) query = query.where('d.kind', '=', q.kind);
  if (q.reviewOverdueBefore) {
    query = query.where('d.archived_at', 'is', null).where('d.review_due', '<', q.reviewOverdueBefore);
  }
  if (q.text) {
    const pattern = containsPattern(sortKey(q.text));
    query = query.where((eb) => eb.or([eb('d.sort_key', 'like', pattern), eb('d.slug', 'like', containsPattern(q.text!.toLowerCase()))]));
  }
  if (q.after) {
    const [key, id] = q.after;
    query = query.where((eb) => eb.or([eb('d.sort_key', '>', key), eb.and([eb('d.sort_key', '=', key), eb('d.id', '>', id)])]));
  }
  return query.orderBy('d.sort_key').orderBy('d.id').limit(q.limit + 1).execute();
}

export async function insertDocument(
  db: Executor,
  v: { tenantId: string; slug: string; kind: DocumentKind; ownerId: string | null; reviewDue: string | null; title: string },
) {
  return db
    .insertInto('documents')
    .values({ tenant_id: v.tenantId, slug: v.slug, kind: v.kind, owner_id: v.ownerId, review_due: v.reviewDue, sort_key: sortKey(v.title) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export interface VersionValues {
  title: string;
  summary: string;
  body: string;
  changeNote: string;
  language: ContentLanguage;
}

export async function insertVersion(
  db: Executor,
  v: VersionValues & {
    tenantId: string; documentId: string; versionNo: number; createdBy: string | null;
    file?: { name: string; type: string; content: Buffer } | null;
    published?: { by: string | null };
  },
) {
  return db
    .insertInto('document_versions')
    .values({
      tenant_id: v.tenantId, document_id: v.documentId, version_no: v.versionNo, title: v.title, summary: v.summary, body: v.body,
      change_note: v.changeNote, created_by: v.createdBy, language: v.language,
      file_name: v.file?.name ?? null, file_type: v.file?.type ?? null, file_size: v.file?.content.length ?? null, file_content: v.file?.content ?? null,
      ...(v.published ? { status: 'published' as const, published_at: sql<Date>`now()`, published_by: v.published.by } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function nextVersionNo(db: Executor, documentId: string): Promise<number> {
  const row = await db
    .selectFrom('document_versions')
    .select(sql<number>`coalesce(max(version_no), 0)::int + 1`.as('n'))
    .where('document_id', '=', documentId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function versionOf(db: Executor, documentId: string, versionId: string) {
  return db
    .selectFrom('document_versions as v')
    .select([...VERSION])
    .where('v.id', '=', versionId)
    .where('v.document_id', '=', documentId)
    .executeTakeFirst();
}

/**
 * Changes a draft if it still has the version the user saw; undefined when it does not (or is
 * no longer a draft). Published versions are never changed: the status is part of the filter.
 */
export async function updateDraft(
  db: Executor,
  versionId: string,
  seenVersion: number | null,
  set: Partial<VersionValues> & { file?: { name: string; type: string; content: Buffer } | null },
) {
  const file = set.file === undefined ? {}
    : set.file === null ? { file_name: null, file_type: null, file_size: null, file_content: null }
    : { file_name: set.file.name, file_type: set.file.type, file_size: set.file.content.length, file_content: set.file.content };
  let q = db
    .updateTable('document_versions')
    .set({
      ...(set.title === undefined ? {} : { title: set.title }),
      ...(set.summary === undefined ? {} : { summary: set.summary }),
      ...(set.body === undefined ? {} : { body: set.body }),
      ...(set.changeNote === undefined ? {} : { change_note: set.changeNote }),
      ...(set.language === undefined ? {} : { language: set.language }),
      ...file,
      updated_at: touched(),
      version: sql<number>`version + 1`,
    })
    .where('id', '=', versionId)
    .where('status', '=', 'draft');
  if (seenVersion !== null) q = q.where('version', '=', seenVersion);
  return q.returning('id').executeTakeFirst();
}

export async function publishDraft(db: Executor, versionId: string, seenVersion: number, by: string) {
  return db
    .updateTable('document_versions')
    .set({ status: 'published', published_at: sql<Date>`now()`, published_by: by, updated_at: touched(), version: sql<number>`version + 1` })
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .where('version', '=', seenVersion)
    .returning('id')
    .executeTakeFirst();
}

export async function updateDocument(
  db: Executor,
  id: string,
  seenVersion: number | null,
  set: { kind?: DocumentKind; ownerId?: string | null; reviewDue?: string | null; archived?: boolean; title?: string },
) {
  let q = db
    .updateTable('documents')
    .set({
      ...(set.kind === undefined ? {} : { kind: set.kind }),
      ...(set.ownerId === undefined ? {} : { owner_id: set.ownerId }),
      ...(set.reviewDue === undefined ? {} : { review_due: set.reviewDue }),
      ...(set.archived === undefined ? {} : { archived_at: set.archived ? sql<Date>`coalesce(archived_at, now())` : null }),
      ...(set.title === undefined ? {} : { sort_key: sortKey(set.title) }),
      updated_at: touched(),
      // Only the user's own edits count against what they saw; a derived title does not.
      ...(seenVersion === null ? {} : { version: sql<number>`version + 1` }),
    })
    .where('id', '=', id);
  if (seenVersion !== null) q = q.where('version', '=', seenVersion);
  return q.returning('id').executeTakeFirst();
}

/** An active staff user of the tenant who is a municipal coordinator (row-level security hides other tenants). */
export async function coordinatorExists(db: Executor, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('user_municipal_roles as r', 'r.user_id', 'u.id')
    .select('u.id')
    .where('u.id', '=', userId)
    .where('u.active', '=', true)
    .where('r.role', '=', 'municipal_coordinator')
    .executeTakeFirst();
  return row !== undefined;
}

/** The tenant's active municipal coordinators, by name: whom a document may belong to. */
export async function activeCoordinators(db: Executor, tenantId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('user_municipal_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.name'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.active', '=', true)
    .where('r.role', '=', 'municipal_coordinator')
    .orderBy('u.sort_key').orderBy('u.id')
    .execute();
}

/**
 * A new draft takes the file of the current (newest published) version along, copied in the
 * database: «change the text, keep the PDF» is one step, and the bytes never pass through Node.
 */
export async function copyCurrentFile(db: Executor, documentId: string, draftId: string) {
  const current = db
    .selectFrom('document_versions')
    .select(['file_name', 'file_type', 'file_size', 'file_content'])
    .where('document_id', '=', documentId)
    .where('status', '=', 'published')
    .orderBy('version_no', 'desc')
    .limit(1)
    .as('p');
  await db
    .updateTable('document_versions as d')
    .from(current)
    .set((eb) => ({
      file_name: eb.ref('p.file_name'), file_type: eb.ref('p.file_type'), file_size: eb.ref('p.file_size'), file_content: eb.ref('p.file_content'),
    }))
    .where('d.id', '=', draftId)
    .where('d.status', '=', 'draft')
    .where('p.file_name', 'is not', null)
    .execute();
}

/*
 * The public side: documents not archived, through their published versions only. The newest
 * published version is the current one; DISTINCT ON picks it per document, in the first of
 * `prefer`'s languages it has (the page's, then the main one), else in any.
 */
const NOT_ARCHIVED = sql<SqlBool>`d.archived_at IS NULL`;

export async function currentPublished(
  db: Executor, tenantId: string, filter: { kind?: DocumentKind; ids?: readonly string[] }, prefer: readonly ContentLanguage[] = [],
) {
  let q = db
    .selectFrom('documents as d')
    .innerJoin('document_versions as v', 'v.document_id', 'd.id')
    .distinctOn('d.id')
    .select(['d.id', 'd.slug', 'd.kind', 'd.sort_key', 'v.version_no', 'v.title', 'v.summary', 'v.published_at', 'v.file_type', 'v.language'])
    .where('d.tenant_id', '=', tenantId)
    .where(NOT_ARCHIVED)
    .where('v.status', '=', 'published');
  if (filter.kind) q = q.where('d.kind', '=', filter.kind);
  if (filter.ids) q = q.where('d.id', 'in', filter.ids);
  q = q.orderBy('d.id');
  if (prefer.length) q = q.orderBy(sql`coalesce(array_position(${sql.val([...prefer])}::text[], v.language), ${prefer.length + 1})`);
  return q.orderBy('v.version_no', 'desc').execute();
}

export async function publishedVersionFile(db: Executor, tenantId: string, slug: string, versionNo: number) {
  return db
    .selectFrom('documents as d')
    .innerJoin('document_versions as v', 'v.document_id', 'd.id')
    .select(['v.file_name', 'v.file_type', 'v.file_content'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.slug', '=', slug)
    .where(NOT_ARCHIVED)
    .where('v.status', '=', 'published')
    .where('v.version_no', '=', versionNo)
    .executeTakeFirst();
}

export async function versionFile(db: Executor, documentId: string, versionId: string) {
  return db
    .selectFrom('document_versions')
    .select(['file_name', 'file_type', 'file_content'])
    .where('id', '=', versionId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
}
