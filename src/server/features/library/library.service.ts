import { withTenant, type Db, type Trx } from '../../platform/db/database.js';
import { hasMunicipalRole, type StaffActor } from '../../platform/access/actor.js';
import { appendAudit, type AuditEvent } from '../../platform/audit/audit.js';
import { badRequest, conflict, notFound, validationError } from '../../platform/http/errors.js';
import { decodeSortKeyCursor, encodeCursor } from '../../platform/http/cursor.js';
import { fileNameForType } from '../../platform/documents/files.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type { z } from 'zod';
import type {
  documentCreate, DocumentDetail, DocumentList, documentListQuery, DocumentOwnerList, documentUpdate, versionDraft, versionDraftUpdate,
} from '../../../contracts/library.js';
import { EXTENSION, matchesLibraryFile, type LibraryFileType } from './library-files.js';
import { presentDetail, presentSummary, versionsWithBody } from './library.present.js';
import { mainLanguage } from '../organisation/main-language.js';
import * as repo from './library.repository.js';

export { documentRefs, installPublishedDocument, publishedDocumentFile, publishedDocumentView, publishedDocuments } from './library.published.js';

/*
 * The editors' library: only municipal coordinators (DESIGN §4). Anyone else sees an empty list
 * and «not found» for every document. A published version is never changed; a document has at
 * most one draft; every change is audited in its own transaction.
 */

type DocumentCreate = z.output<typeof documentCreate>;
type ListQuery = z.output<typeof documentListQuery>;
type DocumentUpdate = z.output<typeof documentUpdate>;
type VersionDraft = z.output<typeof versionDraft>;
type VersionDraftUpdate = z.output<typeof versionDraftUpdate>;

const versionConflict = () => conflict('version_conflict', 'Someone else changed this; reload to see the change');
const versionPublished = () => conflict('version_published', 'A published version is never changed; make a new draft');
const draftExists = () => conflict('draft_exists', 'The document already has a draft; change that one');
const slugTaken = () => conflict('slug_taken', 'Another document has this address', [{ path: 'slug', code: 'slug_taken', message: 'Another document has this address' }]);
const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

function isCoordinator(actor: StaffActor): boolean {
  return hasMunicipalRole(actor, 'municipal_coordinator');
}

/** A coordinator's transaction; anyone else gets «not found», like for a document that does not exist. */
async function asCoordinator<T>(db: Db, actor: StaffActor, fn: (trx: Trx) => Promise<T>): Promise<T> {
  if (!isCoordinator(actor)) throw notFound();
  return withTenant(db, actor.tenantId, fn);
}

async function detailOf(trx: Trx, documentId: string): Promise<DocumentDetail> {
  const doc = await repo.documentById(trx, documentId);
  if (!doc) throw notFound();
  const versions = await repo.versionHeads(trx, [documentId]);
  // Older versions' texts stay in the database: their pages on the public site show them.
  return presentDetail(doc, versions, await repo.versionBodies(trx, versionsWithBody(versions)), todayInNorway());
}

async function audit(trx: Trx, actor: StaffActor, events: [action: AuditEvent['action'], entityType: 'document' | 'document_version', entityId: string][]) {
  await appendAudit(trx, actor, events.map(([action, entityType, entityId]): AuditEvent => ({ action, entityType, entityId })));
}

async function checkOwner(trx: Trx, ownerId: string | null | undefined) {
  if (!ownerId) return;
  if (!(await repo.coordinatorExists(trx, ownerId))) {
    // The owner is told on «Mitt arbeid» and acts in the editor, which only coordinators reach.
    throw validationError([{ path: 'ownerId', code: 'owner_not_coordinator', message: 'The owner must be an active municipal coordinator' }]);
  }
}

export async function listDocuments(db: Db, actor: StaffActor, query: ListQuery): Promise<DocumentList> {
  if (!isCoordinator(actor)) return { items: [], nextCursor: null };
  const after = decodeSortKeyCursor(query.cursor);
  return withTenant(db, actor.tenantId, async (trx) => {
    const today = todayInNorway();
    const rows = await repo.listDocuments(trx, actor.tenantId, {
      kind: query.kind, reviewOverdueBefore: query.reviewOverdue ? today : undefined, text: query.q || undefined, after, limit: query.limit,
    });
    const page = rows.slice(0, query.limit);
    const versions = await repo.currentHeads(trx, page.map((d) => d.id));
    const last = page.at(-1);
    return {
      items: page.map((d) => presentSummary(d, versions.filter((v) => v.document_id === d.id), today)),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_key, last.id]) : null,
    };
  });
}

