import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { conflict, forbidden, notFound } from '../../platform/http/errors.js';
import { todayInNorway } from '../../platform/text/dates.js';
import { ageOn, caseAccess, type CaseAccess, type CaseFacts, type CaseWriteScope } from './cases.policy.js';
import { caseWithAccessFacts } from './case-access.repository.js';

export type LoadedCase = NonNullable<Awaited<ReturnType<typeof caseWithAccessFacts>>>;

export interface CaseInContext {
  row: LoadedCase;
  facts: CaseFacts;
  access: CaseAccess;
}

export function factsOf(row: LoadedCase, today: string): CaseFacts {
  return {
    owningUnitId: row.owning_unit_id,
    holderId: row.holder_id,
    status: row.status,
    memberIds: new Set(row.member_ids ?? []),
    consentUnitIds: new Set(row.consent_unit_ids ?? []),
    guardianPidDigests: new Set(row.guardian_pid_digests ?? []),
    childPidDigest: row.child_pid_digest,
    childAge: ageOn(row.birth_date, today),
    youngPersonAge: row.young_person_age,
    residentsRestricted: row.residents_restricted,
  };
}

/**
 * The one gate for everything inside a case: loads the case with its access facts and applies
 * the policy. No access and no such case are the same 404. `need: 'write'` also refuses a
 * closed case (409 case_closed) and a write scope the actor lacks; pass the scope a resident
 * write needs ('guardians_view' or 'child_voice') when the route lets residents write.
 */
export async function loadCaseForActor(
  trx: Trx,
  actor: Actor,
  caseId: string,
  need: 'read' | 'write',
  writeScope: CaseWriteScope = 'staff',
): Promise<CaseInContext> {
  const today = todayInNorway();
  const row = await caseWithAccessFacts(trx, caseId, today);
  if (!row) throw notFound();
  const facts = factsOf(row, today);
  const access = caseAccess(actor, facts);
  if (!access) throw notFound();
  if (need === 'write') {
    if (access.write === null && facts.status === 'closed' && caseAccess(actor, { ...facts, status: 'open' })?.write) {
      throw conflict('case_closed', 'The case is closed; reopen it to make changes');
    }
    if (access.write === null || (access.write !== 'staff' && access.write !== writeScope)) throw forbidden();
  }
  return { row, facts, access };
}

/**
 * Runs `fn` in a transaction of the case's tenant. Staff carry their tenant; a resident
 * (guardian or young person) has none in the session, so the case's own tenant is used and
 * the policy then decides as for anyone else.
 */
export async function withCaseTenant<T>(db: Db, actor: Actor, caseId: string, fn: (trx: Trx, actor: Actor) => Promise<T>): Promise<T> {
  let tenantId = actor.tenantId;
  if (actor.kind === 'resident') {
    const found = await db.selectFrom('cases').select('tenant_id').where('id', '=', caseId).executeTakeFirst();
    if (!found) throw notFound();
    tenantId = found.tenant_id;
  }
  if (!tenantId) throw notFound();
  const scoped: Actor = { ...actor, tenantId };
  return withTenant(db, tenantId, (trx) => fn(trx, scoped));
}
