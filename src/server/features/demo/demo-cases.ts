import { ageOn } from '../cases/cases.policy.js';
import { addConcern, addDays, CaseDraft, daysBetween, type Author } from './demo-case-builder.js';
import { childFacts, pickStaff, unitNamed, type CasePlanContext, type ChildFacts } from './demo-case-context.js';
import * as T from './demo-case-texts.js';
import type { HouseholdRows, KnownHousehold } from './demo-households.js';
import { knownCaseWork, pendingHandoverToKnown, type KnownCaseState } from './demo-known-cases.js';
import { DEMO_UNITS } from './demo-known.js';
import type { Random } from './prng.js';

/**
 * The BTI work of «Eksempel kommune»: about a quarter of the children have a case (levels 1–3,
 * some closed) with some twenty log entries on average, and a few per cent have a level-0
 * concern waiting for a decision. Dates are relative to `today`, so that some evaluations and
 * decisions are overdue and some consents about to expire whenever the demo is generated.
 */
export const CASE_SHARE = 0.25;
const OPEN_CONCERN_SHARE = 0.03;
const CLOSED_CONCERN_SHARE = 0.02;

/** Makes the concerns and cases of one household's children. */
export function planHouseholdCases(ctx: CasePlanContext, state: KnownCaseState, rows: HouseholdRows, known?: KnownHousehold): void {
  for (const child of childFacts(rows, ctx.unitTypes)) {
    if (known) {
      knownCaseWork(ctx, state, known, child);
      continue;
    }
    if (knownCaseWork(ctx, state, undefined, child)) continue;
    const r = ctx.rnd.next();
    if (child.unitId && r < OPEN_CONCERN_SHARE) openConcern(ctx, child);
    else if (child.unitId && r < OPEN_CONCERN_SHARE + CLOSED_CONCERN_SHARE) closedConcern(ctx, child);
    if (ctx.rnd.chance(CASE_SHARE)) randomCase(ctx, state, child);
  }
}

const serviceId = unitNamed;
const signals = (rnd: Random) => [...new Set([rnd.pick(T.DEMO_SIGNALS), rnd.pick(T.DEMO_SIGNALS)])].slice(0, rnd.int(1, 2));

function openConcern(ctx: CasePlanContext, child: ChildFacts): void {
  const { rnd, today } = ctx;
  const unitId = child.unitId!;
  const author = pickStaff(ctx, unitId);
  // Up to three weeks old against a 14-day deadline: some are overdue.
  const observedOn = addDays(today, -rnd.int(0, 20));
  const age = daysBetween(observedOn, today);
  const steps = [];
  if (age >= 1) steps.push({ kind: 'discussion_colleague' as const, on: addDays(observedOn, 1), summary: T.STEP_SUMMARIES.discussion_colleague });
  if (age >= 4 && rnd.chance(0.6)) steps.push({ kind: 'discussion_leader' as const, on: addDays(observedOn, 3), summary: T.STEP_SUMMARIES.discussion_leader });
  if (age >= 7 && rnd.chance(0.5)) steps.push({ kind: 'conversation_guardians' as const, on: addDays(observedOn, 6), summary: T.STEP_SUMMARIES.conversation_guardians });
  addConcern(ctx, {
    childId: child.childId, unitId, authorId: author, observedOn, observation: rnd.pick(T.OBSERVATIONS), scale: rnd.int(1, 3),
    signals: signals(rnd), guardiansNotContacted: rnd.chance(0.03), decisionDays: ctx.decisionDays, steps,
  });
}

