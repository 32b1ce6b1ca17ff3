import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent, residentHeaders } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';
import { addDays } from '../../src/server/platform/text/dates.js';

type Headers = Record<string, string>;
let t: TestContext;
const f = {} as {
  guardian: Headers; contact: Headers;
  holder: Headers; colleague: Headers; leader: Headers; resource: Headers; nurse: Headers; outsider: Headers;
  colleagueId: string; nurseId: string; holderId: string; foreignUserId: string; healthId: string; foreignUnitId: string;
  caseId: string; otherCaseId: string; closedCaseId: string; childId: string;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const holder = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const colleague = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const leader = await buildUser(db, tenant.id, { units: [[school.id, 'leader']] });
  const resource = await buildUser(db, tenant.id, { units: [[school.id, 'resource_person']] });
  const nurse = await buildUser(db, tenant.id, { units: [[health.id, 'employee']] });
  const outsider = await buildUser(db, tenant.id, { units: [[health.id, 'employee']] });
  const child = await buildChild(db, tenant.id, { unitId: school.id });
  const guardian = await buildGuardian(db, tenant.id, child.id, { parentalResponsibility: true });
  const contact = await buildGuardian(db, tenant.id, child.id, { parentalResponsibility: false });
  f.guardian = await residentHeaders(db, guardian.national_id);
  f.contact = await residentHeaders(db, contact.national_id);
  const c = await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: holder.id, memberIds: [nurse.id] });
  await buildConsent(db, tenant.id, { caseId: c.id, recordedBy: holder.id, unitIds: [health.id] });
  const other = await buildCase(db, tenant.id, { childId: (await buildChild(db, tenant.id, { unitId: school.id })).id, owningUnitId: school.id, holderId: holder.id });
  const closed = await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: holder.id, status: 'closed' });
  const foreignTenant = await buildTenant(db);
  const foreignUnit = await buildUnit(db, foreignTenant.id);
  const foreignUser = await buildUser(db, foreignTenant.id, { units: [[foreignUnit.id, 'employee']] });
  Object.assign(f, {
    holder: await sessionHeaders(db, holder), colleague: await sessionHeaders(db, colleague), leader: await sessionHeaders(db, leader),
    resource: await sessionHeaders(db, resource), nurse: await sessionHeaders(db, nurse), outsider: await sessionHeaders(db, outsider),
    colleagueId: colleague.id, nurseId: nurse.id, holderId: holder.id, foreignUserId: foreignUser.id, healthId: health.id,
    foreignUnitId: foreignUnit.id, caseId: c.id, otherCaseId: other.id, closedCaseId: closed.id, childId: child.id,
  });
});
afterAll(() => t.close());

