import { withTenant, type Db, type Trx } from '../../../platform/db/database.js';
import type { Actor, StaffActor } from '../../../platform/access/actor.js';
import { appendAudit, type AuditEvent } from '../../../platform/audit/audit.js';
import { renderPdf } from '../../../platform/documents/pdf.js';
import { conflict } from '../../../platform/http/errors.js';
import type { GuideEditor } from '../../../../contracts/guide.js';
import { installPublishedDocument } from '../../library/library.service.js';
import { editorView } from '../guide.service.js';
import { requireGuideEditor } from '../guide.policy.js';
import * as repo from '../guide.repository.js';
import { defaultDocuments, defaultGuide } from './index.js';

/** The default documents' PDFs, by slug: rendered before any transaction opens (PGlite has one connection). */
export type DefaultFiles = ReadonlyMap<string, Buffer>;

let files: Promise<DefaultFiles> | undefined;

/**
 * Renders the PDFs once per process: the same forms serve every tenant, and a municipality that
 * changes one uploads its own version in the library.
 */
export function defaultFiles(): Promise<DefaultFiles> {
  files ??= (async () => {
    const rendered = new Map<string, Buffer>();
    for (const doc of defaultDocuments) {
      if (doc.pdf) rendered.set(doc.slug, await renderPdf({ title: doc.title, footer: doc.pdf.footer, content: doc.pdf.content() }));
    }
    return rendered;
  })().catch((err: unknown) => {
    files = undefined;
    throw err;
  });
  return files;
}

export interface InstallResult {
  guideInstalled: boolean;
  documentsInstalled: number;
}

/**
 * Installs, inside the caller's transaction, each default document whose slug the tenant does
 * not use yet, and the default guide when the tenant has no steps — linked to the documents by
 * slug, the tenant's own ones included. Running it again installs nothing. Audited when there
 * is an actor (a tenant created by the installation script has none yet).
 */
export async function installDefaultContentIn(trx: Trx, actor: StaffActor | null, tenantId: string, pdfs: DefaultFiles): Promise<InstallResult> {
  await repo.lockGuide(trx, tenantId);
  const audit: AuditEvent[] = [];
  const ids = await repo.documentIdsBySlug(trx, tenantId, defaultDocuments.map((d) => d.slug));
  let documentsInstalled = 0;
  for (const doc of defaultDocuments) {
    if (ids.has(doc.slug)) continue;
    const pdf = pdfs.get(doc.slug);
    const { id } = await installPublishedDocument(trx, tenantId, {
      slug: doc.slug, kind: doc.kind, title: doc.title, summary: doc.summary, body: doc.body,
      ...(doc.pdf && pdf ? { file: { name: doc.pdf.fileName, type: 'application/pdf', content: pdf } } : {}),
    });
    ids.set(doc.slug, id);
    documentsInstalled += 1;
    audit.push({ action: 'document.create', entityType: 'document', entityId: id });
  }
  const guideInstalled = !(await repo.hasSteps(trx, tenantId));
  if (guideInstalled) {
    await repo.insertSteps(trx, tenantId, actor?.userId ?? null, defaultGuide.map((s) => ({
      key: s.key, level: s.level, kind: s.kind, position: s.position, content: s.content, choices: s.choices,
      documentIds: s.documents.flatMap((slug) => ids.get(slug) ?? []),
      deadlineDays: s.deadlineDays ?? null, staffFunction: s.staffFunction ?? null, workPoint: s.workPoint ?? null,
    })));
    audit.push({ action: 'guide.install_default', entityType: 'guide', entityId: tenantId });
  }
  if (actor) await appendAudit(trx, actor, audit);
  return { guideInstalled, documentsInstalled };
}

/** For a new tenant and the demo: the default guide and documents, whatever of them the tenant lacks. */
export async function installDefaultContent(db: Db, actor: StaffActor | null, tenantId: string): Promise<InstallResult> {
  const pdfs = await defaultFiles();
  return withTenant(db, tenantId, (trx) => installDefaultContentIn(trx, actor, tenantId, pdfs));
}

/** POST /api/content/guide/install-default: a coordinator starts from Samla's guide (409 when the tenant has one). */
export async function installDefaultGuide(db: Db, actor: Actor): Promise<GuideEditor> {
  const editor = requireGuideEditor(actor);
  const pdfs = await defaultFiles();
  return withTenant(db, editor.tenantId, async (trx) => {
    await repo.lockGuide(trx, editor.tenantId);
    if (await repo.hasSteps(trx, editor.tenantId)) throw conflict('guide_exists', 'The municipality already has an action guide');
    await installDefaultContentIn(trx, editor, editor.tenantId, pdfs);
    return editorView(trx, editor.tenantId);
  });
}
