import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import type { DocumentUploadResponse } from '../../../contracts/consents.js';
import { loadCaseForActor, withCaseTenant } from '../cases/case-access.js';
import { matchesMagicBytes, sanitiseFileName } from './document-files.js';
import * as repo from './case-documents.repository.js';

type ContentType = DocumentUploadResponse['contentType'];

/**
 * Stores a scanned form (a signed consent, typically) on the case. The declared type must
 * match the file's first bytes, so that a download never hands out something else under a
 * harmless type. Staff who may write the case only: documents name their uploader.
 */
export async function uploadDocument(
  db: Db,
  actor: Actor,
  caseId: string,
  file: { contentType: ContentType; content: Buffer; rawFileName: string | undefined },
): Promise<DocumentUploadResponse> {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    if (scoped.kind !== 'staff') throw notFound();
    const { row } = await loadCaseForActor(trx, scoped, caseId, 'write');
    if (file.content.length === 0 || !matchesMagicBytes(file.contentType, file.content)) {
      throw badRequest('content_mismatch', 'The file is not of the declared type', [
        { path: 'content-type', code: 'content_mismatch', message: 'The file is not of the declared type' },
      ]);
    }
    const doc = await repo.insertDocument(trx, {
      tenantId: row.tenant_id, caseId, fileName: sanitiseFileName(file.rawFileName, file.contentType), contentType: file.contentType,
      content: file.content, uploadedBy: scoped.userId,
    });
    await appendAudit(trx, scoped, [{ action: 'document.upload', entityType: 'case_document', entityId: doc.id, childId: row.child_id }]);
    return { id: doc.id, fileName: doc.file_name, contentType: doc.content_type as ContentType, sizeBytes: doc.size_bytes };
  });
}

/** The stored file, for anyone who may read the case (staff and residents alike). */
export async function downloadDocument(db: Db, actor: Actor, caseId: string, documentId: string) {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row } = await loadCaseForActor(trx, scoped, caseId, 'read');
    const doc = await repo.documentWithContent(trx, caseId, documentId);
    if (!doc) throw notFound();
    await appendAudit(trx, scoped, [{ action: 'document.read', entityType: 'case_document', entityId: doc.id, childId: row.child_id }]);
    return { fileName: doc.file_name, contentType: doc.content_type, content: doc.content };
  });
}
