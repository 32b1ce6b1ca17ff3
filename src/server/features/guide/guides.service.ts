import type { z } from 'zod';
import { withTenant, type Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { appendAudit, type AuditEvent } from '../../platform/audit/audit.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import type { GuideEditor, guideInput, guideUpdate } from '../../../contracts/guide.js';
import { mapUniqueViolation } from '../organisation/organisation.service.js';
import { choicesOf } from './guide.present.js';
import { requireGuideEditor } from './guide.policy.js';
import * as repo from './guide.repository.js';
import * as guides from './guides.repository.js';
import { editorView } from './guide.service.js';

/*
 * A municipality's guides side by side (issue 9, item 1): coordinators create, rename, order,
 * publish and delete them. Each answers with the whole editor, as the steps' changes do.
 */
type GuideInput = z.output<typeof guideInput>;
const slugTaken = (path: string) => () =>
  conflict('slug_taken', 'Another guide has this address', [{ path, code: 'slug_taken', message: 'Another guide has this address' }]);
const values = (g: GuideInput): guides.GuideValues => ({ slug: g.slug, name: g.name, audience: g.audience, position: g.position, published: g.published });

export async function createGuide(db: Db, actor: Actor, input: GuideInput): Promise<GuideEditor> {
  const editor = requireGuideEditor(actor);
  const tenantId = editor.tenantId;
  return mapUniqueViolation(
    () => withTenant(db, tenantId, async (trx) => {
      await repo.lockGuide(trx, tenantId);
      const { id } = await guides.insertGuide(trx, tenantId, editor.userId, values(input));
      await appendAudit(trx, editor, [{ action: 'guide.create', entityType: 'guide', entityId: id }]);
      return editorView(trx, tenantId);
    }),
    { guides_tenant_id_slug_key: slugTaken('slug') },
  );
}

/** Renames, reorders, (un)publishes. The address (slug) may change: old links to it then end at the common entry. */
export async function updateGuide(db: Db, actor: Actor, id: string, update: z.output<typeof guideUpdate>): Promise<GuideEditor> {
  const editor = requireGuideEditor(actor);
  const tenantId = editor.tenantId;
  return mapUniqueViolation(
    () => withTenant(db, tenantId, async (trx) => {
      await repo.lockGuide(trx, tenantId);
      const current = (await guides.guidesOfTenant(trx, tenantId)).find((g) => g.id === id);
      if (!current) throw notFound();
      const updated = await guides.updateGuide(trx, tenantId, id, update.version, editor.userId, values(update.guide));
      if (!updated) throw conflict('version_conflict', 'Someone else changed this guide; reload to see the change');
      await appendAudit(trx, editor, [{ action: 'guide.update', entityType: 'guide', entityId: id }]);
      return editorView(trx, tenantId);
    }),
    // a field path (the body's guide.slug), in backticks so no scan takes it for an audit code
    { guides_tenant_id_slug_key: slugTaken(`guide.slug`) },
  );
}

/**
 * Deletes a guide with its steps — not one whose steps other guides' steps lead to (409
 * guide_in_use naming them), and not the last guide while it has steps.
 */
export async function deleteGuide(db: Db, actor: Actor, id: string): Promise<GuideEditor> {
  const editor = requireGuideEditor(actor);
  const tenantId = editor.tenantId;
  return withTenant(db, tenantId, async (trx) => {
    await repo.lockGuide(trx, tenantId);
    const list = await guides.guidesOfTenant(trx, tenantId);
    const guide = list.find((g) => g.id === id);
    if (!guide) throw notFound();
    const steps = await repo.stepsOfTenant(trx, tenantId);
    const own = new Set(steps.filter((s) => s.guide_id === id).map((s) => s.key));
    const linking = steps.filter((s) => s.guide_id !== id && choicesOf(s).some((c) => own.has(c.to))).map((s) => s.key);
    if (linking.length > 0) {
      const message = `Steps of other guides lead into this guide (${linking.join(', ')}); change their choices first`;
      throw conflict('guide_in_use', message, [{ path: 'id', code: 'guide_in_use', message }]);
    }
    await guides.deleteGuide(trx, tenantId, id);
    await appendAudit(trx, editor, [
      { action: 'guide.delete', entityType: 'guide', entityId: id },
      ...steps.filter((s) => s.guide_id === id).map((s): AuditEvent => ({ action: 'guide_step.delete', entityType: 'guide_step', entityId: s.id })),
    ]);
    return editorView(trx, tenantId);
  });
}
