import type { Trx } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import type { UnitRole } from '../../platform/db/schema.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { notFound, type FieldProblem } from '../../platform/http/errors.js';
import type { CaseInContext } from '../cases/case-access.js';
import { caseAccess, mayJoinCase, type CaseFacts } from '../cases/cases.policy.js';
import { checkMeasureReferences } from './action-plan.service.js';
import * as repo from './action-plan.repository.js';

/**
 * An open measure whose responsible person could not open the case, or whose responsible
 * service could not take part in it, under the given facts. `responsibleUser` / `responsibleUnit`
 * are set only for the side that is out of reach.
 */
export interface MeasureOutOfReach {
  id: string;
  description: string;
  responsibleUser: { id: string; name: string } | null;
  responsibleUnit: { id: string; name: string } | null;
}

/**
 * Open measures left with a responsible who cannot see the case under `facts` — today's, or
 * those a handover would bring. Decided by the case policy itself: the person by caseAccess,
 * the service by the join rule (owning unit, or covered by a valid consent).
 */
export async function openMeasuresOutOfReach(trx: Trx, tenantId: string, caseId: string, facts: CaseFacts): Promise<MeasureOutOfReach[]> {
  const rows = await repo.openMeasuresWithResponsible(trx, caseId);
  const result: MeasureOutOfReach[] = [];
  for (const m of rows) {
    let user: MeasureOutOfReach['responsibleUser'] = null;
    if (m.responsible_user_id) {
      const unitRoles = new Map<string, Set<UnitRole>>();
      for (const r of m.responsible_roles ?? []) unitRoles.set(r.unit_id, (unitRoles.get(r.unit_id) ?? new Set()).add(r.role));
      const actor: StaffActor = {
        kind: 'staff', userId: m.responsible_user_id, tenantId, name: '', municipalRoles: new Set(), unitRoles, requestId: '',
      };
      if (!m.responsible_user_active || !caseAccess(actor, facts)) user = { id: m.responsible_user_id, name: m.responsible_user_name ?? '' };
    }
    const unit = m.responsible_unit_id && !mayJoinCase([m.responsible_unit_id], facts)
      ? { id: m.responsible_unit_id, name: m.responsible_unit_name ?? '' }
      : null;
    if (user || unit) result.push({ id: m.id, description: m.description, responsibleUser: user, responsibleUnit: unit });
  }
  return result;
}

export interface ResponsibleChange {
  measureId: string;
  /** undefined: unchanged; null: cleared */
  responsibleUserId?: string | null;
  responsibleUnitId?: string | null;
}

/**
 * Checks a set of responsible changes against `loaded` (whose facts may be those after a
 * handover) as a measure edit checks them; the problems carry `${prefix}.${i}.<field>` paths.
 */
export async function responsibleChangeProblems(
  trx: Trx, loaded: CaseInContext, changes: readonly ResponsibleChange[], prefix: string,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const [i, c] of changes.entries()) {
    const stored = await repo.findMeasure(trx, loaded.row.id, c.measureId);
    if (!stored || (stored.status !== 'planned' && stored.status !== 'ongoing')) {
      problems.push({ path: `${prefix}.${i}.measureId`, code: 'unknown_measure', message: 'No open measure with this id on the case' });
      continue;
    }
    const userId = c.responsibleUserId === undefined ? stored.responsible_user_id : c.responsibleUserId;
    const unitId = c.responsibleUnitId === undefined ? stored.responsible_unit_id : c.responsibleUnitId;
    if (!userId && !unitId) {
      problems.push({ path: `${prefix}.${i}.responsibleUserId`, code: 'required', message: 'A responsible person or service is required' });
      continue;
    }
    try {
      await checkMeasureReferences(trx, loaded, { responsibleUserId: c.responsibleUserId ?? undefined, responsibleUnitId: c.responsibleUnitId ?? undefined });
    } catch (err) {
      const fields = (err as { fields?: FieldProblem[] }).fields;
      if (!fields?.length) throw err;
      problems.push(...fields.map((p) => ({ ...p, path: `${prefix}.${i}.${p.path}` })));
    }
  }
  return problems;
}

/** Applies checked responsible changes in the caller's transaction, each audited as a measure edit. */
export async function applyResponsibleChanges(trx: Trx, actor: StaffActor, loaded: CaseInContext, changes: readonly ResponsibleChange[]): Promise<void> {
  for (const c of changes) {
    const stored = await repo.findMeasure(trx, loaded.row.id, c.measureId);
    if (!stored) throw notFound();
    const patch = {
      ...(c.responsibleUserId !== undefined && { responsible_user_id: c.responsibleUserId }),
      ...(c.responsibleUnitId !== undefined && { responsible_unit_id: c.responsibleUnitId }),
    };
    await repo.updateMeasure(trx, c.measureId, stored.version, patch);
    await appendAudit(trx, actor, [{ action: 'measure.update', entityType: 'measure', entityId: c.measureId, childId: loaded.row.child_id }]);
  }
}
