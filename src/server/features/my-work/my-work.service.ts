import type { AuditEntityType } from '../../../contracts/audit-codes.js';
import { withTenant, type Db, type Trx } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { addDays, todayInNorway } from '../../platform/text/dates.js';
import type { MyWorkResponse, MyWorkTask } from '../../../contracts/my-work.js';
import * as repo from './my-work.repository.js';
import { caseWithAccessFacts } from '../cases/case-access.repository.js';
import { factsOf } from '../cases/case-access.js';
import { openMeasuresOutOfReach } from '../action-plan/measure-reach.js';

/** Evaluations show up this many days before they are due. */
export const EVALUATION_LOOKAHEAD_DAYS = 14;

/**
 * «My work»: the user's units and the tasks waiting for them. Each task names its child: that
 * read is audited, one entry per task, in the same transaction.
 */
export async function myWork(db: Db, actor: StaffActor): Promise<MyWorkResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const result = await collectMyWork(trx, actor, todayInNorway());
    // A document to review names no child: nothing personal was read.
    await appendAudit(trx, actor, result.tasks.flatMap((t) => t.child ? [{
      action: 'my_work.task', entityType: entityTypeOf(t), entityId: t.id, childId: t.child.id,
    }] : []));
    return result;
  });
}

/** The page's queries inside the caller's tenant transaction (the benchmark's floor runs them too). */
export async function collectMyWork(trx: Trx, actor: StaffActor, today: string): Promise<MyWorkResponse> {
  const units = await unitsOf(trx, actor, today);
  const decisions = await repo.decisionsDue(trx, actor);
  const evaluations = await repo.evaluationsDue(trx, actor, today, addDays(today, EVALUATION_LOOKAHEAD_DAYS));
  const handovers = await repo.handoversWaiting(trx, actor, today);
  const consents = await repo.consentsExpiring(trx, actor, today);
  const reviews = await repo.documentsToReview(trx, actor, today);
  const reports = await repo.reportsToSend(trx, actor, today);
  const ended = await repo.consentsEnded(trx, actor, today);
  const outOfReach = await casesWithMeasuresOutOfReach(trx, actor, today);
  const tasks: MyWorkTask[] = [
    ...decisions.map((k) => ({
      kind: 'decision_due' as const, dueDate: k.decision_due, overdue: k.decision_due < today, href: `/concerns/${k.id}`,
      id: k.id, caseId: null, unitName: k.unit_name, level: 0, child: childOf(k),
    })),
    ...evaluations.map((c) => ({
      kind: 'evaluation_due' as const, dueDate: c.due, overdue: c.due < today, href: `/cases/${c.id}`,
      id: c.id, caseId: c.id, unitName: c.unit_name, level: c.level, child: childOf(c),
    })),
    ...handovers.map((h) => ({
      kind: 'handover_waiting' as const, dueDate: todayInNorway(h.created_at), overdue: false, href: `/handovers/${h.id}`,
      id: h.id, caseId: h.case_id, unitName: h.unit_name, level: h.level, child: childOf(h),
    })),
    ...consents.map((c) => ({
      kind: 'consent_expiring' as const, dueDate: c.expires_on, overdue: false, href: `/cases/${c.id}`,
      id: c.id, caseId: c.id, unitName: c.unit_name, level: c.level, child: childOf(c),
    })),
    ...reports.map((r) => ({
      kind: 'report_to_send' as const, dueDate: r.since, overdue: false,
      href: r.report_id ? `/reports/${r.report_id}` : `/concerns/${r.concern_id}`,
      id: (r.concern_id ?? r.case_id)!, caseId: r.case_id, unitName: r.unit_name, level: r.level, child: childOf(r),
    })),
    ...ended.map((c) => ({
      kind: 'consent_ended' as const, dueDate: c.ended_on, overdue: false, href: `/cases/${c.id}`,
      id: c.id, caseId: c.id, unitName: c.unit_name, level: c.level, child: childOf(c),
    })),
    ...outOfReach.map((c) => ({
      kind: 'measure_out_of_reach' as const, dueDate: null, overdue: false, href: `/cases/${c.id}`,
      id: c.id, caseId: c.id, unitName: c.unit_name, level: c.level, child: childOf(c),
    })),
    ...reviews.map((d) => ({
      kind: 'document_review_due' as const, dueDate: d.review_due!, overdue: true, href: `/content/documents/${d.id}`,
      id: d.id, caseId: null, unitName: '', level: 0, child: null, document: { id: d.id, title: d.title ?? '' },
    })),
  ];
  return { units, tasks: tasks.sort(byUrgency) };
}

function childOf(row: { child_id: string; given_name: string; family_name: string }) {
  return { id: row.child_id, name: `${row.given_name} ${row.family_name}` };
}

async function unitsOf(trx: Trx, actor: StaffActor, today: string) {
  const units = await repo.unitsWithEnrolledCount(trx, actor.userId, today);
  return units.map((u) => ({ id: u.id, name: u.name, type: u.type, roles: u.roles, enrolledChildren: Number(u.enrolled ?? 0) }));
}

/** Overdue first, then the soonest due date; tasks without a date last. */
function byUrgency(a: MyWorkTask, b: MyWorkTask): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31');
}

function entityTypeOf(t: MyWorkTask): AuditEntityType {
  if (t.kind === 'decision_due') return 'concern';
  if (t.kind === 'handover_waiting') return 'handover';
  if (t.kind === 'report_to_send') return t.caseId ? 'case' : 'concern';
  return 'case';
}

/**
 * Open cases I hold where an open measure's responsible person or service can no longer see the
 * case — asked of the case policy itself, case by case (only cases with open measures, at most 50).
 */
async function casesWithMeasuresOutOfReach(trx: Trx, actor: StaffActor, today: string) {
  const candidates = await repo.heldCasesWithResponsibles(trx, actor, today);
  const flagged = [];
  for (const c of candidates) {
    const row = await caseWithAccessFacts(trx, c.id, today);
    if (row && (await openMeasuresOutOfReach(trx, actor.tenantId, c.id, factsOf(row, today))).length > 0) flagged.push(c);
  }
  return flagged;
}
