import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { AppError, conflict, forbidden, notFound } from '../../platform/http/errors.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type {
  CaseHandovers, Handover, HandoverMutationResponse, IncomingHandover, IncomingHandovers, NewHandoverRequest,
} from '../../../contracts/handovers.js';
import { factsOf, loadCaseForActor, type LoadedCase } from '../cases/case-access.js';
import { caseWithAccessFacts } from '../cases/case-access.repository.js';
import type { CaseFacts } from '../cases/cases.policy.js';
import { appendSystemEntry } from '../cases/cases.service.js';
import { applyResponsibleChanges, responsibleChangeProblems } from '../action-plan/measure-reach.js';
import { toUnitAllowed } from './handover-request.service.js';
import { measuresPutOutOfReach } from './handover-reach.js';
import * as repo from './handovers.repository.js';

const iso = (d: Date) => d.toISOString();

export function presentHandover(h: repo.HandoverRow): Handover {
  return {
    id: h.id,
    caseId: h.case_id,
    from: { id: h.from_user_id, name: h.from_name },
    to: { id: h.to_user_id, name: h.to_name },
    toUnit: h.to_unit_id ? { id: h.to_unit_id, name: h.to_unit_name ?? '' } : null,
    message: h.message,
    status: h.status,
    answerNote: h.answer_note,
    createdAt: iso(h.created_at),
    answeredAt: h.answered_at ? iso(h.answered_at) : null,
    keepsAccess: h.kept_users ?? [],
    reassignedMeasures: Number(h.reassigned_count ?? 0),
  };
}

type WithCaseFacts = NonNullable<Awaited<ReturnType<typeof repo.requestWithCaseFacts>>>;
function presentIncoming(h: WithCaseFacts): IncomingHandover {
  return {
    ...presentHandover(h),
    case: {
      id: h.case_id,
      level: h.level,
      owningUnit: { id: h.owning_unit_id, name: h.owning_unit_name, type: h.owning_unit_type },
      child: { id: h.child_id, givenName: h.given_name, familyName: h.family_name, birthDate: h.birth_date },
    },
  };
}

export { previewHandover, requestHandover } from './handover-request.service.js';

/** Holder history and every request of the case (case read access). */
export async function caseHandovers(db: Db, actor: StaffActor, caseId: string): Promise<CaseHandovers> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row } = await loadCaseForActor(trx, actor, caseId, 'read');
    const [holders, requests] = await Promise.all([repo.holdersOfCase(trx, caseId), repo.requestsOfCase(trx, caseId)]);
    await appendAudit(trx, actor, [{ action: 'handover.list', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    const presented = requests.map(presentHandover);
    return {
      holders: holders.map((h) => ({ user: { id: h.user_id, name: h.name }, unit: { id: h.unit_id, name: h.unit_name }, fromAt: iso(h.from_at) })),
      requests: presented,
      pending: presented.find((r) => r.status === 'pending') ?? null,
    };
  });
}

/**
 * The receiver's pending requests. The receiver may not have access to the case yet, so they
 * see it through the request alone: only while it is pending and addressed to them, only the
 * facts needed to decide, and every request shown is audited as a read of the child.
 */
export async function incomingHandovers(db: Db, actor: StaffActor): Promise<IncomingHandovers> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const rows = await repo.incomingRequests(trx, actor, todayInNorway());
    await appendAudit(trx, actor, rows.map((h) => ({ action: 'handover.read', entityType: 'handover', entityId: h.id, childId: h.child_id })));
    return { items: rows.map(presentIncoming) };
  });
}

/**
 * One request: to its receiver while pending and they may join the case (as in the incoming
 * list), and otherwise — the requester included — to whoever may read the case now.
 */
