import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.js';
import { badRequest, conflict, forbidden, notFound, validationError, type FieldProblem } from '../../platform/http/errors.js';
import { addDays, todayInNorway } from '../../platform/text/dates.js';
import type {
  ConcernDetail, ConcernRecord, ConcernSettings, ConcernSummary, concernDecisionRequest, concernListRequest, newConcernRequest, newConcernStepRequest,
} from '../../../contracts/concerns.js';
import type { z } from 'zod';
import { childrenEnrolledIn } from '../children/children.service.js';
import { openCaseInTransaction } from '../cases/cases.service.js';
import { levelsOf } from '../levels/levels.model.js';
import { workPointDeadline } from '../guide/guide.published.js';
import { concernCaseLevels } from '../../../contracts/levels.js';
import { effectiveSignals } from './concern-signals.js';
import {
  concernAccess, decisionOf, isDecided, isOverdue, mayRegisterIn, oversightUnits, statusAfter, stepAllowed, type ConcernAccess,
} from './concerns.policy.js';
import * as repo from './concerns.repository.js';

type ConcernRow = NonNullable<Awaited<ReturnType<typeof repo.findConcern>>>;
type SummaryRow = Awaited<ReturnType<typeof repo.listConcerns>>[number];

const iso = (d: Date) => d.toISOString();
const futureDate = (path: string): FieldProblem => ({ path, code: 'future_date', message: 'The date cannot be in the future' });
const versionConflict = () => conflict('version_conflict', 'Someone else changed this concern; reload it and try again');
const decided = () => conflict('concern_decided', 'The concern is decided and can no longer be changed');

/**
 * Days to decide a concern: the deadline of the guide's step for that decision when the guide has
 * one (the municipality's own routine), else the municipality's setting.
 */
async function decisionDays(trx: Trx, tenantId: string, setting: number): Promise<number> {
  return (await workPointDeadline(trx, tenantId, 'concern_decision')) ?? setting;
}

export async function getConcernSettings(db: Db, actor: StaffActor): Promise<ConcernSettings> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const s = await repo.concernSettings(trx, actor.tenantId);
    const days = await decisionDays(trx, actor.tenantId, s.concern_decision_days);
    return {
      signals: [...effectiveSignals(s.concern_signals)], decisionDays: days, youngPersonAge: s.young_person_age === 16 ? 16 : 15,
      levelWithoutOtherService: s.level_without_other_service,
    };
  });
}

/**
 * Loads a concern the actor may see, for this feature and for the reports feature (a report of
 * concern composed from it). No such concern and no access are the same 404; `need: 'write'`
 * locks the row, refuses resource persons (403, they do see it) and a decided concern (409).
 */
export async function loadConcernForActor(trx: Trx, actor: Actor, concernId: string, need: 'read' | 'write'): Promise<{ row: ConcernRow; access: ConcernAccess }> {
  const row = await repo.findConcern(trx, concernId, need === 'write');
  if (!row) throw notFound();
  const access = concernAccess(actor, { authorId: row.author_id, unitId: row.unit_id });
  if (!access) throw notFound();
  if (need === 'write') {
    if (!access.write) throw forbidden();
    if (isDecided(row.status, row.decided_at)) throw decided();
  }
  return { row, access };
}

/**
 * For the reports feature, inside its transaction when a report of concern is sent: an open
 * concern (with or without the decision 'report') becomes 'reported'. Returns false when it was
 * already closed, turned into a case or reported; those stay as they are. The caller has
 * checked access and audits the sending.
 */
export async function markConcernReported(trx: Trx, concernId: string, byUserId: string | null = null): Promise<boolean> {
  return (await repo.markReported(trx, concernId, byUserId)) !== undefined;
}

