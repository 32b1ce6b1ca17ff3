import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { AppError, conflict, forbidden, validationError, type FieldProblem } from '../../platform/http/errors.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type { HandoverMutationResponse, HandoverPreview, HandoverPreviewQuery, NewHandoverRequest } from '../../../contracts/handovers.js';
import { loadCaseForActor, type CaseInContext } from '../cases/case-access.js';
import { mayJoinCase, type CaseFacts } from '../cases/cases.policy.js';
import { childrenEnrolledIn } from '../children/children.service.js';
import { recordConsentIn } from '../consents/consents.service.js';
import { responsibleChangeProblems } from '../action-plan/measure-reach.js';
import { accessLosses, factsAfterHandover, measuresPutOutOfReach, presentLosses, unhandledMeasures } from './handover-reach.js';
import * as repo from './handovers.repository.js';

const field = (path: string, code: string, message: string) => validationError([{ path, code, message }]);

/**
 * The relay holder, or a leader of the owning unit, may ask; the receiver must be an active
 * staff user of the tenant who could join the case (owning unit, or a unit a valid consent
 * covers) — or, with toUnitId, work in the unit the case moves to, which must be one the child
 * is enrolled in today or a valid consent covers (toUnitAllowed). Shared by the preview and the request.
 */
async function checkReceiver(trx: Trx, actor: StaffActor, caseId: string, req: HandoverPreviewQuery) {
  const loaded = await loadCaseForActor(trx, actor, caseId, 'write');
  const { row, facts } = loaded;
  const isLeader = actor.unitRoles.get(facts.owningUnitId)?.has('leader') ?? false;
  if (facts.holderId !== actor.userId && !isLeader) throw forbidden();
  if (req.toUserId === actor.userId) throw field('toUserId', 'self', 'You cannot hand the case over to yourself');
  if (req.toUserId === facts.holderId) throw field('toUserId', 'already_holder', 'This person already holds the case');
  // Row-level security hides users of other tenants: they are «unknown» like a made-up id.
  const receiver = await repo.staffUserWithUnits(trx, req.toUserId);
  if (!receiver || !receiver.active) throw field('toUserId', 'unknown_user', 'No active employee with this id in the municipality');
  const receiverUnits = receiver.unit_ids ?? [];
  const toUnitId = req.toUnitId === facts.owningUnitId ? null : req.toUnitId ?? null;
  if (toUnitId !== null && !receiverUnits.includes(toUnitId)) {
    throw field('toUnitId', 'not_receivers_unit', 'The case can only move to a unit the receiver works in');
  }
  if (toUnitId !== null && !(await toUnitAllowed(trx, row.child_id, facts, toUnitId))) {
    throw field('toUnitId', 'unit_not_allowed', 'The case can only move to a unit the child attends or a valid consent covers');
  }
  if (toUnitId === null && !mayJoinCase(receiverUnits, facts)) {
    throw field('toUserId', 'not_joinable', 'The receiver works outside the owning unit and no valid consent covers their service');
  }
  return { loaded, toUnitId, after: factsAfterHandover(facts, { receiverId: req.toUserId, owningUnitId: toUnitId ?? facts.owningUnitId }) };
}

/**
 * A case may move to another unit only where it may be seen without a new decision: a unit the
 * child is enrolled in today, or one a valid consent covers (DESIGN.md §4 rule 3).
 */
export async function toUnitAllowed(trx: Trx, childId: string, facts: Pick<CaseFacts, 'consentUnitIds'>, unitId: string): Promise<boolean> {
  if (facts.consentUnitIds.has(unitId)) return true;
  return (await childrenEnrolledIn(trx, [unitId], [childId])).length > 0;
}

/** Who would lose access on acceptance and what they are responsible for (before anything is kept or reassigned). */
export async function previewHandover(db: Db, actor: StaffActor, caseId: string, req: HandoverPreviewQuery): Promise<HandoverPreview> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { loaded, toUnitId, after } = await checkReceiver(trx, actor, caseId, req);
    const { row, facts } = loaded;
    const [losses, outOfReach, units] = await Promise.all([
      accessLosses(trx, row, facts, after), measuresPutOutOfReach(trx, row, facts, after),
      repo.unitNames(trx, [facts.owningUnitId, ...(toUnitId ? [toUnitId] : [])]),
    ]);
    await appendAudit(trx, actor, [{ action: 'handover.preview', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    const unit = (id: string) => ({ id, name: units.get(id) ?? '' });
    return {
      moves: toUnitId !== null,
      fromUnit: unit(facts.owningUnitId),
      toUnit: toUnitId ? unit(toUnitId) : null,
      consentUnit: unit(facts.owningUnitId),
      ...presentLosses(losses, outOfReach),
    };
  });
}

