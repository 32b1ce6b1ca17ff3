import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';
import { addDays } from '../../src/server/platform/text/dates.js';
import type { MyWorkTask } from '../../src/contracts/my-work.js';

type Headers = Record<string, string>;
let t: TestContext;
const today = todayInNorway();
const day = (n: number) => addDays(today, n);
const f = {} as {
  me: Headers; colleague: Headers; stranger: Headers; meId: string;
  overdueConcern: string; dueConcern: string; heldCase: string; memberCase: string; farCase: string; handoverId: string;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const me = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const colleague = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  let born = 0;
  const child = () => buildChild(db, tenant.id, { unitId: school.id, birthDate: `2013-04-${String(++born).padStart(2, '0')}` });
  const concern = async (authorId: string, due: string, status: 'open' | 'closed' = 'open') => (await db.insertInto('concerns').values({
    tenant_id: tenant.id, child_id: (await child()).id, unit_id: school.id, author_id: authorId, observed_on: day(-20), observation: 'Trist',
    concern_scale: 2, decision_due: due, status,
  }).returning('id').executeTakeFirstOrThrow()).id;
  const goal = async (caseId: string) => (await db.insertInto('goals').values({ tenant_id: tenant.id, case_id: caseId, description: 'Mål', created_by: me.id })
    .returning('id').executeTakeFirstOrThrow()).id;
  const measure = async (caseId: string, goalId: string, due: string, over: { responsible?: string; status?: 'planned' | 'ongoing' | 'completed' } = {}) =>
    db.insertInto('measures').values({
      tenant_id: tenant.id, case_id: caseId, goal_id: goalId, description: 'Tiltak', responsible_user_id: over.responsible ?? null,
      responsible_unit_id: over.responsible ? null : school.id, start_on: day(-60), evaluation_due: due, status: over.status ?? 'ongoing', created_by: me.id,
    }).execute();

  // Concerns: mine overdue, mine due, mine closed, a colleague's.
  const overdueConcern = await concern(me.id, day(-1));
  const dueConcern = await concern(me.id, day(5));
  await concern(me.id, day(-3), 'closed');
  await concern(colleague.id, day(-3));

  // A case I hold: one overdue and one coming evaluation, one completed measure, a consent about to end.
  const held = await buildCase(db, tenant.id, { childId: (await child()).id, owningUnitId: school.id, holderId: me.id });
  const g1 = await goal(held.id);
  await measure(held.id, g1, day(5));
  await measure(held.id, g1, day(-2));
  await measure(held.id, g1, day(-30), { status: 'completed' });
  await buildConsent(db, tenant.id, { caseId: held.id, recordedBy: me.id, unitIds: [school.id], validFrom: day(-300), validTo: day(10) });
  await buildConsent(db, tenant.id, { caseId: held.id, recordedBy: me.id, unitIds: [school.id], validFrom: day(-300), validTo: day(3), withdrawn: true });
  // A colleague's case where I am a member and responsible for one measure; the earlier one is not mine.
  const member = await buildCase(db, tenant.id, { childId: (await child()).id, owningUnitId: school.id, holderId: colleague.id, memberIds: [me.id] });
  const g2 = await goal(member.id);
  await measure(member.id, g2, day(3), { responsible: me.id });
  await measure(member.id, g2, day(-9), { responsible: colleague.id });
  // A case I hold whose evaluation and consent are far off.
  const far = await buildCase(db, tenant.id, { childId: (await child()).id, owningUnitId: school.id, holderId: me.id });
  await measure(far.id, await goal(far.id), day(15));
  await buildConsent(db, tenant.id, { caseId: far.id, recordedBy: me.id, unitIds: [school.id], validFrom: day(-10), validTo: day(31) });
  // A closed case I hold and a case where I was removed as member: nothing from either.
  const closed = await buildCase(db, tenant.id, { childId: (await child()).id, owningUnitId: school.id, holderId: me.id, status: 'closed' });
  await measure(closed.id, await goal(closed.id), day(-5));
  const removed = await buildCase(db, tenant.id, { childId: (await child()).id, owningUnitId: school.id, holderId: colleague.id, memberIds: [me.id] });
  await measure(removed.id, await goal(removed.id), day(-5), { responsible: me.id });
  await db.updateTable('case_members').set({ removed_at: new Date() }).where('case_id', '=', removed.id).execute();

  const otherTenant = await buildTenant(db);
  const stranger = await buildUser(db, otherTenant.id, { units: [[(await buildUnit(db, otherTenant.id)).id, 'employee']] });
  Object.assign(f, {
    me: await sessionHeaders(db, me), colleague: await sessionHeaders(db, colleague), stranger: await sessionHeaders(db, stranger), meId: me.id,
    overdueConcern, dueConcern, heldCase: held.id, memberCase: member.id, farCase: far.id,
  });
  // The colleague asks me to take over the case I am a member of.
  const asked = await t.app.inject({ method: 'POST', url: `/api/cases/${member.id}/handovers`, headers: f.colleague, payload: { toUserId: me.id, message: '' } });
  expect(asked.statusCode).toBe(200);
  f.handoverId = asked.json().id;
});
afterAll(() => t.close());

