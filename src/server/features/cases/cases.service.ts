import { lockForTransaction } from '../../platform/db/locks.js';
import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.js';
import { AppError, conflict, forbidden, notFound, validationError } from '../../platform/http/errors.js';
import { addDays, todayInNorway } from '../../platform/text/dates.js';
import type { EntryKind } from '../../platform/db/schema.js';
import type { CaseDetail, CaseListRequest, CaseSummary, OpenCaseRequest } from '../../../contracts/cases.js';
import type { ConcernRecord } from '../../../contracts/concerns.js';
import type { StaffFunction } from '../../../contracts/common.js';
import { childrenEnrolledIn } from '../children/children.service.js';
import { concernRecordForCase } from '../concerns/concerns.service.js';
import { levelsOf, requireLevel } from '../levels/levels.model.js';
import { levelNamesOf } from '../../../contracts/levels.js';
import { loadCaseForActor, withCaseTenant } from './case-access.js';
import { readableCasesOfChild } from './case-access.repository.js';
import { describeAccess } from './case-access-list.js';
import {
  actsForOwningUnit, levelNeedsOtherService, mayDecideOnCase, otherServiceInvolved, type CaseDecision, type CaseFacts,
} from './cases.policy.js';
import * as repo from './cases.repository.js';

const iso = (d: Date) => d.toISOString();

/**
 * Opens a case inside the caller's transaction (the concern decision opens one in its own).
 * The opener becomes the relay holder and must work in the owning unit, where the child is
 * enrolled today.
 */
export async function openCaseInTransaction(
  trx: Trx, actor: StaffActor, req: OpenCaseRequest, opts: { askBeforeSecondCase?: boolean } = {},
): Promise<{ id: string; version: number }> {
  // A concern where the guardians were deliberately not contacted (violence or abuse suspected)
  // opens a case the guardians cannot see yet; so may a case opened directly.
  let residentsRestricted = req.residentsRestricted ?? false;
  await requireLevel(trx, actor.tenantId, req.level, 'level', 'case');
  if (req.concernId) {
    const concern = await repo.concernFlags(trx, req.concernId);
    if (!concern) throw notFound();
    residentsRestricted ||= concern.guardians_not_contacted;
  }
  if (!actor.unitRoles.has(req.owningUnitId)) {
    throw validationError([{ path: 'owningUnitId', code: 'not_your_unit', message: 'You can only open a case in a unit you work in' }]);
  }
  const enrolled = await childrenEnrolledIn(trx, [req.owningUnitId], [req.childId]);
  if (enrolled.length === 0) throw notFound();
  // Only open cases the user may see count, so the refusal says nothing about the others (rule 10).
  // One opening per child at a time, so a double submit cannot slip two cases past the question.
  if (opts.askBeforeSecondCase) await lockForTransaction(trx, `samla.cases.open.${req.childId}`);
  if (opts.askBeforeSecondCase && !req.confirmSecondCase
    && (await readableCasesOfChild(trx, actor, req.childId, todayInNorway())).some((c) => c.status === 'open')) {
    throw conflict('open_case_exists', 'The child already has an open case you have access to; confirm to open another', [
      { path: 'confirmSecondCase', code: 'open_case_exists', message: 'Confirm that a second open case is needed' },
    ]);
  }
  // A new case has no other service yet (no consent can be recorded before it exists): where the
  // municipality requires one for levels 2 and 3, the case opens at level 1 and moves up once a
  // consent covers another service; where it warns, the reason given stands for it.
  const alone = levelNeedsOtherService(req.level);
  if (alone && (await repo.tenantCaseSettings(trx, actor.tenantId)).level_without_other_service === 'require') {
    throw validationError([{
      path: 'level', code: 'needs_other_service',
      message: 'The municipality requires a consent covering another service before level 2 or 3: open the case at level 1',
    }]);
  }
  const row = await repo.insertCase(trx, {
    tenantId: actor.tenantId, childId: req.childId, owningUnitId: req.owningUnitId, level: req.level, holderId: actor.userId,
    concernId: req.concernId ?? null, residentsRestricted,
  });
  await repo.insertEntry(trx, {
    tenantId: actor.tenantId, caseId: row.id, kind: 'opened', occurredOn: todayInNorway(), body: req.reason,
    payload: { level: req.level, concernId: req.concernId ?? null, ...(alone && { withoutOtherService: true }) }, authorUserId: actor.userId, authorKind: 'staff',
  });
  await appendAudit(trx, actor, [{ action: 'case.open', entityType: 'case', entityId: row.id, childId: req.childId }]);
  return row;
}