/**
 * Asks a named employee to take over. Everything is checked before the first write: the
 * receiver, the people to keep (each must be losing access), the consent's period, the
 * reassignments (on the facts after the handover), and that no open measure is left with a
 * responsible who would lose access. Then the consent is recorded through the consents service
 * and the request stored with what acceptance must do.
 */
export async function requestHandover(db: Db, actor: StaffActor, caseId: string, req: NewHandoverRequest): Promise<HandoverMutationResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { loaded, toUnitId, after: plain } = await checkReceiver(trx, actor, caseId, req);
    const { row, facts } = loaded;
    const keep = req.keepAccess;
    if (keep) await checkKeep(trx, loaded, plain, keep);
    const after = keep
      ? factsAfterHandover(facts, { receiverId: req.toUserId, owningUnitId: plain.owningUnitId, keepUserIds: keep.userIds, keepConsentUnitId: facts.owningUnitId })
      : plain;
    const afterLoaded: CaseInContext = { ...loaded, facts: after };
    const problems: FieldProblem[] = [
      ...await responsibleChangeProblems(trx, afterLoaded, req.reassign, 'reassign'),
      ...unhandledMeasures(await measuresPutOutOfReach(trx, row, facts, after), req.reassign),
    ];
    if (problems.length > 0) throw validationError(problems);
    const pending = () => conflict('handover_pending', 'A handover is already waiting for an answer');
    if (await repo.pendingRequestOfCase(trx, caseId)) throw pending();

    const consent = keep
      ? await recordConsentIn(trx, actor, caseId, { decision: 'given', unitIds: [facts.owningUnitId], ...keep.consent }).catch((err: unknown) => {
        throw err instanceof AppError && err.fields.length > 0
          ? validationError(err.fields.map((p) => ({ ...p, path: `keepAccess.consent.${p.path}` })))
          : err;
      })
      : null;
    const created = await repo.insertRequest(trx, {
      tenant_id: actor.tenantId, case_id: caseId, from_user_id: actor.userId, to_user_id: req.toUserId, to_unit_id: toUnitId, message: req.message,
      keep_consent_id: consent?.id ?? null, keep_user_ids: keep ? [...new Set(keep.userIds)] : [], reassignments: JSON.stringify(req.reassign),
    }).catch((err: unknown) => {
      // Two requests at the same moment: the unique index on pending requests lets one through.
      throw (err as { code?: string }).code === '23505' ? pending() : err;
    });
    await appendAudit(trx, actor, [{ action: 'handover.request', entityType: 'handover', entityId: created.id, childId: row.child_id }]);
    return { id: created.id, caseId: created.case_id, status: created.status };
  });
}

/** Keeping access needs someone who loses it, each named person among them, and a consent in force today. */
async function checkKeep(trx: Trx, loaded: CaseInContext, after: CaseFacts, keep: NonNullable<NewHandoverRequest['keepAccess']>) {
  const losing = new Set((await accessLosses(trx, loaded.row, loaded.facts, after)).map((l) => l.user.id));
  const problems: FieldProblem[] = [];
  if (losing.size === 0) problems.push({ path: 'keepAccess', code: 'nothing_to_keep', message: 'Nobody loses access with this handover' });
  else if (keep.userIds.some((id) => !losing.has(id))) {
    problems.push({ path: 'keepAccess.userIds', code: 'not_losing_access', message: 'Only people who would lose access can be kept' });
  }
  const today = todayInNorway();
  if (keep.consent.validFrom > today || keep.consent.validTo < today) {
    problems.push({ path: 'keepAccess.consent.validFrom', code: 'not_in_force', message: 'The consent must be in force today to keep access' });
  }
  if (problems.length > 0) throw validationError(problems);
}