const myWork = async (headers: Headers) => {
  const r = await t.app.inject({ method: 'GET', url: '/api/my-work', headers });
  expect(r.statusCode).toBe(200);
  return r.json() as { tasks: MyWorkTask[] };
};

const anyChild = { id: expect.any(String), name: expect.stringMatching(/\S+ \S+/) };

describe('My work tasks', () => {
  it('lists decisions due on my open concerns, overdue ones flagged', async () => {
    const tasks = (await myWork(f.me)).tasks.filter((x) => x.kind === 'decision_due');
    expect(tasks).toEqual([
      { kind: 'decision_due', dueDate: day(-1), overdue: true, href: `/concerns/${f.overdueConcern}`, id: f.overdueConcern, caseId: null, unitName: 'Lia skole', level: 0, child: anyChild },
      { kind: 'decision_due', dueDate: day(5), overdue: false, href: `/concerns/${f.dueConcern}`, id: f.dueConcern, caseId: null, unitName: 'Lia skole', level: 0, child: anyChild },
    ]);
  });
  it('lists evaluations due within 14 days or overdue, per case, in cases I hold or where I am the responsible member', async () => {
    const tasks = (await myWork(f.me)).tasks.filter((x) => x.kind === 'evaluation_due');
    expect(tasks).toEqual([
      { kind: 'evaluation_due', dueDate: day(-2), overdue: true, href: `/cases/${f.heldCase}`, id: f.heldCase, caseId: f.heldCase, unitName: 'Lia skole', level: 1, child: anyChild },
      { kind: 'evaluation_due', dueDate: day(3), overdue: false, href: `/cases/${f.memberCase}`, id: f.memberCase, caseId: f.memberCase, unitName: 'Lia skole', level: 1, child: anyChild },
    ]);
  });
  it('lists handovers waiting for me, linking to the request', async () => {
    const tasks = (await myWork(f.me)).tasks.filter((x) => x.kind === 'handover_waiting');
    expect(tasks).toEqual([
      { kind: 'handover_waiting', dueDate: today, overdue: false, href: `/handovers/${f.handoverId}`, id: f.handoverId, caseId: f.memberCase, unitName: 'Lia skole', level: 1, child: anyChild },
    ]);
    expect((await myWork(f.colleague)).tasks.filter((x) => x.kind === 'handover_waiting')).toEqual([]);
  });
  it('lists consents that end within the municipality’s warning days in cases I hold, ignoring withdrawn ones', async () => {
    const tasks = (await myWork(f.me)).tasks.filter((x) => x.kind === 'consent_expiring');
    expect(tasks).toEqual([
      { kind: 'consent_expiring', dueDate: day(10), overdue: false, href: `/cases/${f.heldCase}`, id: f.heldCase, caseId: f.heldCase, unitName: 'Lia skole', level: 1, child: anyChild },
    ]);
    await t.database.db.updateTable('tenants').set({ consent_warning_days: 31 }).where('id', 'in', t.database.db.selectFrom('cases').select('tenant_id').where('id', '=', f.farCase)).execute();
    const wider = (await myWork(f.me)).tasks.filter((x) => x.kind === 'consent_expiring').map((x) => x.id);
    expect(wider).toEqual([f.heldCase, f.farCase]);
  });
  it('puts overdue tasks first, then by date; shows nothing of another municipality; audits each child it names', async () => {
    const before = await t.database.db.selectFrom('audit_log').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const tasks = (await myWork(f.me)).tasks;
    const after = await t.database.db.selectFrom('audit_log').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(tasks.length);
    const audited = await t.database.db.selectFrom('audit_log').select(['child_id', 'entity_id']).where('action', '=', 'my_work.task')
      .orderBy('seq', 'desc').limit(tasks.length).execute();
    expect(new Set(audited.map((a) => a.child_id))).toEqual(new Set(tasks.map((x) => x.child?.id)));
    const overdue = tasks.map((x) => x.overdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
    const dates = tasks.filter((x) => !x.overdue).map((x) => x.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect((await myWork(f.stranger)).tasks).toEqual([]);
  });
});
