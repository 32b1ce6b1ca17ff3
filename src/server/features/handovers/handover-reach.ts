import type { Trx } from '../../platform/db/database.js';
import type { HandoverPreview, NewHandoverRequest } from '../../../contracts/handovers.js';
import type { FieldProblem } from '../../platform/http/errors.js';
import { mayJoinCase, caseAccess, type CaseFacts } from '../cases/cases.policy.js';
import type { LoadedCase } from '../cases/case-access.js';
import { staffActorsAroundCase } from '../cases/case-access-list.js';
import { openMeasuresOutOfReach, type MeasureOutOfReach } from '../action-plan/measure-reach.js';

/*
 * Who a handover shuts out, and which measures it leaves with a responsible who cannot see the
 * case. Nothing here is a rule of its own: the facts after the baton passes are built, and the
 * case policy (caseAccess, mayJoinCase) is asked about them as about today's.
 */

/** The facts once the baton has passed: new holder, perhaps a new owning unit, the old holder and the kept people as members. */
export function factsAfterHandover(
  facts: CaseFacts,
  change: { receiverId: string; owningUnitId: string; keepUserIds?: readonly string[]; keepConsentUnitId?: string | null },
): CaseFacts {
  return {
    ...facts,
    owningUnitId: change.owningUnitId,
    holderId: change.receiverId,
    memberIds: new Set([...facts.memberIds, facts.holderId, ...(change.keepUserIds ?? [])]),
    consentUnitIds: change.keepConsentUnitId ? new Set([...facts.consentUnitIds, change.keepConsentUnitId]) : facts.consentUnitIds,
  };
}

/** Staff who can see the case under `before` and could not under `after`, with why they see it now. */
export async function accessLosses(trx: Trx, row: LoadedCase, before: CaseFacts, after: CaseFacts) {
  const staff = await staffActorsAroundCase(trx, row);
  return staff.flatMap(({ user, asActor }) => {
    const now = caseAccess(asActor, before);
    if (!now || caseAccess(asActor, after)) return [];
    return [{ user: { id: user.id, name: user.name }, units: [...new Set((user.roles ?? []).map((r) => r.unit_name))], reason: now.reason }];
  });
}

/**
 * Open measures whose responsible person or service the change puts out of reach: out of reach
 * under `after`, and not already under `before` (a consent that ended earlier is the relay
 * holder's task on «Mitt arbeid», not a reason to stop a handover).
 */
export async function measuresPutOutOfReach(trx: Trx, row: LoadedCase, before: CaseFacts, after: CaseFacts): Promise<MeasureOutOfReach[]> {
  const [was, will] = await Promise.all([
    openMeasuresOutOfReach(trx, row.tenant_id, row.id, before), openMeasuresOutOfReach(trx, row.tenant_id, row.id, after),
  ]);
  const old = new Map(was.map((m) => [m.id, m]));
  return will.flatMap((m) => {
    const o = old.get(m.id);
    const user = m.responsibleUser && !o?.responsibleUser ? m.responsibleUser : null;
    const unit = m.responsibleUnit && !o?.responsibleUnit ? m.responsibleUnit : null;
    return user || unit ? [{ ...m, responsibleUser: user, responsibleUnit: unit }] : [];
  });
}

/**
 * The measures still left out of reach once the request's reassignments are taken into account:
 * a side counts as handled when the request changes it. Problems point at `measures.<id>`.
 */
export function unhandledMeasures(outOfReach: readonly MeasureOutOfReach[], reassign: NewHandoverRequest['reassign']): FieldProblem[] {
  const byMeasure = new Map(reassign.map((r) => [r.measureId, r]));
  return outOfReach.flatMap((m) => {
    const r = byMeasure.get(m.id);
    const userLeft = m.responsibleUser !== null && r?.responsibleUserId === undefined;
    const unitLeft = m.responsibleUnit !== null && r?.responsibleUnitId === undefined;
    return userLeft || unitLeft
      ? [{ path: `measures.${m.id}`, code: 'responsible_loses_access', message: 'The responsible person or service of this open measure would lose access to the case' }]
      : [];
  });
}

/** The preview's lists: each person who loses access with the measures they are responsible for, and the services that do. */
export function presentLosses(
  losses: Awaited<ReturnType<typeof accessLosses>>, outOfReach: readonly MeasureOutOfReach[],
): Pick<HandoverPreview, 'losesAccess' | 'unitMeasures'> {
  return {
    losesAccess: losses.map((l) => ({
      ...l,
      measures: outOfReach.filter((m) => m.responsibleUser?.id === l.user.id).map((m) => ({ id: m.id, description: m.description })),
    })),
    unitMeasures: outOfReach.flatMap((m) => m.responsibleUnit ? [{ id: m.id, description: m.description, unit: m.responsibleUnit }] : []),
  };
}
