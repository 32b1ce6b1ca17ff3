import type { z } from 'zod';
import { withTenant, type Db, type Trx } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { appendAudit, type AuditEvent } from '../../platform/audit/audit.js';
import { conflict, notFound, validationError, type FieldProblem } from '../../platform/http/errors.js';
import type { GuideEditor, GuideStepDetail, guideStepInput, guideStepUpdate } from '../../../contracts/guide.js';
import { mapUniqueViolation } from '../organisation/organisation.service.js';
import { choicesOf, toDetail } from './guide.present.js';
import { requireGuideEditor } from './guide.policy.js';
import { startMoveProblems, stepProblems, stepsLeadingTo, type StepShape } from './guide.rules.js';
import * as repo from './guide.repository.js';
import * as guides from './guides.repository.js';
import { defaultGuideValues, toGuideDetail } from './guides.present.js';
import { levelsOf } from '../levels/levels.model.js';

type StepInput = z.output<typeof guideStepInput>;
type StepUpdate = z.output<typeof guideStepUpdate>;

const shape = (r: repo.StepRow): StepShape => ({ key: r.key, kind: r.kind, choices: choicesOf(r) });
const keyTaken = (path: string) => () =>
  conflict('key_taken', 'Another step has this key', [{ path, code: 'key_taken', message: 'Another step has this key' }]);
const stepInUse = (path: string, message: string) => conflict('step_in_use', message, [{ path, code: 'step_in_use', message }]);
const versionConflict = () => conflict('version_conflict', 'Someone else changed this step; reload to see the change');

const values = (s: StepInput): repo.StepValues => ({
  key: s.key, level: s.level, kind: s.kind, position: s.position, content: s.content, choices: s.choices, documentIds: [...new Set(s.documentIds)],
  staffFunction: s.staffFunction, deadlineDays: s.deadlineDays, workPoint: s.workPoint,
});

/** A step saved with a work point takes it over from the step that had it (audited as that step's update). */
async function takeWorkPoint(trx: Trx, tenantId: string, input: StepInput, id: string | null, userId: string) {
  if (!input.workPoint) return [];
  const released = await repo.releaseWorkPoint(trx, tenantId, input.workPoint, id, userId);
  return released.map((r) => updateAudit(r.id));
}

/** A step's level is one of the municipality's (features/levels). */
async function levelProblems(trx: Trx, tenantId: string, level: number, prefix: string): Promise<FieldProblem[]> {
  const { levels } = await levelsOf(trx, tenantId);
  return level < levels.length ? [] : [{ path: `${prefix}level`, code: 'unknown_level', message: `The municipality's levels are 0–${levels.length - 1}` }];
}

/** Linked documents must be the tenant's own (row-level security hides the rest, so they read as unknown). */
async function documentProblems(trx: Trx, tenantId: string, ids: readonly string[], prefix: string): Promise<FieldProblem[]> {
  const known = await repo.documentIdsOfTenant(trx, tenantId, ids);
  return ids.flatMap((id, i) => (known.has(id) ? [] : [{ path: `${prefix}documentIds.${i}`, code: 'unknown_document', message: 'No document with this id' }]));
}

/** The editor's view: every step as written, and the documents a step can link. */
export async function guideEditor(db: Db, actor: Actor): Promise<GuideEditor> {
  const editor = requireGuideEditor(actor);
  return withTenant(db, editor.tenantId, (trx) => editorView(trx, editor.tenantId));
}

export async function editorView(trx: Trx, tenantId: string): Promise<GuideEditor> {
  const [list, steps, documents] = await Promise.all([
    guides.guidesOfTenant(trx, tenantId), repo.stepsOfTenant(trx, tenantId), repo.linkableDocuments(trx, tenantId),
  ]);
  return {
    guides: list.map(toGuideDetail),
    steps: steps.map(toDetail),
    documents: documents.map((d) => ({ id: d.id, title: d.title, kind: d.kind })),
  };
}

/**
 * The guide a step is written into: the one named (400 unknown_guide when the tenant has none by
 * that id), else the first, made as the default guide when the tenant has none yet.
 */
async function guideOf(trx: Trx, tenantId: string, userId: string, guideId: string | undefined, path: string): Promise<string> {
  const list = await guides.guidesOfTenant(trx, tenantId);
  if (guideId) {
    if (!list.some((g) => g.id === guideId)) throw validationError([{ path, code: 'unknown_guide', message: 'No guide with this id' }]);
    return guideId;
  }
  return list[0]?.id ?? (await guides.insertGuide(trx, tenantId, userId, defaultGuideValues)).id;
}

const updateAudit = (id: string): AuditEvent => ({ action: 'guide_step.update', entityType: 'guide_step', entityId: id });

/** The start a step saved as the start takes over from: the other step that is the start now. */
const formerStartOf = (steps: readonly repo.StepRow[], input: StepInput, id: string | null) =>
  input.kind === 'start' ? steps.find((s) => s.kind === 'start' && s.id !== id) : undefined;

/**
 * A new step. Its choices must lead to steps that exist, so a guide is built from its ends
 * towards its start. A new start takes over from the former one, which becomes a plain step.
 */
