import type { Executor } from '../../platform/db/database.js';

export async function insertDocument(
  db: Executor,
  v: { tenantId: string; caseId: string; fileName: string; contentType: string; content: Buffer; uploadedBy: string },
) {
  return db
    .insertInto('case_documents')
    .values({
      tenant_id: v.tenantId, case_id: v.caseId, file_name: v.fileName, content_type: v.contentType, size_bytes: v.content.length,
      content: v.content, uploaded_by: v.uploadedBy,
    })
    .returning(['id', 'file_name', 'content_type', 'size_bytes'])
    .executeTakeFirstOrThrow();
}

/** The file with its content; only if it belongs to this case (a document id from another case is «not found»). */
export async function documentWithContent(db: Executor, caseId: string, documentId: string) {
  return db
    .selectFrom('case_documents')
    .select(['id', 'file_name', 'content_type', 'content'])
    .where('id', '=', documentId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}
