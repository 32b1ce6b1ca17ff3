import type { Insertable } from 'kysely';
import type {
  CaseEntriesTable, CaseHoldersTable, CaseMembersTable, CasesTable, CloseReason, ConcernStepKind, ConcernStepsTable, ConcernsTable,
  ConsentsTable, ConsentUnitsTable, EntryDraftsTable, EntryKind, EvaluationOutcome, EvaluationsTable, GoalsTable, HandoverRequestsTable,
  HandoverStatus, MeasureStatus, MeasuresTable, UnitRole,
} from '../../platform/db/schema.js';
import type { Random } from './prng.js';
import { addDays } from '../../platform/text/dates.js';

/**
 * Builds one demo case the way the application would have written it over time, so that the
 * rows keep the rules the services enforce: one holder at a time with a case_holders row per
 * holder (all from the owning unit), members from outside the owning unit only with a consent
 * covering their unit, every measure serving a goal of the same case, an evaluation entry for
 * every evaluation, and a log that only grows (corrections are new entries pointing back).
 */

/** The rows of the case work of a batch of households, in foreign-key order. */
export interface CaseWorkRows {
  concerns: Insertable<ConcernsTable>[];
  concernSteps: Insertable<ConcernStepsTable>[];
  cases: Insertable<CasesTable>[];
  caseHolders: Insertable<CaseHoldersTable>[];
  caseMembers: Insertable<CaseMembersTable>[];
  handovers: Insertable<HandoverRequestsTable>[];
  consents: Insertable<ConsentsTable>[];
  consentUnits: Insertable<ConsentUnitsTable>[];
  goals: Insertable<GoalsTable>[];
  measures: Insertable<MeasuresTable>[];
  evaluations: Insertable<EvaluationsTable>[];
  entries: Insertable<CaseEntriesTable>[];
  drafts: Insertable<EntryDraftsTable>[];
}

export const emptyCaseWork = (): CaseWorkRows => ({
  concerns: [], concernSteps: [], cases: [], caseHolders: [], caseMembers: [], handovers: [], consents: [], consentUnits: [],
  goals: [], measures: [], evaluations: [], entries: [], drafts: [],
});

/** Staff of each unit by role, and the well-known demo people by subject. */
export interface Roster {
  byUnit: Map<string, Record<UnitRole, string[]>>;
  bySubject: Map<string, string>;
}

export function newRoster(): Roster {
  return { byUnit: new Map(), bySubject: new Map() };
}

export function addToRoster(roster: Roster, unitId: string, role: UnitRole, userId: string): void {
  let unit = roster.byUnit.get(unitId);
  if (!unit) roster.byUnit.set(unitId, (unit = { leader: [], resource_person: [], employee: [] }));
  unit[role].push(userId);
}

const DAY_MS = 86_400_000;
export { addDays };
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
/** A time of day in office hours, made from a small number so that it is reproducible. */
export const at = (day: string, n = 0): string => {
  const minutes = 7 * 60 + 30 + ((n * 37) % (8 * 60));
  return `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00Z`;
};

export type Author =
  | { kind: 'staff'; userId: string }
  | { kind: 'guardian'; guardianId: string }
  | { kind: 'young_person' };

export interface CaseContext {
  rnd: Random;
  tenantId: string;
  today: string;
  out: CaseWorkRows;
}

interface PendingEntry {
  row: Insertable<CaseEntriesTable>;
  on: string;
}

export interface ConsentSpec {
  decision?: 'given' | 'refused';
  guardianIds: string[];
  youngPerson: boolean;
  unitIds: string[];
  purpose: string;
  from: string;
  to: string;
  by: string;
  withdrawn?: { on: string; by: string; reason: string };
}

export class CaseDraft {
  readonly id: string;
  private holder: string;
  private readonly entries: PendingEntry[] = [];
  private last: string;
  /** closed on `from`, reopened on `to`: nothing is written in between */
  private pause?: { from: string; to: string };

  constructor(
    private readonly ctx: CaseContext,
    private readonly c: { childId: string; owningUnitId: string; holderId: string; level: 1 | 2 | 3; openedOn: string; reason: string; concernId?: string },
  ) {
    this.id = ctx.rnd.uuid();
    this.holder = c.holderId;
    this.last = c.openedOn;
    ctx.out.caseHolders.push({ id: ctx.rnd.uuid(), tenant_id: ctx.tenantId, case_id: this.id, user_id: c.holderId, unit_id: c.owningUnitId, from_at: at(c.openedOn) });
    this.entry('opened', c.openedOn, c.reason, { kind: 'staff', userId: c.holderId }, { level: c.level });
  }

  get holderId(): string {
    return this.holder;
  }

  /** A closed case is read-only: what would have been written while it was closed is written when it reopens. */
  private whenOpen(on: string): string {
    return this.pause && on >= this.pause.from && on < this.pause.to ? this.pause.to : on;
  }