function closedConcern(ctx: CasePlanContext, child: ChildFacts): void {
  const { rnd, today } = ctx;
  const unitId = child.unitId!;
  const author = pickStaff(ctx, unitId);
  const observedOn = addDays(today, -rnd.int(30, 300));
  const reported = rnd.chance(0.12);
  const decidedOn = addDays(observedOn, rnd.int(3, 13));
  addConcern(ctx, {
    childId: child.childId, unitId, authorId: author, observedOn, observation: rnd.pick(T.OBSERVATIONS), scale: reported ? 4 : rnd.int(1, 2),
    signals: signals(rnd), guardiansNotContacted: reported && rnd.chance(0.5), decisionDays: ctx.decisionDays,
    steps: [
      { kind: 'discussion_leader', on: addDays(observedOn, 1), summary: T.STEP_SUMMARIES.discussion_leader },
      { kind: 'conversation_child', on: addDays(observedOn, 2), summary: T.STEP_SUMMARIES.conversation_child },
    ],
    decided: reported
      ? { status: 'reported', on: decidedOn, by: author, reason: 'Bekymringsmelding sendt til barneverntjenesten.' }
      : { status: 'closed', on: decidedOn, by: author, reason: rnd.pick(T.CLOSE_DECISIONS) },
  });
}

/** The services a case reaches beyond its owning unit, by who owns it. */
function outsideServices(ctx: CasePlanContext, owningUnitId: string, count: number): string[] {
  const forSchools = [DEMO_UNITS.healthCentre, DEMO_UNITS.healthCentre, DEMO_UNITS.ppt, DEMO_UNITS.ppt, DEMO_UNITS.childWelfare, DEMO_UNITS.mentalHealth];
  const forYouth = [DEMO_UNITS.nav, DEMO_UNITS.leisure, DEMO_UNITS.childWelfare, DEMO_UNITS.healthCentre, DEMO_UNITS.mentalHealth];
  const type = ctx.unitTypes.get(owningUnitId);
  const pool = (type === 'kindergarten' || type === 'primary_school' || type === 'lower_secondary_school' ? forSchools : forYouth)
    .map((n) => serviceId(ctx, n))
    .filter((id) => id !== owningUnitId);
  const picked: string[] = [];
  for (let tries = 0; picked.length < count && tries < 20; tries++) {
    const u = ctx.rnd.pick(pool);
    if (!picked.includes(u)) picked.push(u);
  }
  return picked;
}