export async function registerConcern(db: Db, actor: StaffActor, req: z.output<typeof newConcernRequest>) {
  const today = todayInNorway();
  return withTenant(db, actor.tenantId, async (trx) => {
    const settings = await repo.concernSettings(trx, actor.tenantId);
    const allowed = new Set(effectiveSignals(settings.concern_signals));
    const problems: FieldProblem[] = [];
    if (req.observedOn > today) problems.push(futureDate('observedOn'));
    req.signals.forEach((s, i) => {
      if (!allowed.has(s)) problems.push({ path: `signals.${i}`, code: 'unknown_signal', message: 'Not one of the municipality’s signals' });
    });
    if (!mayRegisterIn(actor, req.unitId)) problems.push({ path: 'unitId', code: 'unit_not_yours', message: 'Choose a unit you work in' });
    if (problems.length > 0) throw validationError(problems);
    // The child must be one the author sees in the registry through this unit.
    if ((await childrenEnrolledIn(trx, [req.unitId], [req.childId])).length === 0) throw notFound();
    const row = await repo.insertConcern(trx, {
      tenantId: actor.tenantId, childId: req.childId, unitId: req.unitId, authorId: actor.userId, observedOn: req.observedOn,
      observation: req.observation, concernScale: req.concernScale, signals: req.signals, guardiansNotContacted: req.guardiansNotContacted, source: req.source,
      decisionDue: addDays(today, await decisionDays(trx, actor.tenantId, settings.concern_decision_days)),
    });
    await appendAudit(trx, actor, [{ action: 'concern.create', entityType: 'concern', entityId: row.id, childId: req.childId }]);
    return row;
  });
}

function toSummary(r: SummaryRow, today: string): ConcernSummary {
  return {
    id: r.id,
    child: { id: r.child_id, givenName: r.given_name, familyName: r.family_name, birthDate: r.birth_date },
    unit: { id: r.unit_id, name: r.unit_name, type: r.unit_type },
    author: { id: r.author_id, name: r.author_name },
    observedOn: r.observed_on,
    concernScale: r.concern_scale,
    status: r.status,
    decisionDue: r.decision_due,
    overdue: isOverdue(r.status, r.decided_at, r.decision_due, today),
    createdAt: iso(r.created_at),
  };
}

export async function getConcern(db: Db, actor: StaffActor, concernId: string): Promise<ConcernDetail> {
  const today = todayInNorway();
  return withTenant(db, actor.tenantId, async (trx) => {
    const { access } = await loadConcernForActor(trx, actor, concernId, 'read');
    const [d, steps] = await Promise.all([repo.concernDetail(trx, concernId), repo.stepsOf(trx, concernId)]);
    if (!d) throw notFound();
    await appendAudit(trx, actor, [{ action: 'concern.read', entityType: 'concern', entityId: concernId, childId: d.child_id }]);
    const kind = decisionOf(d.status, d.decided_at);
    return {
      ...toSummary(d, today),
      observation: d.observation,
      signals: d.signals,
      guardiansNotContacted: d.guardians_not_contacted,
      source: d.source,
      steps: steps.map((s) => ({
        id: s.id, kind: s.kind, occurredOn: s.occurred_on, summary: s.summary, serviceName: s.service_name, author: { id: s.author_id, name: s.author_name }, createdAt: iso(s.created_at),
      })),
      decision: kind && d.decided_at
        ? { kind, reason: d.decision_reason ?? '', decidedAt: iso(d.decided_at), decidedBy: d.decided_by ? { id: d.decided_by, name: d.decided_by_name ?? '' } : null }
        : null,
      caseId: d.case_id,
      version: d.version,
      myAccess: { reason: access.reason, write: access.write && !isDecided(d.status, d.decided_at) },
    };
  });
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listConcerns(db: Db, actor: StaffActor, req: z.output<typeof concernListRequest>) {
  const today = todayInNorway();
  const after = decodeCursor(req.cursor, 2) as [string, string] | undefined;
  if (after && !(TIMESTAMP.test(after[0]) && UUID.test(after[1]))) {
    throw badRequest('invalid_cursor', 'The page cursor is not valid', [{ path: 'cursor', code: 'invalid_cursor', message: 'Invalid cursor' }]);
  }
  const scope: repo.ConcernScope = req.scope === 'mine'
    ? { kind: 'author', userId: actor.userId }
    : { kind: 'units', unitIds: oversightUnits(actor, req.unitId) };
  if (scope.kind === 'units' && scope.unitIds.length === 0) return { items: [], nextCursor: null };
  return withTenant(db, actor.tenantId, async (trx) => {
    const rows = await repo.listConcerns(trx, { scope, status: req.status, overdue: req.overdue, today, after, limit: req.limit + 1 });
    const pageRows = rows.slice(0, req.limit);
    await appendAudit(trx, actor, pageRows.map((r) => ({ action: 'concern.list', entityType: 'concern', entityId: r.id, childId: r.child_id })));
    const last = pageRows[pageRows.length - 1];
    return {
      items: pageRows.map((r) => toSummary(r, today)),
      nextCursor: rows.length > req.limit && last ? encodeCursor([last.created_at_text, last.id]) : null,
    };
  });
}

export async function addConcernStep(db: Db, actor: StaffActor, concernId: string, req: z.output<typeof newConcernStepRequest>) {
  const today = todayInNorway();
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row } = await loadConcernForActor(trx, actor, concernId, 'write');
    const problems: FieldProblem[] = [];
    if (req.occurredOn > today) problems.push(futureDate('occurredOn'));
    if (!stepAllowed(req.kind, row.guardians_not_contacted)) {
      problems.push({ path: 'kind', code: 'guardians_not_contacted', message: 'The guardians are not to be contacted in this concern' });
    }
    if (problems.length > 0) throw validationError(problems);
    await repo.insertStep(trx, { tenantId: actor.tenantId, concernId, kind: req.kind, occurredOn: req.occurredOn, summary: req.summary, authorId: actor.userId, serviceName: req.serviceName });
    // The row is locked, so the version cannot have moved since it was read.
    const bumped = await repo.bumpVersion(trx, concernId, row.version);
    if (!bumped) throw versionConflict();
    await appendAudit(trx, actor, [{ action: 'concern.step', entityType: 'concern', entityId: concernId, childId: row.child_id }]);
    return { id: concernId, version: bumped.version };
  });
}

