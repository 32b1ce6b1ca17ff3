import type { z } from 'zod';
import { withTenant, type Db, type Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { appendAudit, type AuditEvent } from '../../platform/audit/audit.js';
import { conflict, notFound, validationError } from '../../platform/http/errors.js';
import { levelLabel, type Level, type LevelModel, type LevelModelEditor, type levelModelInput } from '../../../contracts/levels.js';
import { appendSystemEntry } from '../cases/cases.service.js';
import { requireGuideEditor } from '../guide/guide.policy.js';
import { levelsOf, numbered } from './levels.model.js';
import { changedNumbers, duplicateKeyProblems, remapLevels, type LevelUse } from './levels.rules.js';
import * as repo from './levels.repository.js';

type ModelInput = z.output<typeof levelModelInput>;
/** Any staff user, and a resident reading their case: the levels' names are not secret (the public guide shows them). */
export async function getLevelModel(db: Db, actor: Actor): Promise<LevelModel> {
  if (!actor.tenantId) throw notFound();
  return withTenant(db, actor.tenantId, (trx) => levelsOf(trx, actor.tenantId!));
}

async function usageOf(trx: Executor, tenantId: string, levels: readonly Level[]): Promise<LevelUse[]> {
  const [steps, cases] = await Promise.all([repo.stepsPerLevel(trx, tenantId), repo.levelsWithCases(trx, tenantId)]);
  return levels.map((l) => ({ number: l.number, key: l.key, steps: steps.get(l.number) ?? 0, hasCases: cases.has(l.number) }));
}

/** The coordinator's view: the model and what uses each level (whether cases do, not how many). */
export async function levelEditor(db: Db, actor: Actor): Promise<LevelModelEditor> {
  const editor = requireGuideEditor(actor);
  return withTenant(db, editor.tenantId, async (trx) => {
    const model = await levelsOf(trx, editor.tenantId);
    const usage = await usageOf(trx, editor.tenantId, model.levels);
    return { ...model, usage: usage.map((u) => ({ key: u.key, steps: u.steps, hasCases: u.hasCases })) };
  });
}

/**
 * Replaces the model. Every old level that steps or cases use goes to a new one — by its key, or
 * where `mapping` says — and the steps and cases move with it in the same transaction; each case
 * whose level number changes gets a log entry and an audit entry. Nothing is written on any problem.
 */
export async function replaceLevelModel(db: Db, actor: Actor, input: ModelInput): Promise<LevelModelEditor> {
  const editor = requireGuideEditor(actor);
  const tenantId = editor.tenantId;
  await withTenant(db, tenantId, async (trx) => {
    await repo.storedModel(trx, tenantId, 'update');
    const current = await levelsOf(trx, tenantId);
    const usage = await usageOf(trx, tenantId, current.levels);
    const remap = remapLevels(usage, input.levels, input.mapping);
    const problems = [...duplicateKeyProblems(input.levels), ...remap.problems];
    if (problems.length) throw validationError(problems);
    if (remap.unmapped.length) throw conflict('level_in_use', 'Levels in use need a new level to go to', remap.unmapped);
    const next = numbered(input.levels);
    const pairs = changedNumbers(remap.numbers);
    await repo.remapSteps(trx, tenantId, pairs);
    const moved = await repo.remapCases(trx, tenantId, pairs);
    for (const c of moved) {
      const from = current.levels[c.level]!;
      const to = next[remap.numbers.get(c.level)!]!;
      // The names as they were: the old number means another level once the model has changed.
      await appendSystemEntry(trx, editor, c.id, {
        kind: 'level_change', body: '',
        payload: { from: from.number, to: to.number, reason: 'level_model', fromName: labels(from), toName: labels(to) },
      });
    }
    await repo.saveModel(trx, tenantId, input.levels);
    await appendAudit(trx, editor, [
      { action: 'level_model.update', entityType: 'tenant', entityId: tenantId },
      ...moved.map((c): AuditEvent => ({ action: 'case.level_change', entityType: 'case', entityId: c.id, childId: c.child_id })),
    ]);
  });
  return levelEditor(db, editor);
}

const labels = (l: Level) => ({ nb: levelLabel(l, 'nb'), nn: levelLabel(l, 'nn'), en: levelLabel(l, 'en') });

/** The levels as the public pages show them: no session, the tenant found by its slug. */
export async function publishedLevels(db: Db, tenantId: string): Promise<Level[]> {
  return withTenant(db, tenantId, async (trx) => (await levelsOf(trx, tenantId)).levels);
}