function randomCase(ctx: CasePlanContext, state: KnownCaseState, child: ChildFacts): void {
  const { rnd, today } = ctx;
  // 16–18 year olds are no longer in a municipal school: the health service or mental health owns their case.
  const owningUnitId = child.unitId ?? serviceId(ctx, rnd.chance(0.5) ? DEMO_UNITS.mentalHealth : rnd.chance(0.6) ? DEMO_UNITS.healthCentre : DEMO_UNITS.nav);
  const level = (rnd.chance(0.55) ? 1 : rnd.chance(0.67) ? 2 : 3) as 1 | 2 | 3;
  const closed = rnd.chance(0.18);
  const span = closed ? rnd.int(60, 540) : rnd.int(7, 540);
  const openedOn = addDays(today, -span);
  const end = closed ? addDays(openedOn, rnd.int(45, span - 1)) : today;
  const holder0 = pickStaff(ctx, owningUnitId);
  const startLevel = (level > 1 && daysBetween(openedOn, end) >= 21 && rnd.chance(0.6) ? level - 1 : level) as 1 | 2 | 3;

  let concernId: string | undefined;
  if (child.unitId && rnd.chance(0.6)) {
    const observedOn = addDays(openedOn, -rnd.int(5, 13));
    concernId = addConcern(ctx, {
      childId: child.childId, unitId: owningUnitId, authorId: holder0, observedOn, observation: rnd.pick(T.OBSERVATIONS), scale: rnd.int(2, 3),
      signals: signals(rnd), decisionDays: ctx.decisionDays,
      steps: [
        { kind: 'discussion_colleague', on: addDays(observedOn, 1), summary: T.STEP_SUMMARIES.discussion_colleague },
        { kind: 'conversation_guardians', on: addDays(observedOn, 3), summary: T.STEP_SUMMARIES.conversation_guardians },
      ],
      decided: { status: 'case_opened', on: openedOn, by: holder0, reason: `Åpner sak på nivå ${startLevel}.` },
    });
  }
  const c = new CaseDraft(ctx, { childId: child.childId, owningUnitId, holderId: holder0, level: startLevel, openedOn, reason: rnd.pick(T.OPENING_REASONS), concernId });
  const days = daysBetween(openedOn, end);
  const dayIn = (from: number, to: number) => addDays(openedOn, rnd.int(Math.min(from, days), Math.max(Math.min(from, days), Math.min(to, days))));

  // A few cases were closed too early and taken up again (those keep their first holder).
  const reopened = !closed && days > 120 && rnd.chance(0.03);
  if (reopened) {
    const on = dayIn(60, days - 40);
    c.closeAndReopen(on, addDays(on, rnd.int(7, 30)), holder0, 'Gjenåpnet: fraværet har økt igjen etter ferien.');
  }
  // The baton: now and then it passed to a colleague in the same unit.
  const holders: { userId: string; from: string }[] = [{ userId: holder0, from: openedOn }];
  if (!reopened && days >= 40 && rnd.chance(0.2)) {
    const on = dayIn(20, days - 10);
    const to = pickStaff(ctx, owningUnitId, holder0);
    if (rnd.chance(0.2)) c.handover(pickStaff(ctx, owningUnitId, holder0), addDays(on, -10), 'declined', rnd.pick(T.HANDOVER_MESSAGES), addDays(on, -8));
    c.handover(to, addDays(on, -2), 'accepted', rnd.pick(T.HANDOVER_MESSAGES), on);
    holders.push({ userId: to, from: on });
  }
  const holderOn = (day: string) => [...holders].reverse().find((h) => h.from <= day)!.userId;

  // Colleagues of the owning unit join freely; other services only under a consent.
  const writers: { userId: string; from: string; until: string }[] = [];
  if (rnd.chance(0.3)) {
    const userId = pickStaff(ctx, owningUnitId, holder0);
    const from = dayIn(0, 20);
    if (!holders.some((h) => h.userId === userId)) {
      c.addMember(userId, from, holder0);
      writers.push({ userId, from, until: end });
    }
  }
  // From 18 the young person alone consents; from the configured age they consent with the guardians.
  const age = ageOn(child.birthDate, today);
  const guardianIds = age >= 18 ? [] : child.guardianIds;
  const youngPerson = age >= ctx.youngPersonAge;
  let levelOn = openedOn;
  if (startLevel !== level) {
    levelOn = dayIn(14, Math.floor(days / 2));
    c.changeLevel(startLevel, level, levelOn, rnd.pick(T.LEVEL_REASONS.slice(0, 3)), holderOn(levelOn));
  }
  const outside = level === 1 ? [] : outsideServices(ctx, owningUnitId, level === 2 ? 1 : rnd.int(2, 3));
  if (outside.length > 0 && (guardianIds.length > 0 || youngPerson)) {
    const consentOn = startLevel >= 2 ? openedOn : levelOn;
    const by = holderOn(consentOn);
    const sinceConsent = daysBetween(consentOn, today);
    const r = rnd.next();
    let to = addDays(today, rnd.int(31, 330));
    let withdrawn: { on: string; by: string; reason: string } | undefined;
    if (closed) to = addDays(consentOn, 365);
    else if (r < 0.08) to = addDays(today, rnd.int(0, 29)); // about to expire
    else if (r < 0.14 && sinceConsent > 45) to = addDays(today, -rnd.int(1, Math.min(60, sinceConsent - 31))); // expired
    else if (r < 0.2 && sinceConsent > 20) {
      const on = addDays(consentOn, rnd.int(14, sinceConsent - 1));
      withdrawn = { on, by: holderOn(on), reason: rnd.pick(T.WITHDRAW_REASONS) };
    }
    c.consent({ guardianIds, youngPerson, unitIds: outside, purpose: rnd.pick(T.CONSENT_PURPOSES), from: consentOn, to, by, withdrawn });
    const accessEnd = [withdrawn?.on ?? end, to, end].sort()[0]!;
    for (const unitId of outside) {
      const userId = pickStaff(ctx, unitId);
      const from = [addDays(consentOn, rnd.int(0, 3)), end].sort()[0]!;
      c.addMember(userId, from, by);
      if (from < accessEnd) writers.push({ userId, from, until: accessEnd });
    }
  } else if (level === 1 && !closed && days > 30 && rnd.chance(0.06) && child.guardianIds.length > 0) {
    const on = dayIn(10, days - 1);
    c.consent({ decision: 'refused', guardianIds: child.guardianIds, youngPerson: false, unitIds: [serviceId(ctx, DEMO_UNITS.ppt)], purpose: 'Vurdering fra PPT.', from: on, to: on, by: holderOn(on) });
    c.entry('guardians_view', on, T.GUARDIANS_VIEW[4], { kind: 'guardian', guardianId: child.guardianIds[0]! });
  }

  planActionPlan(ctx, c, { openedOn, end, closed, level, outside, holderOn, writers });
  writeLog(ctx, c, child, { openedOn, end, level, holderOn, writers, youngPerson });

  if (rnd.chance(0.015)) {
    const on = dayIn(5, days - 1);
    c.entry('report_sent', on, 'Bekymringsmelding sendt til barneverntjenesten.', { kind: 'staff', userId: holderOn(on) });
  }
  const toKnown = closed ? undefined : pendingHandoverToKnown(ctx, state, owningUnitId, c.holderId);
  if (toKnown || (!closed && rnd.chance(0.03))) {
    const to = toKnown ?? pickStaff(ctx, owningUnitId, c.holderId);
    c.handover(to, addDays(today, -rnd.int(0, 6)), 'pending', rnd.pick(T.HANDOVER_MESSAGES));
  }
  if (!closed && rnd.chance(0.02)) {
    c.draft(c.holderId, { kind: 'note', occurredOn: today, body: 'Ringte foresatte, men fikk ikke svar. Prøver igjen' });
  }
  const reasons = ['goals_reached', 'goals_reached', 'moved', 'other_service', 'guardians_withdrew', 'other'] as const;
  c.finish(level, closed ? { on: end, reason: rnd.pick(reasons), note: 'Målene er nådd, og foresatte er enige i at saken avsluttes.', by: holderOn(end) } : undefined);
}