  /** Closed too early and taken up again; call before anything dated later is written. */
  closeAndReopen(from: string, to: string, by: string, reason: string): void {
    this.entry('closed', from, 'Målene er nådd, og foresatte er enige i at saken avsluttes.', { kind: 'staff', userId: by }, { reason: 'goals_reached' });
    this.entry('reopened', to, reason, { kind: 'staff', userId: by });
    this.pause = { from, to };
  }

  /** Appends a log entry; returns its id so that a correction can point to it. */
  entry(kind: EntryKind, day: string, body: string, author: Author, payload: Record<string, unknown> = {}, extra: { attendees?: string; corrects?: string } = {}): string {
    const id = this.ctx.rnd.uuid();
    const on = this.whenOpen(day);
    this.entries.push({
      on,
      row: {
        id, tenant_id: this.ctx.tenantId, case_id: this.id, kind, occurred_on: on, body, attendees: extra.attendees ?? null,
        payload: JSON.stringify(payload), corrects_entry_id: extra.corrects ?? null,
        author_kind: author.kind,
        author_user_id: author.kind === 'staff' ? author.userId : null,
        author_guardian_id: author.kind === 'guardian' ? author.guardianId : null,
      },
    });
    if (on > this.last) this.last = on;
    return id;
  }

  changeLevel(from: number, to: number, on: string, reason: string, by: string): void {
    this.entry('level_change', on, reason, { kind: 'staff', userId: by }, { from, to });
  }

  addMember(userId: string, on: string, by: string): void {
    this.ctx.out.caseMembers.push({ tenant_id: this.ctx.tenantId, case_id: this.id, user_id: userId, added_by: by, added_at: at(on, 3) });
  }

  consent(spec: ConsentSpec): string {
    const { rnd, tenantId, out } = this.ctx;
    const from = this.whenOpen(spec.from);
    const k = {
      ...spec, from, to: spec.to < from ? from : spec.to,
      withdrawn: spec.withdrawn && { ...spec.withdrawn, on: this.whenOpen(spec.withdrawn.on) },
    };
    const id = rnd.uuid();
    const decision = k.decision ?? 'given';
    out.consents.push({
      id, tenant_id: tenantId, case_id: this.id, decision, guardian_ids: k.guardianIds, young_person: k.youngPerson, purpose: k.purpose,
      valid_from: k.from, valid_to: k.to, recorded_by: k.by, created_at: at(k.from, 1),
      withdrawn_at: k.withdrawn ? new Date(at(k.withdrawn.on, 2)) : null,
      withdrawn_by_user_id: k.withdrawn?.by ?? null, withdrawn_reason: k.withdrawn?.reason ?? null,
    });
    for (const unitId of k.unitIds) out.consentUnits.push({ tenant_id: tenantId, consent_id: id, unit_id: unitId });
    // As the service writes them: the purpose or reason as body, the event and period as data.
    const body = decision === 'given' ? k.purpose : 'Foresatte samtykker ikke til at flere tjenester involveres nå.';
    this.entry('consent_event', k.from, body, { kind: 'staff', userId: k.by }, {
      consentId: id, event: decision, unitIds: k.unitIds, validFrom: k.from, validTo: k.to,
    });
    if (k.withdrawn) {
      this.entry('consent_event', k.withdrawn.on, k.withdrawn.reason, { kind: 'staff', userId: k.withdrawn.by },
        { consentId: id, event: 'withdrawn', unitIds: k.unitIds });
    }
    return id;
  }

  /** A handover request; an accepted one passes the baton (a new case_holders row and a log entry). */
  handover(toUserId: string, requestedOn: string, status: HandoverStatus, message: string, answeredOn?: string): void {
    const { rnd, tenantId, out } = this.ctx;
    out.handovers.push({
      id: rnd.uuid(), tenant_id: tenantId, case_id: this.id, from_user_id: this.holder, to_user_id: toUserId, to_unit_id: this.c.owningUnitId,
      message, status, created_at: at(requestedOn, 4),
      answer_note: status === 'declined' ? 'Har ikke kapasitet nå. Foreslår å spørre sosiallærer.' : null,
      answered_at: answeredOn && status !== 'pending' ? new Date(at(answeredOn, 5)) : null,
    });
    if (status !== 'accepted' || !answeredOn) return;
    out.caseHolders.push({ id: rnd.uuid(), tenant_id: tenantId, case_id: this.id, user_id: toUserId, unit_id: this.c.owningUnitId, from_at: at(answeredOn, 5) });
    this.entry('handover', answeredOn, 'Stafettloggen er overtatt av ny stafettholder.', { kind: 'staff', userId: toUserId }, { fromUserId: this.holder, toUserId });
    this.holder = toUserId;
  }