const get = (headers: Headers, url: string) => t.app.inject({ method: 'GET', url, headers });
const send = (headers: Headers, method: 'POST' | 'PATCH', url: string, payload: object) => t.app.inject({ method, url, headers, payload });
const addGoal = async (caseId: string, description = 'Trives i friminuttene', headers = f.holder) => {
  const r = await send(headers, 'POST', `/api/cases/${caseId}/goals`, { description });
  expect(r.statusCode).toBe(200);
  return r.json() as { id: string; version: number };
};
const measureBody = (goalId: string, over: object = {}) => ({
  goalId, description: 'Fast voksen i friminuttene', responsibleUnitId: f.healthId, startOn: '2026-01-05', endOn: '2026-06-19',
  evaluationDue: '2026-03-01', ...over,
});
const count = async (table: 'measures' | 'goals' | 'evaluations', caseId: string) =>
  Number((await t.database.db.selectFrom(table).select((e) => e.fn.countAll<string>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow()).n);

describe('reading the plan', () => {
  it('shows goals, measures and evaluations to those who may read the case, and audits the read', async () => {
    const goal = await addGoal(f.caseId);
    const r = await get(f.nurse, `/api/cases/${f.caseId}/plan`);
    expect(r.statusCode).toBe(200);
    expect(r.json().goals.map((g: { id: string }) => g.id)).toContain(goal.id);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'plan.read').where('entity_id', '=', f.caseId).execute();
    expect(audit.at(-1)).toMatchObject({ entity_type: 'case', child_id: f.childId });
  });
  it('is «not found» for staff of the owning unit who are not members, and for other services without consent', async () => {
    expect((await get(f.colleague, `/api/cases/${f.caseId}/plan`)).statusCode).toBe(404);
    expect((await get(f.outsider, `/api/cases/${f.caseId}/plan`)).statusCode).toBe(404);
    expect((await send(f.outsider, 'POST', `/api/cases/${f.caseId}/goals`, { description: 'x' })).statusCode).toBe(404);
  });
  it('lets a guardian with parental responsibility read it, not a contact person; residents never write', async () => {
    const r = await get(f.guardian, `/api/cases/${f.caseId}/plan`);
    expect(r.statusCode).toBe(200);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'plan.read').where('actor_kind', '=', 'resident').execute();
    expect(audit).toEqual([expect.objectContaining({ entity_id: f.caseId, child_id: f.childId })]);
    expect((await get(f.contact, `/api/cases/${f.caseId}/plan`)).statusCode).toBe(404);
    const write = await send(f.guardian, 'POST', `/api/cases/${f.caseId}/goals`, { description: 'Fra forelder' });
    expect(write.statusCode).toBe(404);
    expect((await t.database.db.selectFrom('goals').select('id').where('description', '=', 'Fra forelder').execute())).toEqual([]);
  });
  it('lets the resource person read but not write', async () => {
    expect((await get(f.resource, `/api/cases/${f.caseId}/plan`)).statusCode).toBe(200);
    expect((await send(f.resource, 'POST', `/api/cases/${f.caseId}/goals`, { description: 'x' })).statusCode).toBe(403);
  });
});