/** Whom a document may belong to: the active municipal coordinators (coordinators only, like the whole editor). */
export async function listOwners(db: Db, actor: StaffActor): Promise<DocumentOwnerList> {
  return asCoordinator(db, actor, async (trx) => ({ items: await repo.activeCoordinators(trx, actor.tenantId) }));
}

export async function getDocument(db: Db, actor: StaffActor, id: string): Promise<DocumentDetail> {
  return asCoordinator(db, actor, (trx) => detailOf(trx, id));
}

/** A document and its first draft. */
export async function createDocument(db: Db, actor: StaffActor, input: DocumentCreate): Promise<DocumentDetail> {
  return asCoordinator(db, actor, async (trx) => {
    await checkOwner(trx, input.ownerId);
    if (await repo.documentBySlug(trx, actor.tenantId, input.slug)) throw slugTaken();
    const { id } = await repo.insertDocument(trx, {
      tenantId: actor.tenantId, slug: input.slug, kind: input.kind, ownerId: input.ownerId, reviewDue: input.reviewDue, title: input.title,
    }).catch((err: unknown) => {
      throw isUniqueViolation(err) ? slugTaken() : err;
    });
    const draft = await repo.insertVersion(trx, {
      tenantId: actor.tenantId, documentId: id, versionNo: 1, title: input.title, summary: input.summary, body: input.body,
      changeNote: input.changeNote, createdBy: actor.userId, language: input.language ?? await mainLanguage(trx, actor.tenantId),
    });
    await audit(trx, actor, [['document.create', 'document', id], ['document_version.create', 'document_version', draft.id]]);
    return detailOf(trx, id);
  });
}

/** Kind, owner, review date, archived: the document's own fields, with the version the user saw. */
export async function updateDocument(db: Db, actor: StaffActor, id: string, input: DocumentUpdate): Promise<DocumentDetail> {
  return asCoordinator(db, actor, async (trx) => {
    if (input.kind === undefined && input.ownerId === undefined && input.reviewDue === undefined && input.archived === undefined) {
      // A version alone would be audited as a change and bump the version with nothing changed.
      const message = 'Give at least one of kind, ownerId, reviewDue and archived to change';
      throw badRequest('nothing_to_change', message, [{ path: 'body', code: 'nothing_to_change', message }]);
    }
    const doc = await repo.lockDocument(trx, id);
    if (!doc) throw notFound();
    if (doc.version !== input.version) throw versionConflict();
    // The rule is for choosing an owner: an owner who has since lost the role may be sent back
    // unchanged with the other fields (their review task has gone to the coordinators meanwhile).
    if (input.ownerId !== undefined && input.ownerId !== doc.owner_id) await checkOwner(trx, input.ownerId);
    const updated = await repo.updateDocument(trx, id, input.version, {
      kind: input.kind, ownerId: input.ownerId, reviewDue: input.reviewDue, archived: input.archived,
    });
    if (!updated) throw versionConflict();
    const archiving = input.archived === true && doc.archived_at === null;
    await audit(trx, actor, [[archiving ? 'document.archive' : 'document.update', 'document', id]]);
    return detailOf(trx, id);
  });
}

/** The document, locked, if it may take a new or changed version: not archived. */
async function lockForVersionChange(trx: Trx, id: string) {
  const doc = await repo.lockDocument(trx, id);
  if (!doc) throw notFound();
  if (doc.archived_at) throw conflict('document_archived', 'The document is archived; take it back into use first');
  return doc;
}

/**
 * A new draft after the published versions (409 draft_exists when there is one already): the
 * texts as sent, the current version's file copied along (it can be removed or replaced).
 */
export async function createDraft(db: Db, actor: StaffActor, id: string, input: VersionDraft): Promise<DocumentDetail> {
  return asCoordinator(db, actor, async (trx) => {
    await lockForVersionChange(trx, id);
    const versionNo = await repo.nextVersionNo(trx, id);
    const language = input.language ?? await mainLanguage(trx, actor.tenantId);
    const draft = await repo.insertVersion(trx, {
      tenantId: actor.tenantId, documentId: id, versionNo, title: input.title, summary: input.summary, body: input.body,
      changeNote: input.changeNote, createdBy: actor.userId, language,
    }).catch((err: unknown) => {
      // The one-draft index: a draft already there, or one made at the same moment.
      throw isUniqueViolation(err) ? draftExists() : err;
    });
    await repo.copyCurrentFile(trx, id, draft.id);
    await audit(trx, actor, [['document_version.create', 'document_version', draft.id]]);
    return detailOf(trx, id);
  });
}