export async function getHandover(db: Db, actor: StaffActor, handoverId: string): Promise<IncomingHandover> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const h = await repo.requestWithCaseFacts(trx, handoverId);
    if (!h) throw notFound();
    // Only the receiver sees the case through the request, and only while it is pending. Having
    // asked gives the requester nothing of their own: a holder from another service whose
    // consent was withdrawn, or whose case moved to another unit, no longer sees the child.
    const throughRequest = h.status === 'pending' && h.to_user_id === actor.userId
      && (await repo.incomingRequests(trx, actor, todayInNorway(), h.id)).length > 0;
    if (!throughRequest) await loadCaseForActor(trx, actor, h.case_id, 'read');
    await appendAudit(trx, actor, [{ action: 'handover.read', entityType: 'handover', entityId: h.id, childId: h.child_id }]);
    return presentIncoming(h);
  });
}

/**
 * The receiver accepts: the baton passes (holder, and the owning unit when the request names
 * one), the holder history grows, the previous holder stays a member, and the log says so.
 * The receiver and the target unit are checked again, since a consent may have ended or the
 * child moved while the request waited.
 */
export async function acceptHandover(db: Db, actor: StaffActor, handoverId: string, note: string | undefined): Promise<HandoverMutationResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const seen = await repo.bareRequest(trx, handoverId);
    if (!seen || seen.to_user_id !== actor.userId) throw notFound();
    // Case row first, then the request: the order closeCase takes them in, so that closing a
    // case while its handover is accepted queues up instead of deadlocking.
    await repo.lockCase(trx, seen.case_id);
    const h = await pendingRequestFor(trx, handoverId, (r) => r.to_user_id === actor.userId);
    const today = todayInNorway();
    const caseRow = await caseWithAccessFacts(trx, h.case_id, today);
    if (!caseRow) throw notFound();
    if (caseRow.status === 'closed') throw conflict('case_closed', 'The case is closed; reopen it to make changes');
    const facts = factsOf(caseRow, today);
    const myUnits = [...actor.unitRoles.keys()];
    const owningUnitId = h.to_unit_id ?? facts.owningUnitId;
    let holderUnitId: string | undefined;
    if (h.to_unit_id) {
      const stillAllowed = myUnits.includes(h.to_unit_id) && (await toUnitAllowed(trx, caseRow.child_id, facts, h.to_unit_id));
      holderUnitId = stillAllowed ? h.to_unit_id : undefined;
    } else if (myUnits.includes(facts.owningUnitId)) {
      holderUnitId = facts.owningUnitId;
    } else {
      holderUnitId = myUnits.find((u) => facts.consentUnitIds.has(u));
    }
    if (!holderUnitId) {
      throw conflict('handover_not_possible', 'You no longer work in the unit, the child no longer attends it, or the consent that covered your service has ended');
    }

    const previousHolder = facts.holderId;
    const moved = await repo.passBaton(trx, h.case_id, actor.userId, owningUnitId);
    await repo.appendHolder(trx, { tenant_id: actor.tenantId, case_id: h.case_id, user_id: actor.userId, unit_id: holderUnitId });
    for (const userId of new Set([previousHolder, ...h.keep_user_ids])) {
      await repo.keepAsMember(trx, { tenant_id: actor.tenantId, case_id: h.case_id, user_id: userId, added_by: actor.userId });
    }
    await settleMeasures(trx, actor, caseRow, facts, h.reassignments);
    const answered = await repo.answerRequest(trx, handoverId, 'accepted', note ?? null);
    await appendSystemEntry(trx, actor, h.case_id, {
      kind: 'handover',
      body: [h.message, note].filter(Boolean).join('\n\n'),
      payload: {
        handoverId, fromUserId: previousHolder, toUserId: actor.userId, fromUnitId: facts.owningUnitId, toUnitId: owningUnitId, caseVersion: moved.version,
      },
    });
    await appendAudit(trx, actor, [{ action: 'handover.accept', entityType: 'handover', entityId: handoverId, childId: caseRow.child_id }]);
    return { id: answered.id, caseId: answered.case_id, status: answered.status };
  });
}