describe('goals', () => {
  it('refuses an empty description with a field error', async () => {
    const r = await send(f.holder, 'POST', `/api/cases/${f.caseId}/goals`, { description: '   ' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields[0].path).toBe('body.description');
  });
  it('changes text and status with the current version, and refuses a stale one', async () => {
    const goal = await addGoal(f.caseId, 'Leser på klassetrinn');
    const ok = await send(f.leader, 'PATCH', `/api/cases/${f.caseId}/goals/${goal.id}`, { status: 'achieved', version: goal.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(goal.version + 1);
    const stale = await send(f.holder, 'PATCH', `/api/cases/${f.caseId}/goals/${goal.id}`, { description: 'Annet', version: goal.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const plan = (await get(f.holder, `/api/cases/${f.caseId}/plan`)).json();
    expect(plan.goals.find((g: { id: string }) => g.id === goal.id)).toMatchObject({ status: 'achieved', description: 'Leser på klassetrinn' });
  });
  it('is «not found» for a goal of another case', async () => {
    const goal = await addGoal(f.otherCaseId);
    expect((await send(f.holder, 'PATCH', `/api/cases/${f.caseId}/goals/${goal.id}`, { status: 'dropped', version: 1 })).statusCode).toBe(404);
  });
  it('cannot be added to a closed case (409), which stays readable', async () => {
    const r = await send(f.holder, 'POST', `/api/cases/${f.closedCaseId}/goals`, { description: 'Etter lukking' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('case_closed');
    expect((await get(f.holder, `/api/cases/${f.closedCaseId}/plan`)).statusCode).toBe(200);
  });
});

describe('measures', () => {
  it('adds a measure serving a goal of the case', async () => {
    const goal = await addGoal(f.caseId);
    const r = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id, { responsibleUserId: f.nurseId }));
    expect(r.statusCode).toBe(200);
    const plan = (await get(f.holder, `/api/cases/${f.caseId}/plan`)).json();
    const m = plan.goals.find((g: { id: string }) => g.id === goal.id).measures[0];
    expect(m).toMatchObject({
      id: r.json().id, status: 'planned', startOn: '2026-01-05', endOn: '2026-06-19', evaluationDue: '2026-03-01',
      responsibleUser: { id: f.nurseId }, responsibleUnit: { id: f.healthId, name: 'Helsestasjonen' }, evaluations: [],
    });
  });
  it('refuses a measure without a goal, or with a goal of another case, and writes nothing', async () => {
    const before = await count('measures', f.caseId);
    const { goalId: _, ...noGoal } = measureBody('x');
    const missing = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, noGoal);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.map((p: { path: string }) => p.path)).toContain('body.goalId');
    const foreignGoal = await addGoal(f.otherCaseId);
    const wrong = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(foreignGoal.id));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([expect.objectContaining({ path: 'goalId', code: 'unknown_goal' })]);
    expect(await count('measures', f.caseId)).toBe(before);
  });
  it('refuses an end before the start, and a measure with nobody responsible', async () => {
    const goal = await addGoal(f.caseId);
    const early = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id, { endOn: '2025-12-31' }));
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.map((p: { path: string }) => p.path)).toEqual(['body.endOn']);
    const nobody = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id, { responsibleUnitId: undefined }));
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.fields.map((p: { path: string }) => p.path)).toEqual(['body.responsibleUserId']);
  });
  it('refuses a responsible person who cannot read the case or works in another municipality', async () => {
    const goal = await addGoal(f.caseId);
    for (const userId of [f.colleagueId, f.foreignUserId]) {
      const r = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id, { responsibleUserId: userId }));
      expect(r.statusCode).toBe(400);
      expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'responsibleUserId', code: 'no_case_access' })]);
    }
    const unit = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id, { responsibleUnitId: f.foreignUnitId }));
    expect(unit.statusCode).toBe(400);
    expect(unit.json().error.fields[0].path).toBe('responsibleUnitId');
  });
  it('changes a measure with the current version; a stale version and an end before the stored start are refused', async () => {
    const goal = await addGoal(f.caseId);
    const m = (await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id))).json();
    const early = await send(f.nurse, 'PATCH', `/api/cases/${f.caseId}/measures/${m.id}`, { endOn: '2025-01-01', version: m.version });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0].path).toBe('endOn');
    const ok = await send(f.nurse, 'PATCH', `/api/cases/${f.caseId}/measures/${m.id}`, { status: 'ongoing', endOn: null, version: m.version });
    expect(ok.statusCode).toBe(200);
    const stale = await send(f.holder, 'PATCH', `/api/cases/${f.caseId}/measures/${m.id}`, { status: 'stopped', version: m.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const stored = await t.database.db.selectFrom('measures').selectAll().where('id', '=', m.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'ongoing', end_on: null, version: m.version + 1 });
  });
  it('cannot move to a goal of another case', async () => {
    const goal = await addGoal(f.caseId);
    const m = (await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id))).json();
    const foreignGoal = await addGoal(f.otherCaseId);
    const r = await send(f.holder, 'PATCH', `/api/cases/${f.caseId}/measures/${m.id}`, { goalId: foreignGoal.id, version: m.version });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields[0].path).toBe('goalId');
  });
});