interface Timeline {
  openedOn: string;
  end: string;
  level: number;
  holderOn: (day: string) => string;
  writers: { userId: string; from: string; until: string }[];
}

/** Goals, measures that each serve one of them, and evaluations on a cycle; the last one is sometimes overdue. */
function planActionPlan(ctx: CasePlanContext, c: CaseDraft, t: Timeline & { closed: boolean; outside: string[] }): void {
  const { rnd, today } = ctx;
  const days = daysBetween(t.openedOn, t.end);
  const goals = rnd.int(1, t.level === 1 ? 2 : 3);
  for (let g = 0; g < goals; g++) {
    const goalOn = addDays(t.openedOn, rnd.int(0, Math.min(14, days)));
    const goalId = c.goal(rnd.pick(T.GOALS), goalOn, t.holderOn(goalOn), t.closed ? (rnd.chance(0.8) ? 'achieved' : 'dropped') : 'active');
    for (let m = rnd.int(1, 2); m > 0; m--) {
      const startOn = addDays(goalOn, rnd.int(0, Math.min(7, daysBetween(goalOn, t.end))));
      const cycle = Math.max(rnd.pick([28, 42, 56]), Math.ceil(daysBetween(startOn, t.end) / 4));
      const description = rnd.pick(T.MEASURES);
      const responsibleUnitId = t.outside.length && rnd.chance(0.4) ? rnd.pick(t.outside) : undefined;
      const responsibleUserId = responsibleUnitId ? undefined : t.holderOn(startOn);
      let due = addDays(startOn, cycle);
      let status: 'ongoing' | 'completed' | 'stopped' = 'ongoing';
      const done: { on: string; outcome: 'achieved' | 'partly' | 'not' }[] = [];
      while (due < t.end && status === 'ongoing') {
        const lastChance = addDays(due, cycle) >= t.end;
        // Open cases: now and then the latest evaluation has not been done, so it is overdue.
        if (lastChance && !t.closed && due < today && rnd.chance(0.3)) break;
        const on = [addDays(due, rnd.int(-3, 5)), addDays(t.end, -1)].sort()[0]!;
        const outcome = rnd.pick(['achieved', 'partly', 'partly', 'not'] as const);
        done.push({ on: on < startOn ? startOn : on, outcome });
        if (outcome === 'achieved' && rnd.chance(0.5)) status = 'completed';
        else if (outcome === 'not' && rnd.chance(0.3)) status = 'stopped';
        else due = addDays(due, cycle);
      }
      if (t.closed && status === 'ongoing') status = 'completed';
      const measureId = c.measure(goalId, {
        description, responsibleUserId, responsibleUnitId, startOn, evaluationDue: due, status, by: t.holderOn(startOn),
        endOn: status === 'ongoing' ? undefined : (done[done.length - 1]?.on ?? t.end),
      });
      for (const e of done) c.evaluate(measureId, description, e.on, e.outcome, rnd.pick(T.LEARNED), rnd.pick(T.NEXT_STEPS), t.holderOn(e.on));
    }
  }
}

