import { withTenant, type Db, type Trx } from '../../platform/db/database.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import type { DocumentKind, PublicDocumentListItem, PublicDocumentView } from '../../../contracts/library.js';
import * as repo from './library.repository.js';

/*
 * The library as the public site and the action guide see it: published versions of documents
 * that are not archived, never a draft. Every published version stays readable with its date.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (d: Date | null) => (d ?? new Date(0)).toISOString();

/** The library's list: each document with its current (newest published) version, by title. */
export async function publishedDocuments(db: Db, tenantId: string, filter: { kind?: DocumentKind } = {}): Promise<PublicDocumentListItem[]> {
  return withTenant(db, tenantId, async (trx) => {
    const rows = await repo.currentPublished(trx, tenantId, filter);
    rows.sort((a, b) => a.sort_key.localeCompare(b.sort_key) || a.id.localeCompare(b.id));
    return rows.map((r) => ({
      slug: r.slug, kind: r.kind, title: r.title, summary: r.summary, versionNo: r.version_no, publishedAt: iso(r.published_at), fileType: r.file_type,
    }));
  });
}

/**
 * One published version rendered (versionNo omitted: the current one), with every published
 * version listed newest first with its date. Null for an unknown, archived or never-published
 * document and for a version number that is not published.
 */
export async function publishedDocumentView(db: Db, tenantId: string, slug: string, versionNo?: number): Promise<PublicDocumentView | null> {
  return withTenant(db, tenantId, async (trx) => {
    const doc = await repo.documentBySlug(trx, tenantId, slug);
    if (!doc || doc.archived_at) return null;
    const versions = await repo.versionHeads(trx, [doc.id], true);
    const current = versions[0];
    const shown = versionNo === undefined ? current : versions.find((v) => v.version_no === versionNo);
    if (!current || !shown) return null;
    // Only the shown version's text: the list of versions needs their dates, not their bodies.
    const body = (await repo.versionBodies(trx, [shown.id])).get(shown.id) ?? '';
    return {
      slug: doc.slug,
      kind: doc.kind,
      versionNo: shown.version_no,
      isCurrent: shown.version_no === current.version_no,
      title: shown.title,
      summary: shown.summary,
      bodyHtml: renderMarkdown(body),
      changeNote: shown.change_note,
      publishedAt: iso(shown.published_at),
      file: shown.file_name ? { name: shown.file_name, type: shown.file_type ?? '', size: shown.file_size ?? 0 } : null,
      versions: versions.map((v) => ({ versionNo: v.version_no, title: v.title, publishedAt: iso(v.published_at), changeNote: v.change_note })),
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
    tenantId, documentId: id, versionNo: 1, title: v.title, summary: v.summary, body: v.body, changeNote: '', createdBy: null,
    file: v.file ?? null, published: { by: null },
  });
  return { id };
}

export interface DocumentRef {
  slug: string;
  title: string;
  kind: DocumentKind;
  fileType: string | null;
}

/** The current published version of each of `ids` that has one; unpublished and archived documents are left out. */
export async function documentRefs(trx: Trx, tenantId: string, ids: string[]): Promise<Map<string, DocumentRef>> {
  const refs = new Map<string, DocumentRef>();
  // Ids come from guide steps (uuid[]); anything else names no document rather than failing the page.
  const unique = [...new Set(ids)].filter((id) => UUID.test(id));
  if (unique.length === 0) return refs;
  for (const r of await repo.currentPublished(trx, tenantId, { ids: unique })) {
    refs.set(r.id, { slug: r.slug, title: r.title, kind: r.kind, fileType: r.file_type });
  }
  return refs;
}