describe('evaluations', () => {
  it('records an evaluation, writes an evaluation entry in the log and moves the next evaluation date', async () => {
    const goal = await addGoal(f.caseId);
    const m = (await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id))).json();
    const r = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures/${m.id}/evaluations`, {
      evaluatedOn: '2026-03-02', outcome: 'partly', learned: 'Bedre i storefri', nextSteps: 'Fortsette', nextEvaluationDue: '2026-05-01',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ id: m.id, version: m.version + 1 });
    const plan = (await get(f.holder, `/api/cases/${f.caseId}/plan`)).json();
    const measure = plan.goals.find((g: { id: string }) => g.id === goal.id).measures[0];
    expect(measure.evaluationDue).toBe('2026-05-01');
    expect(measure.evaluations).toEqual([expect.objectContaining({ evaluatedOn: '2026-03-02', outcome: 'partly', learned: 'Bedre i storefri', nextSteps: 'Fortsette' })]);
    const entry = await t.database.db.selectFrom('case_entries').selectAll().where('case_id', '=', f.caseId).where('kind', '=', 'evaluation').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ occurred_on: '2026-03-02', author_kind: 'staff' });
    expect(entry.payload).toMatchObject({ measureId: m.id, outcome: 'partly', evaluationId: measure.evaluations[0].id });
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'evaluation.create').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: measure.evaluations[0].id, child_id: f.childId });
  });
  it('refuses a next evaluation before this one and an unknown outcome, and writes nothing', async () => {
    const goal = await addGoal(f.caseId);
    const m = (await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id))).json();
    const before = await count('evaluations', f.caseId);
    const back = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures/${m.id}/evaluations`, {
      evaluatedOn: '2026-03-02', outcome: 'not', learned: 'x', nextEvaluationDue: '2026-01-01',
    });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.fields[0].path).toBe('body.nextEvaluationDue');
    const bad = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures/${m.id}/evaluations`, { evaluatedOn: '2026-03-02', outcome: 'maybe', learned: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(await count('evaluations', f.caseId)).toBe(before);
  });
  it('refuses an evaluation dated in the future and writes nothing; today is fine', async () => {
    const goal = await addGoal(f.caseId);
    const m = (await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id))).json();
    const before = await count('evaluations', f.caseId);
    const today = todayInNorway();
    for (const evaluatedOn of [addDays(today, 1), '2099-01-01']) {
      const r = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures/${m.id}/evaluations`, {
        evaluatedOn, outcome: 'partly', learned: 'Fremtid', nextEvaluationDue: '2099-06-01',
      });
      expect(r.statusCode, evaluatedOn).toBe(400);
      expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'evaluatedOn', code: 'in_future' })]);
    }
    expect(await count('evaluations', f.caseId)).toBe(before);
    const plan = (await get(f.holder, `/api/cases/${f.caseId}/plan`)).json();
    expect(plan.goals.find((g: { id: string }) => g.id === goal.id).measures[0].evaluationDue).toBe('2026-03-01');
    const ok = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures/${m.id}/evaluations`, { evaluatedOn: today, outcome: 'achieved', learned: 'I dag' });
    expect(ok.statusCode).toBe(200);
  });
  it('refuses an evaluation dated before the measure starts (field evaluatedOn) and writes nothing; the start day is fine', async () => {
    const goal = await addGoal(f.caseId);
    const m = (await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id))).json();
    const before = await count('evaluations', f.caseId);
    const entriesBefore = (await t.database.db.selectFrom('case_entries').select('id').where('case_id', '=', f.caseId).execute()).length;
    const early = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures/${m.id}/evaluations`, { evaluatedOn: '2026-01-04', outcome: 'not', learned: 'For tidlig' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields).toEqual([expect.objectContaining({ path: 'evaluatedOn', code: 'before_measure_start' })]);
    expect(await count('evaluations', f.caseId)).toBe(before);
    expect((await t.database.db.selectFrom('case_entries').select('id').where('case_id', '=', f.caseId).execute()).length).toBe(entriesBefore);
    const onStart = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures/${m.id}/evaluations`, { evaluatedOn: '2026-01-05', outcome: 'partly', learned: 'Første dag' });
    expect(onStart.statusCode).toBe(200);
    // Nor can the start then move past that evaluation.
    const moved = await send(f.holder, 'PATCH', `/api/cases/${f.caseId}/measures/${m.id}`, { startOn: '2026-01-06', version: onStart.json().version });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields).toEqual([expect.objectContaining({ path: 'startOn', code: 'after_evaluation' })]);
  });
  it('is «not found» for a measure of another case', async () => {
    const goal = await addGoal(f.otherCaseId);
    // No consent covers the health centre on the other case: the family carries this one out.
    const m = (await send(f.holder, 'POST', `/api/cases/${f.otherCaseId}/measures`, measureBody(goal.id, { responsibleUnitId: undefined, responsibleParty: 'guardians' }))).json();
    const r = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures/${m.id}/evaluations`, { evaluatedOn: '2026-03-02', outcome: 'not', learned: 'x' });
    expect(r.statusCode).toBe(404);
  });
});