/** What people write in the log over the life of the case: more for older and higher-level cases. */
function writeLog(ctx: CasePlanContext, c: CaseDraft, child: ChildFacts, t: Timeline & { youngPerson: boolean }): void {
  const { rnd } = ctx;
  const days = daysBetween(t.openedOn, t.end);
  if (days < 1) return;
  const count = 3 + Math.floor(days / 36) + t.level + rnd.int(0, 3);
  for (let i = 0; i < count; i++) {
    const on = addDays(t.openedOn, rnd.int(1, days));
    // The author is someone who could write on that day: the holder then, or a member whose access held.
    const members = t.writers.filter((w) => w.from <= on && on < w.until);
    const staff: Author = { kind: 'staff', userId: members.length && rnd.chance(0.35) ? rnd.pick(members).userId : t.holderOn(on) };
    const holder: Author = { kind: 'staff', userId: t.holderOn(on) };
    const r = rnd.next();
    let id: string;
    let author: Author = staff;
    if (r < 0.2) id = c.entry('observation', on, rnd.pick(T.OBSERVATIONS), staff);
    else if (r < 0.37) id = c.entry('conversation', on, rnd.pick(T.CONVERSATIONS), staff);
    else if (r < 0.49) {
      if (t.youngPerson && rnd.chance(0.3)) author = { kind: 'young_person' };
      id = c.entry('child_voice', on, rnd.pick(T.CHILD_VOICE), author);
    } else if (r < 0.56 && child.guardianIds.length) {
      author = { kind: 'guardian', guardianId: rnd.pick(child.guardianIds) };
      id = c.entry('guardians_view', on, rnd.pick(T.GUARDIANS_VIEW.filter((_, k) => k !== 4)), author);
    } else if (r < 0.56 + 0.05 * t.level) {
      author = holder;
      id = c.entry('meeting', on, rnd.pick(T.MEETINGS), holder, {}, { attendees: rnd.pick(T.ATTENDEES) });
    } else if (r < 0.8) id = c.entry('note', on, rnd.pick(T.NOTES), staff);
    else {
      author = holder;
      id = c.entry('decision', on, rnd.pick(T.DECISIONS), holder);
    }
    // Staff correct their own entries now and then: a new entry that points back.
    if (author.kind === 'staff' && rnd.chance(0.03)) {
      c.entry('correction', [addDays(on, rnd.int(0, 2)), t.end].sort()[0]!, rnd.pick(T.CORRECTIONS), author, {}, { corrects: id });
    }
  }
}
