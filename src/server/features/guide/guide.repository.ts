import { sql } from 'kysely';
import { lockForTransaction } from '../../platform/db/locks.js';
import type { Executor } from '../../platform/db/database.js';
import type { GuideStepKind } from '../../../contracts/guide.js';

const stepColumns = [
  'id', 'key', 'level', 'kind', 'position', 'content', 'choices', 'document_ids', 'updated_at', 'version', 'deadline_days', 'staff_function', 'work_point', 'guide_id',
] as const;

export interface StepValues {
  key: string;
  level: number;
  kind: GuideStepKind;
  position: number;
  /** { nb, nn, en } of { title, body, who } */
  content: unknown;
  /** [{ label: { nb, nn, en }, to }] */
  choices: unknown;
  documentIds: string[];
  staffFunction?: string | null;
  deadlineDays?: number | null;
  workPoint?: 'concern_decision' | null;
  /** left out: the tenant's first guide (set by the database) */
  guideId?: string;
}

const row = (v: StepValues) => ({
  key: v.key, level: v.level, kind: v.kind, position: v.position,
  content: JSON.stringify(v.content), choices: JSON.stringify(v.choices), document_ids: v.documentIds,
  staff_function: v.staffFunction ?? null, deadline_days: v.deadlineDays ?? null, work_point: v.workPoint ?? null,
  ...(v.guideId ? { guide_id: v.guideId } : {}),
});

/**
 * Serialises the changes of one tenant's guide: the rules span steps (a choice leads to a step
 * another request may be deleting), so each change reads the guide and writes under this lock.
 */
export async function lockGuide(db: Executor, tenantId: string): Promise<void> {
  await lockForTransaction(db, `samla.guide.${tenantId}`);
}

/** The tenant's steps in reading order: by level, then position, then key. */
export async function stepsOfTenant(db: Executor, tenantId: string) {
  return db.selectFrom('guide_steps').select(stepColumns).where('tenant_id', '=', tenantId)
    .orderBy('level').orderBy('position').orderBy('key').execute();
}
export type StepRow = Awaited<ReturnType<typeof stepsOfTenant>>[number];

/**
 * Titles only (in `lang`, else bokmål), in reading order: the overview and a step's choices need
 * no bodies. `keys` narrows it to the steps named.
 */
export async function stepTitles(db: Executor, tenantId: string, lang: 'nb' | 'nn' | 'en', keys?: readonly string[], guideId?: string) {
  if (keys?.length === 0) return [];
  let query = db.selectFrom('guide_steps')
    .select(['key', 'level', 'kind', 'document_ids'])
    .select(sql<string>`coalesce(content -> ${lang}::text ->> 'title', content -> 'nb' ->> 'title')`.as('title'))
    .select(sql<'nb' | 'nn' | 'en'>`CASE WHEN content -> ${lang}::text ->> 'title' IS NOT NULL THEN ${lang}::text ELSE 'nb' END`.as('language'))
    .where('tenant_id', '=', tenantId);
  if (keys) query = query.where('key', 'in', [...keys]);
  if (guideId) query = query.where('guide_id', '=', guideId);
  return query.orderBy('level').orderBy('position').orderBy('key').execute();
}

export async function findStep(db: Executor, tenantId: string, id: string) {
  return db.selectFrom('guide_steps').select(stepColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function findStepByKey(db: Executor, tenantId: string, key: string) {
  return db.selectFrom('guide_steps').select(stepColumns).where('tenant_id', '=', tenantId).where('key', '=', key).executeTakeFirst();
}

export async function hasSteps(db: Executor, tenantId: string): Promise<boolean> {
  return (await db.selectFrom('guide_steps').select('id').where('tenant_id', '=', tenantId).limit(1).executeTakeFirst()) !== undefined;
}

export async function insertSteps(db: Executor, tenantId: string, userId: string | null, steps: StepValues[]) {
  if (steps.length === 0) return [];
  return db.insertInto('guide_steps')
    .values(steps.map((s) => ({ ...row(s), tenant_id: tenantId, updated_by: userId })))
    .returning(stepColumns).execute();
}

/** Updates when the stored version is `version`; undefined means someone else changed it first. */
export async function updateStep(db: Executor, tenantId: string, id: string, version: number, userId: string, v: StepValues) {
  return db.updateTable('guide_steps')
    .set({ ...row(v), updated_by: userId, updated_at: sql`now()`, version: sql<number>`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version)
    .returning(stepColumns).executeTakeFirst();
}

/** The former start becomes a plain step when another step is made the start (its version moves on). */
export async function demoteStart(db: Executor, tenantId: string, id: string, userId: string) {
  await db.updateTable('guide_steps')
    .set({ kind: 'step', updated_by: userId, updated_at: sql`now()`, version: sql<number>`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('kind', '=', 'start')
    .execute();
}

/** A work point moves to the step saved with it: the step that had it keeps its deadline, as a plain step. */
export async function releaseWorkPoint(db: Executor, tenantId: string, workPoint: 'concern_decision', exceptId: string | null, userId: string) {
  let q = db.updateTable('guide_steps')
    .set({ work_point: null, updated_by: userId, updated_at: sql`now()`, version: sql<number>`version + 1` })
    .where('tenant_id', '=', tenantId).where('work_point', '=', workPoint);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return q.returning('id').execute();
}

/** The deadline of the step tied to a point of the work, if the guide has one with a deadline. */
export async function workPointDeadline(db: Executor, tenantId: string, workPoint: 'concern_decision'): Promise<number | null> {
  const r = await db.selectFrom('guide_steps').select('deadline_days')
    .where('tenant_id', '=', tenantId).where('work_point', '=', workPoint).executeTakeFirst();
  return r?.deadline_days ?? null;
}

export async function deleteStep(db: Executor, tenantId: string, id: string) {
  await db.deleteFrom('guide_steps').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/**
 * The documents a step can link, for the editor's picker: not archived, with the title of the
 * newest published version, else of the draft. A read of the library's tables — the library
 * exports no list with ids for pickers, and this is the one query the guide needs of them.
 */
export async function linkableDocuments(db: Executor, tenantId: string) {
  return db.selectFrom('documents as d')
    .innerJoinLateral(
      (eb) => eb.selectFrom('document_versions as v').select('v.title')
        .whereRef('v.document_id', '=', 'd.id')
        .orderBy(sql`v.status = 'published'`, 'desc').orderBy('v.version_no', 'desc').limit(1).as('v'),
      (join) => join.onTrue(),
    )
    .select(['d.id', 'd.kind', 'v.title'])
    .where('d.tenant_id', '=', tenantId).where('d.archived_at', 'is', null)
    .orderBy('d.sort_key').orderBy('d.id').execute();
}

/** Which of these ids are documents of the tenant (archived ones included: a link to them simply shows nothing). */
export async function documentIdsOfTenant(db: Executor, tenantId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('documents').select('id').where('tenant_id', '=', tenantId).where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

/** Document ids by slug, to link the default guide to documents the tenant already has. */
export async function documentIdsBySlug(db: Executor, tenantId: string, slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('documents').select(['id', 'slug']).where('tenant_id', '=', tenantId).where('slug', 'in', [...slugs]).execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}