/**
 * The decision within the deadline. open_case opens the case in the same transaction (the
 * decider becomes its relay holder) and links it; report records the intent, and the reports
 * feature marks the concern reported when the report is sent.
 */
export async function decideConcern(db: Db, actor: StaffActor, concernId: string, req: z.output<typeof concernDecisionRequest>) {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row } = await loadConcernForActor(trx, actor, concernId, 'write');
    if (row.version !== req.version) throw versionConflict();
    let caseId: string | null = null;
    if (req.decision === 'open_case') {
      const { levels } = await levelsOf(trx, actor.tenantId);
      if (!concernCaseLevels(levels.length).includes(req.level ?? 1)) {
        throw validationError([{ path: 'level', code: 'unknown_level', message: 'A concern opens a case on one of the first two levels after the concern\'s' }]);
      }
      // A child who has left the unit since the concern was registered cannot get a case there;
      // the concern can still be closed or reported.
      if ((await childrenEnrolledIn(trx, [row.unit_id], [row.child_id])).length === 0) {
        throw validationError([{ path: 'decision', code: 'child_not_enrolled', message: 'The child is no longer enrolled in the unit' }]);
      }
      const opened = await openCaseInTransaction(trx, actor, {
        childId: row.child_id, owningUnitId: row.unit_id, level: req.level ?? 1, reason: req.reason, concernId,
      });
      caseId = opened.id;
    }
    const updated = await repo.recordDecision(trx, concernId, req.version, {
      status: statusAfter(req.decision), reason: req.reason, decidedBy: actor.userId, caseId,
    });
    if (!updated) throw versionConflict();
    await appendAudit(trx, actor, [{ action: 'concern.decide', entityType: 'concern', entityId: concernId, childId: row.child_id }]);
    return { id: concernId, version: updated.version, status: updated.status, caseId: updated.case_id };
  });
}

/**
 * The level-0 record for the case it led to. The cases feature calls this inside its transaction
 * after its own gate (loadCaseForActor) and audits the read there: access to the case, not to
 * the concern, decides who reads it from the case.
 */
export async function concernRecordForCase(trx: Trx, concernId: string): Promise<ConcernRecord | null> {
  const [d, steps] = await Promise.all([repo.concernDetail(trx, concernId), repo.stepsOf(trx, concernId)]);
  if (!d) return null;
  const kind = decisionOf(d.status, d.decided_at);
  return {
    id: d.id,
    unitName: d.unit_name,
    author: { id: d.author_id, name: d.author_name },
    observedOn: d.observed_on,
    observation: d.observation,
    concernScale: d.concern_scale,
    signals: d.signals,
    source: d.source,
    guardiansNotContacted: d.guardians_not_contacted,
    steps: steps.map((s) => ({
      id: s.id, kind: s.kind, occurredOn: s.occurred_on, summary: s.summary, serviceName: s.service_name,
      author: { id: s.author_id, name: s.author_name }, createdAt: iso(s.created_at),
    })),
    decision: kind && d.decided_at ? { kind, reason: d.decision_reason ?? '', decidedAt: iso(d.decided_at) } : null,
  };
}