  goal(description: string, on: string, by: string, status: 'active' | 'achieved' | 'dropped' = 'active'): string {
    const id = this.ctx.rnd.uuid();
    this.ctx.out.goals.push({ id, tenant_id: this.ctx.tenantId, case_id: this.id, description, status, created_by: by, created_at: at(on, 6) });
    return id;
  }

  measure(goalId: string, m: {
    description: string; responsibleUserId?: string; responsibleUnitId?: string; startOn: string; endOn?: string; evaluationDue: string;
    status: MeasureStatus; by: string;
  }): string {
    const id = this.ctx.rnd.uuid();
    this.ctx.out.measures.push({
      id, tenant_id: this.ctx.tenantId, case_id: this.id, goal_id: goalId, description: m.description,
      responsible_user_id: m.responsibleUserId ?? null, responsible_unit_id: m.responsibleUnitId ?? null,
      start_on: m.startOn, end_on: m.endOn ?? null, evaluation_due: m.evaluationDue, status: m.status, created_by: m.by, created_at: at(m.startOn, 7),
    });
    return id;
  }

  evaluate(measureId: string, measure: string, day: string, outcome: EvaluationOutcome, learned: string, nextSteps: string, by: string): void {
    const id = this.ctx.rnd.uuid();
    const on = this.whenOpen(day);
    this.ctx.out.evaluations.push({
      id, tenant_id: this.ctx.tenantId, case_id: this.id, measure_id: measureId, evaluated_on: on, outcome, learned, next_steps: nextSteps,
      author_id: by, created_at: at(on, 8),
    });
    const word = { achieved: 'nådd', partly: 'delvis nådd', not: 'ikke nådd' }[outcome];
    this.entry('evaluation', on, `Evaluering av «${measure}»: ${word}. ${learned} ${nextSteps}`, { kind: 'staff', userId: by },
      { measureId, evaluationId: id, outcome });
  }

  draft(userId: string, content: { kind: string; occurredOn: string; body: string }): void {
    this.ctx.out.drafts.push({
      tenant_id: this.ctx.tenantId, case_id: this.id, user_id: userId, content: JSON.stringify(content), updated_at: at(this.ctx.today, 0),
    });
  }

  /** Writes the case row and the log, oldest first; closed cases stop at their closing day. */
  finish(level: 1 | 2 | 3, closed?: { on: string; reason: CloseReason; note: string; by: string }): void {
    const { tenantId, out } = this.ctx;
    if (closed) this.entry('closed', closed.on, closed.note, { kind: 'staff', userId: closed.by }, { reason: closed.reason });
    // Stable: entries of one day keep the order they were made in, so a correction follows its entry.
    const sorted = [...this.entries].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    let n = 0;
    let day = '';
    for (const e of sorted) {
      n = e.on === day ? n + 1 : 0;
      day = e.on;
      out.entries.push({ ...e.row, created_at: at(e.on, n) });
    }
    out.cases.push({
      id: this.id, tenant_id: tenantId, child_id: this.c.childId, owning_unit_id: this.c.owningUnitId, level, holder_id: this.holder,
      status: closed ? 'closed' : 'open', concern_id: this.c.concernId ?? null, opened_by: this.c.holderId, opened_at: at(this.c.openedOn),
      closed_at: closed ? new Date(at(closed.on, 20)) : null, close_reason: closed?.reason ?? null, updated_at: at(this.last, 21),
    });
  }
}

/** A level-0 concern with its steps; a concern that led to a case gets its case id after the cases are written. */
export function addConcern(ctx: CaseContext, c: {
  childId: string; unitId: string; authorId: string; observedOn: string; observation: string; scale: number; signals: string[];
  guardiansNotContacted?: boolean; decisionDays: number; steps: { kind: ConcernStepKind; on: string; summary: string }[];
  decided?: { status: 'closed' | 'case_opened' | 'reported'; on: string; by: string; reason: string };
}): string {
  const { rnd, tenantId, out } = ctx;
  const id = rnd.uuid();
  out.concerns.push({
    id, tenant_id: tenantId, child_id: c.childId, unit_id: c.unitId, author_id: c.authorId, observed_on: c.observedOn, observation: c.observation,
    concern_scale: c.scale, signals: JSON.stringify(c.signals), guardians_not_contacted: c.guardiansNotContacted ?? false,
    decision_due: addDays(c.observedOn, c.decisionDays), status: c.decided?.status ?? 'open', decision_reason: c.decided?.reason ?? null,
    decided_at: c.decided ? new Date(at(c.decided.on, 9)) : null, decided_by: c.decided?.by ?? null, case_id: null, created_at: at(c.observedOn, 2),
  });
  for (const [i, s] of c.steps.entries()) {
    out.concernSteps.push({ id: rnd.uuid(), tenant_id: tenantId, concern_id: id, kind: s.kind, occurred_on: s.on, summary: s.summary, author_id: c.authorId, created_at: at(s.on, 10 + i) });
  }
  return id;
}
