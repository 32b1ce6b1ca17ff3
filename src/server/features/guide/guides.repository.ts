import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';

const guideColumns = ['id', 'slug', 'name', 'audience', 'position', 'published', 'version'] as const;

export interface GuideValues {
  slug: string;
  /** { nb, nn, en } */
  name: unknown;
  audience: unknown;
  position: number;
  published: boolean;
}
const row = (v: GuideValues) => ({
  slug: v.slug, name: JSON.stringify(v.name), audience: JSON.stringify(v.audience), position: v.position, published: v.published,
});

/** The tenant's guides in order, each with how many steps it has. */
export async function guidesOfTenant(db: Executor, tenantId: string) {
  return db.selectFrom('guides as g')
    .select(guideColumns.map((c) => `g.${c}` as const))
    .select((eb) => eb.selectFrom('guide_steps as s').select(eb.fn.countAll<string>().as('n')).whereRef('s.guide_id', '=', 'g.id').as('step_count'))
    .where('g.tenant_id', '=', tenantId).orderBy('g.position').orderBy('g.slug').execute();
}
export type GuideRow = Awaited<ReturnType<typeof guidesOfTenant>>[number];

export async function publishedGuides(db: Executor, tenantId: string) {
  return db.selectFrom('guides').select(guideColumns).where('tenant_id', '=', tenantId).where('published', '=', true)
    .orderBy('position').orderBy('slug').execute();
}

export async function findGuideBySlug(db: Executor, tenantId: string, slug: string) {
  return db.selectFrom('guides').select(guideColumns).where('tenant_id', '=', tenantId).where('slug', '=', slug).executeTakeFirst();
}

export async function insertGuide(db: Executor, tenantId: string, userId: string, v: GuideValues) {
  return db.insertInto('guides').values({ ...row(v), tenant_id: tenantId, updated_by: userId }).returning('id').executeTakeFirstOrThrow();
}

/** Updates when the stored version is `version`; undefined means someone else changed it first. */
export async function updateGuide(db: Executor, tenantId: string, id: string, version: number, userId: string, v: GuideValues) {
  return db.updateTable('guides')
    .set({ ...row(v), updated_by: userId, updated_at: sql`now()`, version: sql<number>`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version)
    .returning('id').executeTakeFirst();
}

/** A guide goes with its steps. */
export async function deleteGuide(db: Executor, tenantId: string, id: string) {
  await db.deleteFrom('guide_steps').where('tenant_id', '=', tenantId).where('guide_id', '=', id).execute();
  await db.deleteFrom('guides').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** The first guide: where a step without a guide goes (the database's trigger does the same). */
export async function firstGuideId(db: Executor, tenantId: string): Promise<string | undefined> {
  return (await db.selectFrom('guides').select('id').where('tenant_id', '=', tenantId).orderBy('position').orderBy('slug').limit(1).executeTakeFirst())?.id;
}
