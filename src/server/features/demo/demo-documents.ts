import type { Executor } from '../../platform/db/database.js';
import { addDays } from '../../platform/text/dates.js';
import { sortKey } from '../../platform/text/sort-key.js';
import { DEMO_DOCUMENTS } from './demo-document-texts.js';
import type { Random } from './prng.js';

/** The day the demo's school year began; document dates count from it, so they are the same all year. */
const schoolYearStart = (schoolYear: number) => `${schoolYear}-08-15`;
/** Published at noon Oslo time, a stable instant for a date. */
const noonOn = (isoDate: string) => new Date(`${isoDate}T10:00:00Z`);

/**
 * The demo's own routines and guidelines, owned by the coordinator: one with two published
 * versions (the version history shows the older one), two whose review date has passed (the
 * owner's «Mitt arbeid» flags them). Written on the owner connection, like the rest of the demo.
 * Returns the number of documents.
 */
export async function insertDemoDocuments(db: Executor, rnd: Random, tenantId: string, schoolYear: number, ownerId: string): Promise<number> {
  const start = schoolYearStart(schoolYear);
  for (const d of DEMO_DOCUMENTS) {
    const id = rnd.uuid();
    const current = d.versions[d.versions.length - 1]!;
    await db
      .insertInto('documents')
      .values({
        id, tenant_id: tenantId, slug: d.slug, kind: d.kind, owner_id: ownerId, review_due: addDays(start, d.reviewDaysAfter),
        sort_key: sortKey(current.title),
      })
      .execute();
    await db
      .insertInto('document_versions')
      .values(d.versions.map((v, k) => ({
        id: rnd.uuid(), tenant_id: tenantId, document_id: id, version_no: k + 1, title: v.title, summary: v.summary, body: v.body,
        change_note: v.changeNote, status: 'published' as const, published_at: noonOn(addDays(start, -v.publishedDaysBefore)),
        published_by: ownerId, created_by: ownerId,
      })))
      .execute();
  }
  return DEMO_DOCUMENTS.length;
}

/**
 * The default documents Samla installed get an owner and a review date a year on, as a
 * municipality would do when it takes them over; documents that already have an owner keep theirs.
 */
export async function adoptDefaultDocuments(db: Executor, tenantId: string, schoolYear: number, ownerId: string): Promise<number> {
  const result = await db
    .updateTable('documents')
    .set({ owner_id: ownerId, review_due: addDays(schoolYearStart(schoolYear), 364) })
    .where('tenant_id', '=', tenantId)
    .where('owner_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