export async function openCase(db: Db, actor: StaffActor, req: OpenCaseRequest) {
  if (req.concernId) {
    throw validationError([{ path: 'concernId', code: 'use_concern_decision', message: 'Open a case from a concern through its decision' }]);
  }
  return withTenant(db, actor.tenantId, (trx) => openCaseInTransaction(trx, actor, req, { askBeforeSecondCase: true }));
}

/** Who a resident's entry names: the guardian (by their row), or the young person. */
export type ResidentAuthor = { kind: 'guardian'; guardianId: string | null } | { kind: 'young_person' };

/**
 * A log entry written by the system as something happens (level change, handover, consent
 * event, report sent, evaluation): other features call this inside their transaction. It names
 * the staff user who acted, or, when a resident acted, the `residentAuthor` given.
 */
export async function appendSystemEntry(
  trx: Trx,
  actor: Actor,
  caseId: string,
  e: { kind: EntryKind; body: string; payload?: Record<string, unknown>; occurredOn?: string; residentAuthor?: ResidentAuthor },
): Promise<{ id: string }> {
  if (!actor.tenantId) throw notFound();
  const resident = actor.kind === 'resident' ? e.residentAuthor : undefined;
  return repo.insertEntry(trx, {
    tenantId: actor.tenantId, caseId, kind: e.kind, occurredOn: e.occurredOn ?? todayInNorway(), body: e.body, payload: e.payload,
    authorUserId: actor.kind === 'staff' ? actor.userId : null,
    authorKind: actor.kind === 'staff' ? 'staff' : (resident?.kind ?? 'system'),
    authorGuardianId: resident?.kind === 'guardian' ? resident.guardianId : null,
  });
}

export async function getCase(db: Db, actor: Actor, caseId: string): Promise<CaseDetail> {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row, facts, access } = await loadCaseForActor(trx, scoped, caseId, 'read');
    const today = todayInNorway();
    // One statement for the header, dates, settings, holders and guardians: each statement costs
    // more in planning and round trip than its execution (npm run bench, «case open»).
    const sheet = await repo.caseSheet(trx, caseId, today);
    const accessList = await describeAccess(trx, row, facts, sheet);
    const involved = otherServiceInvolved(facts, await repo.hasOutsideMember(trx, caseId, row.owning_unit_id));
    const { levels } = await levelsOf(trx, scoped.tenantId!);
    await appendAudit(trx, scoped, [{ action: 'case.read', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    const warnBy = addDays(today, sheet.consent_warning_days);
    const expiresOn = sheet.consent_expires_on;
    return {
      id: row.id,
      child: { id: row.child_id, givenName: sheet.given_name, familyName: sheet.family_name, birthDate: sheet.birth_date },
      owningUnit: { id: row.owning_unit_id, name: sheet.unit_name, type: sheet.unit_type },
      level: row.level,
      status: row.status,
      holder: { id: row.holder_id, name: sheet.holder_name },
      openedAt: iso(row.opened_at),
      nextEvaluationDue: sheet.next_evaluation_due,
      consentExpiresOn: expiresOn,
      version: row.version,
      closedAt: row.closed_at ? iso(row.closed_at) : null,
      closeReason: row.close_reason,
      concernId: row.concern_id,
      residentsRestricted: row.residents_restricted,
      holderFunction: (sheet.holder_function as StaffFunction | null) ?? null,
      myAccess: { reason: access.reason, write: access.write },
      access: accessList,
      holders: sheet.holders.map((h) => ({ user: { id: h.id, name: h.name }, unitName: h.unit_name, fromAt: iso(new Date(h.from_at)) })),
      consentWarning: expiresOn && expiresOn <= warnBy ? { expiresOn } : null,
      otherServiceInvolved: involved,
      levelWithoutOtherService: row.level_without_other_service,
      ...(levels[row.level] ? { levelNames: levelNamesOf(levels[row.level]!) } : {}),
    };
  });
}