/** The draft of a document, or 404 / 409 version_published / version_conflict. */
async function draftOf(trx: Trx, id: string, versionId: string, seenVersion: number | null) {
  const v = await repo.versionOf(trx, id, versionId);
  if (!v) throw notFound();
  if (v.status !== 'draft') throw versionPublished();
  if (seenVersion !== null && v.version !== seenVersion) throw versionConflict();
  return v;
}

/** While nothing is published, the list shows the draft's title: keep the sort key with it. */
async function followTitle(trx: Trx, id: string, title: string) {
  const versions = await repo.versionHeads(trx, [id], true);
  if (versions.length === 0) await repo.updateDocument(trx, id, null, { title });
}

export async function updateDraft(db: Db, actor: StaffActor, id: string, versionId: string, input: VersionDraftUpdate): Promise<DocumentDetail> {
  return asCoordinator(db, actor, async (trx) => {
    await lockForVersionChange(trx, id);
    await draftOf(trx, id, versionId, input.version);
    const updated = await repo.updateDraft(trx, versionId, input.version, {
      title: input.title, summary: input.summary, body: input.body, changeNote: input.changeNote, language: input.language,
    });
    if (!updated) throw versionConflict();
    await followTitle(trx, id, input.title);
    await audit(trx, actor, [['document_version.update', 'document_version', versionId]]);
    return detailOf(trx, id);
  });
}

/**
 * The draft's file, replaced. The bytes must be of the declared type (400 content_mismatch). The
 * version the user saw may come in If-Match; without it the newest file wins.
 */
export async function uploadFile(
  db: Db, actor: StaffActor, id: string, versionId: string,
  file: { type: LibraryFileType; content: Buffer; rawFileName: string | undefined; seenVersion: number | null },
): Promise<DocumentDetail> {
  return asCoordinator(db, actor, async (trx) => {
    await lockForVersionChange(trx, id);
    await draftOf(trx, id, versionId, file.seenVersion);
    if (file.content.length === 0 || !matchesLibraryFile(file.type, file.content)) {
      throw badRequest('content_mismatch', 'The file is not of the declared type', [
        { path: 'content-type', code: 'content_mismatch', message: 'The file is not of the declared type' },
      ]);
    }
    // The name ends in the checked type's extension: what the user called it decides nothing.
    const name = fileNameForType(file.rawFileName, EXTENSION[file.type], 'dokument');
    const updated = await repo.updateDraft(trx, versionId, file.seenVersion, { file: { name, type: file.type, content: file.content } });
    if (!updated) throw versionConflict();
    await audit(trx, actor, [['document_version.file_upload', 'document_version', versionId]]);
    return detailOf(trx, id);
  });
}

export async function deleteFile(db: Db, actor: StaffActor, id: string, versionId: string, seenVersion: number | null): Promise<DocumentDetail> {
  return asCoordinator(db, actor, async (trx) => {
    await lockForVersionChange(trx, id);
    const v = await draftOf(trx, id, versionId, seenVersion);
    if (!v.file_name) throw notFound();
    const updated = await repo.updateDraft(trx, versionId, seenVersion, { file: null });
    if (!updated) throw versionConflict();
    await audit(trx, actor, [['document_version.file_delete', 'document_version', versionId]]);
    return detailOf(trx, id);
  });
}

/** Any version's file, draft or published, for the editors. */
export async function downloadFile(db: Db, actor: StaffActor, id: string, versionId: string) {
  return asCoordinator(db, actor, async (trx) => {
    const row = await repo.versionFile(trx, id, versionId);
    if (!row?.file_name || !row.file_content) throw notFound();
    return { fileName: row.file_name, fileType: row.file_type ?? 'application/octet-stream', content: row.file_content };
  });
}

/** The draft becomes the current version; the older ones stay readable with their dates. */
export async function publishVersion(db: Db, actor: StaffActor, id: string, versionId: string, seenVersion: number): Promise<DocumentDetail> {
  return asCoordinator(db, actor, async (trx) => {
    await lockForVersionChange(trx, id);
    const v = await draftOf(trx, id, versionId, seenVersion);
    if (v.body.trim() === '' && !v.file_name) {
      throw validationError([{ path: 'body', code: 'empty_version', message: 'A version needs a page text or a file before it is published' }]);
    }
    const published = await repo.publishDraft(trx, versionId, seenVersion, actor.userId);
    if (!published) throw versionConflict();
    await repo.updateDocument(trx, id, null, { title: v.title });
    await audit(trx, actor, [['document_version.publish', 'document_version', versionId]]);
    return detailOf(trx, id);
  });
}
