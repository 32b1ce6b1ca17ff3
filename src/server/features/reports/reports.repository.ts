import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';

/**
 * Reports of concern (reports_of_concern) and the read-only facts a report is prefilled from.
 * The concern, the child's registry data and the case log are read here with queries of this
 * feature's own so that the report does not wait on the features that write them; nothing
 * here changes another feature's rows.
 */

export async function findReport(db: Executor, id: string) {
  return db
    .selectFrom('reports_of_concern as r')
    .innerJoin('users as a', 'a.id', 'r.author_id')
    .selectAll('r')
    .select('a.name as author_name')
    .where('r.id', '=', id)
    .executeTakeFirst();
}
export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/**
 * The unsent draft of a concern or a case, if one has been started: it is reused, not duplicated.
 * A report keeps the one source it was started from: a concern's report has case_id null even
 * after the concern opened a case, and a case's report has concern_id null. The unique indexes
 * of migration 0006 (one draft per case_id; per concern_id where case_id is null) say the same.
 */
export async function findDraftFor(db: Executor, source: { concernId?: string; caseId?: string }) {
  let q = db.selectFrom('reports_of_concern').select(['id', 'version', 'child_id']).where('status', '=', 'draft');
  q = source.concernId ? q.where('concern_id', '=', source.concernId).where('case_id', 'is', null) : q.where('case_id', '=', source.caseId!);
  return q.orderBy('created_at').limit(1).executeTakeFirst();
}

/**
 * Inserts a draft unless its source already has one (two requests at once). The conflict target
 * names the partial unique index of the source, so the losing insert waits for the winner's
 * commit and then does nothing: undefined, and the transaction is not aborted.
 */
export async function insertDraftReport(
  db: Executor,
  r: { tenantId: string; childId: string; unitId: string; authorId: string; content: unknown } & (
    { concernId: string; caseId: null } | { concernId: null; caseId: string }
  ),
) {
  return db
    .insertInto('reports_of_concern')
    .values({
      tenant_id: r.tenantId, child_id: r.childId, concern_id: r.concernId, case_id: r.caseId, unit_id: r.unitId, author_id: r.authorId,
      content: JSON.stringify(r.content),
    })
    .onConflict((oc) => r.caseId !== null
      // reports_one_draft_per_case_idx
      ? oc.column('case_id').where('status', '=', 'draft').where('case_id', 'is not', null).doNothing()
      // reports_one_draft_per_concern_idx
      : oc.column('concern_id').where('status', '=', 'draft').where('case_id', 'is', null).doNothing())
    .returning(['id', 'version'])
    .executeTakeFirst();
}

/** Optimistic: changes nothing unless the draft still has the version the user saw. */
export async function updateDraftContent(db: Executor, id: string, version: number, content: unknown) {
  return db
    .updateTable('reports_of_concern')
    .set({ content: JSON.stringify(content), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .returning(['id', 'version'])
    .executeTakeFirst();
}

export async function markSent(db: Executor, id: string, version: number, content: unknown, sentAt: Date) {
  return db
    .updateTable('reports_of_concern')
    .set({ status: 'sent', sent_at: sentAt, content: JSON.stringify(content), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .returning(['id', 'version'])
    .executeTakeFirst();
}

export async function concernForReport(db: Executor, concernId: string) {
  return db
    .selectFrom('concerns')
    .select([
      'id', 'child_id', 'unit_id', 'author_id', 'observed_on', 'observation', 'concern_scale', 'signals', 'guardians_not_contacted',
      'status', 'case_id',
    ])
    .where('id', '=', concernId)
    .executeTakeFirst();
}

export async function concernSteps(db: Executor, concernId: string) {
  return db
    .selectFrom('concern_steps')
    .select(['kind', 'occurred_on', 'summary'])
    .where('concern_id', '=', concernId)
    .orderBy('occurred_on')
    .orderBy('created_at')
    .execute();
}

export async function childForReport(db: Executor, childId: string) {
  return db
    .selectFrom('children')
    .select(['id', 'given_name', 'family_name', 'national_id', 'birth_date', 'street_address', 'postal_code', 'city', 'address_protection'])
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
}

/** All of the child's guardians (for the household's address protection), those with parental responsibility first. */
export async function guardiansForReport(db: Executor, childId: string) {
  return db
    .selectFrom('child_guardians as cg')
    .innerJoin('guardians as g', 'g.id', 'cg.guardian_id')
    .select(['g.id', 'g.name', 'g.phone', 'g.address_protection', 'cg.parental_responsibility'])
    .where('cg.child_id', '=', childId)
    .orderBy('cg.parental_responsibility', 'desc')
    .orderBy('g.sort_key')
    .execute();
}

export async function municipalityOf(db: Executor, tenantId: string) {
  return db
    .selectFrom('tenants')
    .select(['municipality_number', 'name', 'district_number', 'district_name'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
}

export async function userForReport(db: Executor, userId: string) {
  return db.selectFrom('users').select(['name', 'email']).where('id', '=', userId).executeTakeFirstOrThrow();
}

export async function unitForReport(db: Executor, unitId: string) {
  return db.selectFrom('units').select(['id', 'name', 'organisation_number']).where('id', '=', unitId).executeTakeFirstOrThrow();
}

export async function caseForReport(db: Executor, caseId: string) {
  return db.selectFrom('cases').select(['id', 'child_id', 'owning_unit_id', 'concern_id']).where('id', '=', caseId).executeTakeFirstOrThrow();
}

/** The entries people wrote in the case's log, oldest first: the prefilled history. */
export async function caseHistoryEntries(db: Executor, caseId: string) {
  return db
    .selectFrom('case_entries')
    .select(['kind', 'occurred_on', 'body'])
    .where('case_id', '=', caseId)
    .where('kind', 'in', ['opened', 'observation', 'conversation', 'child_voice', 'guardians_view', 'meeting', 'decision', 'evaluation', 'level_change', 'note'])
    .where('corrects_entry_id', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(200)
    .execute();
}

/** Names of the other units working on the case under a consent that is valid today. */
export async function consentedUnitNames(db: Executor, caseId: string, owningUnitId: string, today: string) {
  const rows = await db
    .selectFrom('consents as k')
    .innerJoin('consent_units as ku', 'ku.consent_id', 'k.id')
    .innerJoin('units as u', 'u.id', 'ku.unit_id')
    .select('u.name')
    .distinct()
    .where('k.case_id', '=', caseId)
    .where('ku.unit_id', '<>', owningUnitId)
    .where('k.decision', '=', 'given')
    .where('k.withdrawn_at', 'is', null)
    .where('k.valid_from', '<=', today)
    .where('k.valid_to', '>=', today)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => r.name);
}