/**
 * The level-0 record (observation, scale, signals, talks, decision) the case was opened from,
 * for staff who may read the case; audited as case.concern_read. A case opened directly has none
 * (404, as for no access). Residents read the case's log, not the staff's level-0 notes.
 */
export async function getCaseConcern(db: Db, actor: StaffActor, caseId: string): Promise<ConcernRecord> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row } = await loadCaseForActor(trx, actor, caseId, 'read');
    const record = row.concern_id ? await concernRecordForCase(trx, row.concern_id) : null;
    if (!record) throw notFound();
    await appendAudit(trx, actor, [{ action: 'case.concern_read', entityType: 'concern', entityId: record.id, childId: row.child_id }]);
    return record;
  });
}

export async function listCases(db: Db, actor: StaffActor, req: CaseListRequest) {
  const today = todayInNorway();
  const after = decodeCursor(req.cursor, 2) as [string, string] | undefined;
  return withTenant(db, actor.tenantId, async (trx) => {
    const settings = await repo.tenantCaseSettings(trx, actor.tenantId);
    const rows = await repo.listCases(trx, actor, {
      scope: req.scope, unitId: req.unitId, level: req.level, status: req.status, evaluationOverdue: req.evaluationOverdue,
      consentExpiring: req.consentExpiring, consentWarningDays: settings.consent_warning_days, after, limit: req.limit + 1, today,
    });
    const pageRows = rows.slice(0, req.limit);
    const items: CaseSummary[] = pageRows.map((r) => ({
      id: r.id,
      child: { id: r.child_id, givenName: r.given_name, familyName: r.family_name, birthDate: r.birth_date },
      owningUnit: { id: r.owning_unit_id, name: r.unit_name, type: r.unit_type },
      level: r.level,
      status: r.status,
      holder: { id: r.holder_id, name: r.holder_name },
      openedAt: iso(r.opened_at),
      nextEvaluationDue: r.next_evaluation_due,
      consentExpiresOn: r.consent_expires_on,
    }));
    await appendAudit(trx, actor, items.map((c) => ({ action: 'case.list', entityType: 'case', entityId: c.id, childId: c.child.id })));
    const last = pageRows[pageRows.length - 1];
    return { items, nextCursor: rows.length > req.limit && last ? encodeCursor([last.cursor_at, last.id]) : null };
  });
}

/** Level, closing and reopening: the relay holder's and the owning unit's; others propose them in the log. */
function requireCaseDecision(actor: StaffActor, facts: CaseFacts, decision: CaseDecision) {
  if (!mayDecideOnCase(actor, facts, decision)) {
    throw new AppError(403, 'decision_holder_or_unit_only', 'Only the relay holder and the owning unit decide this; propose it in the log');
  }
}

async function versionedChange(
  trx: Trx,
  caseId: string,
  version: number,
  set: Parameters<typeof repo.updateCaseVersioned>[3],
): Promise<{ id: string; version: number }> {
  const updated = await repo.updateCaseVersioned(trx, caseId, version, set);
  if (!updated) throw conflict('version_conflict', 'Someone else changed this case; reload to see the change');
  return updated;
}