// Decline and cancel change only the request (they read the case, never lock it), so their
// lock on the request cannot meet closeCase's locks in the opposite order.
export async function declineHandover(db: Db, actor: StaffActor, handoverId: string, note: string | undefined): Promise<HandoverMutationResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const h = await pendingRequestFor(trx, handoverId, (r) => r.to_user_id === actor.userId);
    const answered = await repo.answerRequest(trx, handoverId, 'declined', note ?? null);
    await appendAudit(trx, actor, [{ action: 'handover.decline', entityType: 'handover', entityId: handoverId, childId: await childOf(trx, h.case_id) }]);
    return { id: answered.id, caseId: answered.case_id, status: answered.status };
  });
}

/**
 * The requester takes the request back; so may a leader of the owning unit (someone left, say).
 * Both only while they may read the case: a requester who has lost access gets the same 404 as
 * for reading the request, and a leader of the owning unit (or the receiver, by declining)
 * clears a request left behind.
 */
export async function cancelHandover(db: Db, actor: StaffActor, handoverId: string): Promise<HandoverMutationResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const h = await repo.lockRequest(trx, handoverId);
    if (!h) throw notFound();
    const { facts } = await loadCaseForActor(trx, actor, h.case_id, 'read');
    // They can read the case, so a 403 tells them nothing new.
    if (h.from_user_id !== actor.userId && !actor.unitRoles.get(facts.owningUnitId)?.has('leader')) throw forbidden();
    if (h.status !== 'pending') throw conflict('handover_not_pending', 'The request has already been answered');
    const answered = await repo.answerRequest(trx, handoverId, 'cancelled', null);
    await appendAudit(trx, actor, [{ action: 'handover.cancel', entityType: 'handover', entityId: handoverId, childId: await childOf(trx, h.case_id) }]);
    return { id: answered.id, caseId: answered.case_id, status: answered.status };
  });
}

/**
 * A pending request the actor may answer. Requests addressed to someone else are «not found»,
 * like unknown ids; an answered one is a 409 so that a second click says what happened.
 */
async function pendingRequestFor(trx: Trx, handoverId: string, mayAnswer: (r: { to_user_id: string }) => boolean) {
  const h = await repo.lockRequest(trx, handoverId);
  if (!h || !mayAnswer(h)) throw notFound();
  if (h.status !== 'pending') throw conflict('handover_not_pending', 'The request has already been answered');
  return h;
}

async function childOf(trx: Trx, caseId: string): Promise<string> {
  const row = await repo.childOfCase(trx, caseId);
  if (!row) throw notFound();
  return row.child_id;
}

/**
 * After the baton has passed (in the same transaction): the request's reassignments are checked
 * again on the case as it now is and applied, and no open measure may be left with a responsible
 * the handover put out of reach — otherwise 409 handover_measures_unhandled and nothing is written
 * (a consent withdrawn while the request waited, say). The requester then cancels and asks anew.
 */
async function settleMeasures(trx: Trx, actor: StaffActor, before: LoadedCase, beforeFacts: CaseFacts, reassign: repo.Reassignment[]) {
  const today = todayInNorway();
  const unhandled = () => conflict('handover_measures_unhandled', 'An open measure would be left with a responsible who cannot see the case');
  const reload = async () => {
    const row = await caseWithAccessFacts(trx, before.id, today);
    if (!row) throw notFound();
    return { row, facts: factsOf(row, today) };
  };
  const now = await reload();
  const loaded = { ...now, access: { reason: 'holder_unit' as const, write: 'staff' as const } };
  const invalid = await responsibleChangeProblems(trx, loaded, reassign, 'reassign');
  if (invalid.length > 0) throw unhandled();
  await applyResponsibleChanges(trx, actor, loaded, reassign);
  const left = await measuresPutOutOfReach(trx, before, beforeFacts, (await reload()).facts);
  if (left.length > 0) {
    throw new AppError(409, 'handover_measures_unhandled', 'An open measure would be left with a responsible who cannot see the case',
      left.map((m) => ({ path: `measures.${m.id}`, code: 'responsible_loses_access', message: 'The responsible would lose access to the case' })));
  }
}
