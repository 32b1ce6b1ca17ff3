import type { Trx } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import type { ChildConcern } from '../../../contracts/children.js';
import { isDecided, oversightUnits } from './concerns.policy.js';
import * as repo from './concerns.repository.js';

/**
 * The child's level-0 concerns the user may see (rule 2: their own, and those of units they
 * lead or are a resource person in), each audited as a concern.list read. For the child's page.
 */
export async function concernsOfChildForActor(trx: Trx, actor: StaffActor, childId: string): Promise<ChildConcern[]> {
  const rows = await repo.concernsOfChild(trx, childId, [
    { kind: 'author', userId: actor.userId }, { kind: 'units', unitIds: oversightUnits(actor) },
  ]);
  await appendAudit(trx, actor, rows.map((r) => ({ action: 'concern.list', entityType: 'concern', entityId: r.id, childId })));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    decided: isDecided(r.status, r.decided_at),
    observedOn: r.observed_on,
    decisionDue: r.decision_due,
    unit: { id: r.unit_id, name: r.unit_name },
    caseId: r.case_id,
  }));
}
