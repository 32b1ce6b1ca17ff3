import type { Trx } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import type { ChildCase } from '../../../contracts/children.js';
import { readableCasesOfChild } from './case-access.repository.js';

/**
 * The child's cases the staff user may read — by the case policy's SQL twin, so a case they
 * cannot open is not even counted (DESIGN §4 rule 10) — each listed audited as a case.list read.
 * For the child's page and the warning before a second open case.
 */
export async function casesOfChildForActor(trx: Trx, actor: StaffActor, childId: string, today: string): Promise<ChildCase[]> {
  const rows = await readableCasesOfChild(trx, actor, childId, today);
  await appendAudit(trx, actor, rows.map((r) => ({ action: 'case.list', entityType: 'case', entityId: r.id, childId })));
  return rows.map((r) => ({
    id: r.id,
    level: r.level as ChildCase['level'],
    status: r.status,
    openedAt: r.opened_at.toISOString(),
    owningUnit: { id: r.owning_unit_id, name: r.unit_name },
    holder: { id: r.holder_id, name: r.holder_name },
  }));
}
