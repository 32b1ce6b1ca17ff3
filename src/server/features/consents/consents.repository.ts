import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';

/** Every consent of a case, newest first, with what the list shows beside it. */
export async function consentsOfCase(db: Executor, caseId: string) {
  return db
    .selectFrom('consents as k')
    .leftJoin('case_documents as d', 'd.id', 'k.document_id')
    .leftJoin('users as rb', 'rb.id', 'k.recorded_by')
    .select((eb) => [
      'k.id', 'k.decision', 'k.guardian_ids', 'k.young_person', 'k.purpose', 'k.information_shared', 'k.child_view', 'k.child_view_missing_reason', 'k.valid_from', 'k.valid_to', 'k.created_at',
      'k.withdrawn_at', 'k.withdrawn_reason', 'k.document_id', 'd.file_name', 'd.content_type', 'd.size_bytes',
      'rb.name as recorded_by_name',
      eb
        .selectFrom('consent_units as ku')
        .innerJoin('units as u', 'u.id', 'ku.unit_id')
        .select(sql<{ id: string; name: string; type: string }[]>`coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'type', u.type) ORDER BY u.sort_key), '[]')`.as('units'))
        .whereRef('ku.consent_id', '=', 'k.id')
        .as('units'),
    ])
    .where('k.case_id', '=', caseId)
    .orderBy('k.created_at', 'desc')
    .orderBy('k.id', 'desc')
    .execute();
}

/** Who withdrew which consent: read from the log's withdrawal entries, which name their author. */
export async function withdrawalAuthors(db: Executor, caseId: string) {
  return db
    .selectFrom('case_entries as e')
    .leftJoin('users as u', 'u.id', 'e.author_user_id')
    .leftJoin('guardians as g', 'g.id', 'e.author_guardian_id')
    .select([
      sql<string>`e.payload->>'consentId'`.as('consent_id'),
      'e.author_kind', 'u.name as user_name', 'g.name as guardian_name',
    ])
    .where('e.case_id', '=', caseId)
    .where('e.kind', '=', 'consent_event')
    .where(sql<boolean>`e.payload->>'event' = 'withdrawn'`)
    .execute();
}

/** The child's guardians with parental responsibility: the only ones who can give consent (rule 7). */
export async function guardiansWithResponsibility(db: Executor, childId: string) {
  return db
    .selectFrom('child_guardians as cg')
    .innerJoin('guardians as g', 'g.id', 'cg.guardian_id')
    .select(['g.id', 'g.name', 'g.pid_digest'])
    .where('cg.child_id', '=', childId)
    .where('cg.parental_responsibility', '=', true)
    .orderBy('g.sort_key')
    .orderBy('g.id')
    .execute();
}

/** Names of guardians by id (a consent keeps naming a guardian who has since lost responsibility). */
export async function guardianNames(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('guardians').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active units among `ids`; under RLS another tenant's unit is as unknown as a missing one. */
export async function activeUnitIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db.selectFrom('units').select('id').where('id', 'in', ids).where('archived_at', 'is', null).execute();
  return new Set(rows.map((r) => r.id));
}

export async function documentOnCase(db: Executor, caseId: string, documentId: string) {
  return db
    .selectFrom('case_documents')
    .select(['id', 'file_name', 'content_type', 'size_bytes'])
    .where('id', '=', documentId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

export async function insertConsent(
  db: Executor,
  v: {
    tenantId: string; caseId: string; decision: 'given' | 'refused'; guardianIds: string[]; youngPerson: boolean; purpose: string;
    informationShared: string; childView: string | null; childViewMissingReason: string | null;
    validFrom: string; validTo: string; documentId: string | null; recordedBy: string;
  },
) {
  const row = await db
    .insertInto('consents')
    .values({
      tenant_id: v.tenantId, case_id: v.caseId, decision: v.decision, guardian_ids: v.guardianIds, young_person: v.youngPerson,
      purpose: v.purpose, information_shared: v.informationShared, child_view: v.childView, child_view_missing_reason: v.childViewMissingReason,
      valid_from: v.validFrom, valid_to: v.validTo, document_id: v.documentId, recorded_by: v.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertConsentUnits(db: Executor, tenantId: string, consentId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return;
  await db.insertInto('consent_units').values(unitIds.map((unitId) => ({ tenant_id: tenantId, consent_id: consentId, unit_id: unitId }))).execute();
}

export async function findConsent(db: Executor, caseId: string, consentId: string) {
  return db
    .selectFrom('consents')
    .select(['id', 'decision', 'guardian_ids', 'young_person', 'valid_from', 'valid_to', 'withdrawn_at'])
    .where('id', '=', consentId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

/** Marks it withdrawn unless someone already did: undefined then, so two withdrawals do not both count. */
export async function markWithdrawn(db: Executor, consentId: string, by: { userId: string | null; reason: string }) {
  return db
    .updateTable('consents')
    .set({ withdrawn_at: new Date(), withdrawn_by_user_id: by.userId, withdrawn_reason: by.reason })
    .where('id', '=', consentId)
    .where('withdrawn_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
}

/** The guardian rows (of this tenant) that belong to a logged-in resident. */
export async function guardianIdsByDigest(db: Executor, pidHash: string) {
  const rows = await db.selectFrom('guardians').select('id').where('pid_digest', '=', pidHash).execute();
  return rows.map((r) => r.id);
}
