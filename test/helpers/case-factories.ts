import type { Db } from '../../src/server/platform/db/database.js';
import { createSession } from '../../src/server/platform/auth/sessions.js';
import { pidDigest } from '../../src/server/platform/auth/pid.js';
import { DEVELOPMENT_PID_HMAC_KEY } from '../../src/server/config.js';

/**
 * Case-work test data through the owner connection. Cases made here skip the service (no log
 * entries but the opening one, no audit): use the HTTP API where the behaviour is under test.
 */
export async function buildCase(
  db: Db,
  tenantId: string,
  over: { childId: string; owningUnitId: string; holderId: string; level?: number; memberIds?: string[]; status?: 'open' | 'closed' },
) {
  const c = await db
    .insertInto('cases')
    .values({
      tenant_id: tenantId, child_id: over.childId, owning_unit_id: over.owningUnitId, level: over.level ?? 1,
      holder_id: over.holderId, opened_by: over.holderId, status: over.status ?? 'open',
      closed_at: over.status === 'closed' ? new Date() : null, close_reason: over.status === 'closed' ? 'goals_reached' : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.insertInto('case_holders').values({ tenant_id: tenantId, case_id: c.id, user_id: over.holderId, unit_id: over.owningUnitId }).execute();
  await db.insertInto('case_entries').values({
    tenant_id: tenantId, case_id: c.id, kind: 'opened', occurred_on: new Date().toISOString().slice(0, 10), body: 'Opprettet',
    author_user_id: over.holderId, author_kind: 'staff', payload: JSON.stringify({ level: over.level ?? 1 }),
  }).execute();
  for (const userId of over.memberIds ?? []) {
    await db.insertInto('case_members').values({ tenant_id: tenantId, case_id: c.id, user_id: userId, added_by: over.holderId }).execute();
  }
  return c;
}

/** A consent on a case covering units, valid today unless the dates say otherwise. */
export async function buildConsent(
  db: Db,
  tenantId: string,
  over: { caseId: string; recordedBy: string; unitIds: string[]; guardianIds?: string[]; youngPerson?: boolean; validFrom?: string; validTo?: string; withdrawn?: boolean; decision?: 'given' | 'refused' },
) {
  const k = await db
    .insertInto('consents')
    .values({
      tenant_id: tenantId, case_id: over.caseId, decision: over.decision ?? 'given', guardian_ids: over.guardianIds ?? [],
      young_person: over.youngPerson ?? (over.guardianIds ?? []).length === 0, purpose: 'Samarbeid om tiltak',
      valid_from: over.validFrom ?? '2020-01-01', valid_to: over.validTo ?? '2099-12-31', recorded_by: over.recordedBy,
      withdrawn_at: over.withdrawn ? new Date() : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const unitId of over.unitIds) await db.insertInto('consent_units').values({ tenant_id: tenantId, consent_id: k.id, unit_id: unitId }).execute();
  return k;
}

/**
 * Headers for inject() as a resident logged in through ID-porten with this national ID number
 * (a guardian's or a child's). Tests run with the development PID key, as the app under test does.
 */
export async function residentHeaders(db: Db, nationalId: string, idleMinutes = 30) {
  const s = await createSession(db, { kind: 'resident', pidHash: pidDigest({ pidHmacKey: DEVELOPMENT_PID_HMAC_KEY }, nationalId), via: 'demo' }, idleMinutes);
  return { cookie: `samla_session=${s.token}`, 'x-csrf-token': s.csrfToken };
}