export async function createStep(db: Db, actor: Actor, input: StepInput): Promise<GuideStepDetail> {
  const editor = requireGuideEditor(actor);
  const tenantId = editor.tenantId;
  return mapUniqueViolation(
    () => withTenant(db, tenantId, async (trx) => {
      await repo.lockGuide(trx, tenantId);
      const all = await repo.stepsOfTenant(trx, tenantId);
      if (all.some((s) => s.key === input.key)) throw keyTaken('key')();
      const guideId = await guideOf(trx, tenantId, editor.userId, input.guideId, 'guideId');
      // Choices lead within the guide, and each guide has its own start.
      const steps = all.filter((s) => s.guide_id === guideId);
      const formerStart = formerStartOf(steps, input, null);
      const problems = [
        ...stepProblems(input, steps.map(shape), ''), ...startMoveProblems(formerStart && shape(formerStart), ''),
        ...(await documentProblems(trx, tenantId, input.documentIds, '')), ...(await levelProblems(trx, tenantId, input.level, '')),
      ];
      if (problems.length) throw validationError(problems);
      if (formerStart) await repo.demoteStart(trx, tenantId, formerStart.id, editor.userId);
      const moved = await takeWorkPoint(trx, tenantId, input, null, editor.userId);
      const [created] = await repo.insertSteps(trx, tenantId, editor.userId, [{ ...values(input), guideId }]);
      await appendAudit(trx, editor, [
        ...(formerStart ? [updateAudit(formerStart.id)] : []), ...moved,
        { action: 'guide_step.create', entityType: 'guide_step', entityId: created!.id },
      ]);
      return toDetail(created!);
    }),
    { guide_steps_tenant_id_key_key: keyTaken('key') },
  );
}

/**
 * Rewrites a step. A key that other steps lead to stays (renaming it would break their choices
 * and the public addresses readers have saved). Saved as the start, it takes over from the
 * former start, which becomes a plain step in the same transaction; the start itself stays a
 * start until then, so the guide always has one.
 */
export async function updateStep(db: Db, actor: Actor, id: string, update: StepUpdate): Promise<GuideStepDetail> {
  const editor = requireGuideEditor(actor);
  const tenantId = editor.tenantId;
  const input = update.step;
  return mapUniqueViolation(
    () => withTenant(db, tenantId, async (trx) => {
      await repo.lockGuide(trx, tenantId);
      const all = await repo.stepsOfTenant(trx, tenantId);
      const current = all.find((s) => s.id === id);
      if (!current) throw notFound();
      if (current.version !== update.version) throw versionConflict();
      if (input.guideId && input.guideId !== current.guide_id) {
        throw validationError([{ path: 'step.guideId', code: 'guide_fixed', message: 'A step stays in its guide; make a new step in the other guide' }]);
      }
      if (all.some((s) => s.id !== id && s.key === input.key)) throw keyTaken('step.key')();
      const steps = all.filter((s) => s.guide_id === current.guide_id);
      const others = steps.filter((s) => s.id !== id).map(shape);
      if (input.key !== current.key) {
        if (stepsLeadingTo(current.key, others).length > 0) {
          throw stepInUse('step.key', 'Other steps lead to this step; change their choices before renaming it');
        }
      }
      const formerStart = formerStartOf(steps, input, id);
      const problems = [
        ...stepProblems(input, others, 'step.'), ...startMoveProblems(formerStart && shape(formerStart), 'step.'),
        ...(await documentProblems(trx, tenantId, input.documentIds, 'step.')), ...(await levelProblems(trx, tenantId, input.level, 'step.')),
      ];
      if (current.kind === 'start' && input.kind !== 'start') {
        problems.push({
          path: 'step.kind', code: 'start_required',
          message: 'The guide needs a start step: save another step as the start, and this one becomes an ordinary step',
        });
      }
      if (problems.length) throw validationError(problems);
      if (formerStart) await repo.demoteStart(trx, tenantId, formerStart.id, editor.userId);
      const moved = await takeWorkPoint(trx, tenantId, input, id, editor.userId);
      const updated = await repo.updateStep(trx, tenantId, id, update.version, editor.userId, values(input));
      if (!updated) throw versionConflict();
      await appendAudit(trx, editor, [...(formerStart ? [updateAudit(formerStart.id)] : []), ...moved, updateAudit(id)]);
      return toDetail(updated);
    }),
    { guide_steps_tenant_id_key_key: keyTaken('step.key') },
  );
}

/** Removes a step no other step leads to; never the start. */
export async function deleteStep(db: Db, actor: Actor, id: string): Promise<void> {
  const editor = requireGuideEditor(actor);
  const tenantId = editor.tenantId;
  await withTenant(db, tenantId, async (trx) => {
    await repo.lockGuide(trx, tenantId);
    const all = await repo.stepsOfTenant(trx, tenantId);
    const step = all.find((s) => s.id === id);
    if (!step) throw notFound();
    const steps = all.filter((s) => s.guide_id === step.guide_id);
    if (step.kind === 'start') throw stepInUse('id', 'The start step cannot be deleted; save another step as the start first');
    if (stepsLeadingTo(step.key, steps.map(shape)).length > 0) {
      throw stepInUse('id', 'Other steps lead to this step; change their choices first');
    }
    await repo.deleteStep(trx, tenantId, id);
    await appendAudit(trx, editor, [{ action: 'guide_step.delete', entityType: 'guide_step', entityId: id }]);
  });
}