describe('who carries out a measure (issue 9)', () => {
  it('may be the family or the child, as well as a person or a service; the plan shows it', async () => {
    const goal = await addGoal(f.caseId);
    for (const party of ['guardians', 'child'] as const) {
      const r = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id, { responsibleUnitId: undefined, responsibleParty: party }));
      expect(r.statusCode, party).toBe(200);
    }
    const plan = (await get(f.holder, `/api/cases/${f.caseId}/plan`)).json();
    const parties = plan.goals.find((g: { id: string }) => g.id === goal.id).measures.map((m: { responsibleParty: string | null }) => m.responsibleParty);
    expect(parties.sort()).toEqual(['child', 'guardians']);
  });
  it('refuses a service not covered by a valid consent, saying why on the field, and writes nothing; the owning unit needs none', async () => {
    const goal = await addGoal(f.otherCaseId);
    const before = await count('measures', f.otherCaseId);
    const r = await send(f.holder, 'POST', `/api/cases/${f.otherCaseId}/measures`, measureBody(goal.id));
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'responsibleUnitId', code: 'needs_consent', message: expect.stringMatching(/consent/) })]);
    expect(await count('measures', f.otherCaseId)).toBe(before);
    const schoolId = (await t.database.db.selectFrom('cases').select('owning_unit_id').where('id', '=', f.otherCaseId).executeTakeFirstOrThrow()).owning_unit_id;
    expect((await send(f.holder, 'POST', `/api/cases/${f.otherCaseId}/measures`, measureBody(goal.id, { responsibleUnitId: schoolId }))).statusCode).toBe(200);
  });
  it('refuses moving an existing measure to an uncovered service, and a staff member who cannot see the case, with a reason', async () => {
    const goal = await addGoal(f.otherCaseId);
    const m = (await send(f.holder, 'POST', `/api/cases/${f.otherCaseId}/measures`, measureBody(goal.id, { responsibleUnitId: undefined, responsibleParty: 'child' }))).json();
    const moved = await send(f.holder, 'PATCH', `/api/cases/${f.otherCaseId}/measures/${m.id}`, { responsibleUnitId: f.healthId, version: m.version });
    expect(moved.json().error.fields).toEqual([expect.objectContaining({ path: 'responsibleUnitId', code: 'needs_consent' })]);
    const person = await send(f.holder, 'PATCH', `/api/cases/${f.otherCaseId}/measures/${m.id}`, { responsibleUserId: f.nurseId, version: m.version });
    expect(person.statusCode).toBe(400);
    expect(person.json().error.fields).toEqual([expect.objectContaining({ path: 'responsibleUserId', code: 'no_case_access', message: expect.stringMatching(/cannot see the case/) })]);
  });
  it('refuses a measure with no one responsible, an unknown party and unknown fields', async () => {
    const goal = await addGoal(f.caseId);
    for (const over of [{ responsibleUnitId: undefined }, { responsibleParty: 'grandparents' }, { carriedOutBy: 'x' }]) {
      const r = await send(f.holder, 'POST', `/api/cases/${f.caseId}/measures`, measureBody(goal.id, over));
      expect(r.statusCode, JSON.stringify(over)).toBe(400);
    }
  });
});