export async function changeLevel(db: Db, actor: StaffActor, caseId: string, req: { level: number; reason: string; version: number }) {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row, facts } = await loadCaseForActor(trx, actor, caseId, 'write');
    requireCaseDecision(actor, facts, 'change_level');
    await requireLevel(trx, actor.tenantId, req.level, 'level', 'case');
    if (row.level === req.level) {
      throw validationError([{ path: 'level', code: 'unchanged', message: 'The case is already at this level' }]);
    }
    // Levels 2 and 3 presuppose another service: the municipality either refuses the move until a
    // consent covers one (require) or lets the reason given stand for it (warn), noted in the log.
    const alone = levelNeedsOtherService(req.level)
      && !otherServiceInvolved(facts, await repo.hasOutsideMember(trx, caseId, row.owning_unit_id));
    if (alone && row.level_without_other_service === 'require') {
      throw validationError([{
        path: 'level', code: 'needs_other_service',
        message: 'No other service is involved: record a consent covering another service before moving the case to this level',
      }]);
    }
    const result = await versionedChange(trx, caseId, req.version, { level: req.level });
    await appendSystemEntry(trx, actor, caseId, {
      kind: 'level_change', body: req.reason, payload: { from: row.level, to: req.level, ...(alone && { withoutOtherService: true }) },
    });
    await appendAudit(trx, actor, [{ action: 'case.level_change', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return result;
  });
}

export async function closeCase(db: Db, actor: StaffActor, caseId: string, req: { reason: CaseDetail['closeReason'] & string; note: string; version: number }) {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row, facts } = await loadCaseForActor(trx, actor, caseId, 'write');
    requireCaseDecision(actor, facts, 'close');
    const result = await versionedChange(trx, caseId, req.version, { status: 'closed', closed_at: new Date(), close_reason: req.reason });
    // Nobody can take over a closed case: a baton on its way is called back.
    await repo.cancelPendingHandovers(trx, caseId);
    await appendSystemEntry(trx, actor, caseId, { kind: 'closed', body: req.note, payload: { reason: req.reason } });
    await appendAudit(trx, actor, [{ action: 'case.close', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return result;
  });
}

export async function reopenCase(db: Db, actor: StaffActor, caseId: string, req: { reason: string; version: number }) {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row, facts } = await loadCaseForActor(trx, actor, caseId, 'read');
    if (row.status !== 'closed') throw conflict('case_open', 'The case is open');
    // Judged on the access the user would have on the open case.
    requireCaseDecision(actor, facts, 'reopen');
    const result = await versionedChange(trx, caseId, req.version, { status: 'open', closed_at: null, close_reason: null });
    await appendSystemEntry(trx, actor, caseId, { kind: 'reopened', body: req.reason });
    await appendAudit(trx, actor, [{ action: 'case.reopen', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return result;
  });
}

/**
 * Staff decide, with a reason, whether the guardians and the young person may see the case:
 * closed to them when violence or abuse comes to be suspected, opened when it is safe. Only
 * staff whose access comes from the owning unit decide this, not members through consent.
 */
export async function setResidentAccess(db: Db, actor: StaffActor, caseId: string, req: { open: boolean; reason: string; version: number }) {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row, access } = await loadCaseForActor(trx, actor, caseId, 'write');
    if (!actsForOwningUnit(access)) throw forbidden();
    if (row.residents_restricted !== req.open) {
      throw req.open ? conflict('not_restricted', 'The guardians already have access') : conflict('already_restricted', 'The case is already hidden from the guardians');
    }
    const result = await versionedChange(trx, caseId, req.version, { residents_restricted: !req.open });
    await appendSystemEntry(trx, actor, caseId, { kind: 'decision', body: req.reason, payload: { residentAccess: req.open ? 'opened' : 'closed' } });
    await appendAudit(trx, actor, [{ action: req.open ? 'case.resident_access_open' : 'case.resident_access_close', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return result;
  });
}
