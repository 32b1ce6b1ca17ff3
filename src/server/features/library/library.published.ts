import { withTenant, type Db, type Trx } from '../../platform/db/database.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import type { ContentLanguage } from '../../../contracts/content.js';
import type { DocumentKind, PublicDocumentListItem, PublicDocumentView } from '../../../contracts/library.js';
import { mainLanguage } from '../organisation/main-language.js';
import * as repo from './library.repository.js';

/*
 * The library as the public site and the action guide see it: published versions of documents
 * that are not archived, never a draft. Every published version stays readable with its date.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (d: Date | null) => (d ?? new Date(0)).toISOString();

/**
 * The library's list: each document with its current (newest published) version in the first of
 * `prefer`'s languages it has (the page's, then the main language), else in any; by title.
 */
export async function publishedDocuments(
  db: Db, tenantId: string, filter: { kind?: DocumentKind } = {}, prefer: readonly ContentLanguage[] = [],
): Promise<PublicDocumentListItem[]> {
  return withTenant(db, tenantId, async (trx) => {
    const rows = await repo.currentPublished(trx, tenantId, filter, prefer);
    rows.sort((a, b) => a.sort_key.localeCompare(b.sort_key) || a.id.localeCompare(b.id));
    return rows.map((r) => ({
      slug: r.slug, kind: r.kind, title: r.title, summary: r.summary, versionNo: r.version_no, publishedAt: iso(r.published_at), fileType: r.file_type,
      language: r.language,
    }));
  });
}

/** The newest of `versions` (newest first) in the first of `prefer`'s languages there is one in, else the newest. */
function preferred<V extends { language: ContentLanguage }>(versions: readonly V[], prefer: readonly ContentLanguage[]): V | undefined {
  for (const language of prefer) {
    const found = versions.find((v) => v.language === language);
    if (found) return found;
  }
  return versions[0];
}

/**
 * One published version rendered (versionNo omitted: the current one in the first of `prefer`'s
 * languages the document has, else its newest), with the published versions of its language
 * listed newest first with their dates. Null for an unknown, archived or never-published
 * document and for a version number that is not published.
 */
export async function publishedDocumentView(
  db: Db, tenantId: string, slug: string, versionNo?: number, prefer: readonly ContentLanguage[] = [],
): Promise<PublicDocumentView | null> {
  return withTenant(db, tenantId, async (trx) => {
    const doc = await repo.documentBySlug(trx, tenantId, slug);
    if (!doc || doc.archived_at) return null;
    const versions = await repo.versionHeads(trx, [doc.id], true);
    const byDefault = preferred(versions, prefer);
    const shown = versionNo === undefined ? byDefault : versions.find((v) => v.version_no === versionNo);
    if (!byDefault || !shown) return null;
    const ofLanguage = versions.filter((v) => v.language === shown.language);
    // Only the shown version's text: the list of versions needs their dates, not their bodies.
    const body = (await repo.versionBodies(trx, [shown.id])).get(shown.id) ?? '';
    return {
      slug: doc.slug,
      kind: doc.kind,
      versionNo: shown.version_no,
      isCurrent: shown.version_no === ofLanguage[0]?.version_no,
      defaultVersionNo: byDefault.version_no,
      language: shown.language,
      languages: [...new Set(versions.map((v) => v.language))],
      title: shown.title,
      summary: shown.summary,
      bodyHtml: renderMarkdown(body),
      changeNote: shown.change_note,
      publishedAt: iso(shown.published_at),
      file: shown.file_name ? { name: shown.file_name, type: shown.file_type ?? '', size: shown.file_size ?? 0 } : null,
      versions: ofLanguage.map((v) => ({ versionNo: v.version_no, title: v.title, publishedAt: iso(v.published_at), changeNote: v.change_note })),
    };
  });
}

/** The file of a published version, for download; null when there is none. */
export async function publishedDocumentFile(
  db: Db, tenantId: string, slug: string, versionNo: number,
): Promise<{ fileName: string; fileType: string; content: Buffer } | null> {
  if (!Number.isInteger(versionNo) || versionNo < 1 || versionNo > 2147483647) return null;
  return withTenant(db, tenantId, async (trx) => {
    const row = await repo.publishedVersionFile(trx, tenantId, slug, versionNo);
    if (!row?.file_name || !row.file_content) return null;
    return { fileName: row.file_name, fileType: row.file_type ?? 'application/octet-stream', content: row.file_content };
  });
}

/**
 * A document with a published version 1, inside the caller's transaction: default content
 * (the action guide's tools and templates). Not audited here — the caller audits what it installs.
 */
export async function installPublishedDocument(
  trx: Trx,
  tenantId: string,
  v: {
    slug: string; kind: DocumentKind; title: string; summary: string; body: string;
    file?: { name: string; type: string; content: Buffer }; ownerId?: string | null; reviewDue?: string | null;
  },
): Promise<{ id: string }> {
  const { id } = await repo.insertDocument(trx, {
    tenantId, slug: v.slug, kind: v.kind, ownerId: v.ownerId ?? null, reviewDue: v.reviewDue ?? null, title: v.title,
  });
  await repo.insertVersion(trx, {
    // Samla's default documents are written in bokmål.
    tenantId, documentId: id, versionNo: 1, title: v.title, summary: v.summary, body: v.body, changeNote: '', createdBy: null, language: 'nb',
    file: v.file ?? null, published: { by: null },
  });
  return { id };
}

export interface DocumentRef {
  slug: string;
  title: string;
  kind: DocumentKind;
  fileType: string | null;
  language: ContentLanguage;
}

/**
 * The current published version of each of `ids` that has one, in the first of `prefer`'s
 * languages it has, else the main language's, else any; unpublished and archived documents are left out.
 */
export async function documentRefs(trx: Trx, tenantId: string, ids: string[], prefer: readonly ContentLanguage[] = []): Promise<Map<string, DocumentRef>> {
  const refs = new Map<string, DocumentRef>();
  // Ids come from guide steps (uuid[]); anything else names no document rather than failing the page.
  const unique = [...new Set(ids)].filter((id) => UUID.test(id));
  if (unique.length === 0) return refs;
  const languages = prefer.length ? [...prefer, await mainLanguage(trx, tenantId)] : [];
  for (const r of await repo.currentPublished(trx, tenantId, { ids: unique }, languages)) {
    refs.set(r.id, { slug: r.slug, title: r.title, kind: r.kind, fileType: r.file_type, language: r.language });
  }
  return refs;
}
