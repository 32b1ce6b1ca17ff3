import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { residentHeaders } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';
import { addDays } from '../../src/server/platform/text/dates.js';
import { markConcernReported } from '../../src/server/features/concerns/concerns.service.js';

type Headers = Record<string, string>;
let t: TestContext;
const f = {} as {
  tenantId: string; schoolId: string; otherSchoolId: string; authorId: string; leaderId: string;
  author: Headers; colleague: Headers; leader: Headers; resourcePerson: Headers; otherLeader: Headers; foreignLeader: Headers;
  admin: Headers; coordinator: Headers; guardian: Headers;
  childId: string; otherChildId: string; leftChildId: string; foreignChildId: string;
};
const today = todayInNorway();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  f.tenantId = tenant.id;
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const otherSchool = await buildUnit(db, tenant.id, { name: 'Berg skole' });
  f.schoolId = school.id;
  f.otherSchoolId = otherSchool.id;
  const author = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const leader = await buildUser(db, tenant.id, { units: [[school.id, 'leader']] });
  f.authorId = author.id;
  f.leaderId = leader.id;
  f.author = await sessionHeaders(db, author);
  f.leader = await sessionHeaders(db, leader);
  f.colleague = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'employee']] }));
  f.resourcePerson = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'resource_person']] }));
  f.otherLeader = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[otherSchool.id, 'leader']] }));
  f.admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
  f.coordinator = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator', 'analyst'] }));
  const child = await buildChild(db, tenant.id, { unitId: school.id });
  f.childId = child.id;
  const guardian = await buildGuardian(db, tenant.id, child.id);
  f.guardian = await residentHeaders(db, guardian.national_id);
  f.otherChildId = (await buildChild(db, tenant.id, { unitId: otherSchool.id })).id;
  f.leftChildId = (await buildChild(db, tenant.id, { unitId: school.id, fromDate: '2019-08-15', toDate: '2021-06-20' })).id;
  const foreign = await buildTenant(db);
  const foreignSchool = await buildUnit(db, foreign.id);
  f.foreignChildId = (await buildChild(db, foreign.id, { unitId: foreignSchool.id })).id;
  f.foreignLeader = await sessionHeaders(db, await buildUser(db, foreign.id, { units: [[foreignSchool.id, 'leader']] }));
});
afterAll(() => t.close());

const valid = () => ({
  childId: f.childId, unitId: f.schoolId, observedOn: today, observation: 'Virker trist og sliten i friminuttene.',
  concernScale: 2, signals: ['Tilbaketrukket eller trist', 'Søvnproblemer eller tretthet'], guardiansNotContacted: false,
});
const post = (url: string, headers: Headers, payload: object) => t.app.inject({ method: 'POST', url, headers, payload });
const get = (url: string, headers: Headers) => t.app.inject({ url, headers });
async function register(over: object = {}, headers = f.author): Promise<string> {
  const r = await post('/api/concerns', headers, { ...valid(), ...over });
  expect(r.statusCode).toBe(201);
  return r.json().id as string;
}
const concernRow = (id: string) => t.database.db.selectFrom('concerns').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const count = async (table: 'concerns' | 'concern_steps' | 'audit_log') =>
  Number((await t.database.db.selectFrom(table).select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
const auditFor = (entityId: string) =>
  t.database.db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id', 'child_id', 'actor_user_id', 'request_id'])
    .where('entity_id', '=', entityId).orderBy('seq').execute();
const fieldsOf = (r: { json(): { error: { fields: { path: string; code: string }[] } } }) =>
  r.json().error.fields.map((x) => `${x.path}:${x.code}`).sort();

describe('the concern form', () => {
  it('offers the default signals, the 14-day deadline and the young person age', async () => {
    const r = await get('/api/concern-settings', f.author);
    expect(r.statusCode).toBe(200);
    expect(r.json().signals).toContain('Høyt fravær');
    expect(r.json().signals.length).toBeGreaterThanOrEqual(8);
    expect(r.json()).toMatchObject({ decisionDays: 14, youngPersonAge: 15, levelWithoutOtherService: 'warn' });
  });
});

describe('registering a concern', () => {
  it('stores it with the decision date, audits it in the same request, and shows it to the author', async () => {
    const r = await post('/api/concerns', f.author, valid());
    expect(r.statusCode).toBe(201);
    const id = r.json().id as string;
    expect(r.json().version).toBe(1);
    const row = await concernRow(id);
    expect(row).toMatchObject({
      child_id: f.childId, unit_id: f.schoolId, author_id: f.authorId, concern_scale: 2, status: 'open', decided_at: null,
      signals: ['Tilbaketrukket eller trist', 'Søvnproblemer eller tretthet'], decision_due: addDays(today, 14),
    });
    expect(await auditFor(id)).toEqual([
      expect.objectContaining({ action: 'concern.create', entity_type: 'concern', child_id: f.childId, actor_user_id: f.authorId }),
    ]);
    const detail = await get(`/api/concerns/${id}`, f.author);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      id, observation: 'Virker trist og sliten i friminuttene.', concernScale: 2, status: 'open', decisionDue: addDays(today, 14),
      overdue: false, decision: null, caseId: null, steps: [], version: 1, guardiansNotContacted: false,
      child: { id: f.childId }, unit: { id: f.schoolId, name: 'Lia skole' }, author: { id: f.authorId },
      myAccess: { reason: 'author', write: true },
    });
    expect((await auditFor(id)).map((a) => a.action)).toEqual(['concern.create', 'concern.read']);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const [concerns, audit] = [await count('concerns'), await count('audit_log')];
    const scale = await post('/api/concerns', f.author, { ...valid(), concernScale: 5 });
    expect(scale.statusCode).toBe(400);
    expect(fieldsOf(scale)).toEqual(['body.concernScale:too_big']);
    const rules = await post('/api/concerns', f.author, {
      ...valid(), observedOn: addDays(today, 1), signals: ['Høyt fravær', 'Har rød sekk'], unitId: f.otherSchoolId,
    });
    expect(rules.statusCode).toBe(400);
    expect(fieldsOf(rules)).toEqual(['observedOn:future_date', 'signals.1:unknown_signal', 'unitId:unit_not_yours']);
    const empty = await post('/api/concerns', f.author, { ...valid(), observation: '   ', signals: ['Høyt fravær', 'Høyt fravær'] });
    expect(fieldsOf(empty)).toEqual(['body.observation:too_small', 'body.signals:custom']);
    expect([await count('concerns'), await count('audit_log')]).toEqual([concerns, audit]);
  });

  it('answers 404 for a child not enrolled today in the unit, one who left, and one of another municipality', async () => {
    const before = await count('concerns');
    for (const childId of [f.otherChildId, f.leftChildId, f.foreignChildId]) {
      expect((await post('/api/concerns', f.author, { ...valid(), childId })).statusCode).toBe(404);
    }
    expect(await count('concerns')).toBe(before);
  });

  it('is for staff: 401 without a session, 404 for a resident', async () => {
    expect((await post('/api/concerns', {}, valid())).statusCode).toBe(401);
    expect((await post('/api/concerns', f.guardian, valid())).statusCode).toBe(404);
  });
});

describe('who sees a concern (DESIGN.md §4 rule 2) through HTTP', () => {
  let id: string;
  beforeAll(async () => {
    id = await register();
  });

  it.each([
    ['the author', 'author', 200, { reason: 'author', write: true }],
    ['a leader of the unit', 'leader', 200, { reason: 'unit_leader', write: true }],
    ['a resource person of the unit', 'resourcePerson', 200, { reason: 'unit_resource_person', write: false }],
    ['a colleague who is only an employee there', 'colleague', 404, null],
    ['a leader of another unit', 'otherLeader', 404, null],
    ['a leader in another municipality', 'foreignLeader', 404, null],
    ['the system administrator', 'admin', 404, null],
    ['a coordinator and analyst', 'coordinator', 404, null],
    ['a guardian of the child', 'guardian', 404, null],
  ] as const)('%s: %s', async (_label, who, status, myAccess) => {
    const r = await get(`/api/concerns/${id}`, f[who]);
    expect(r.statusCode).toBe(status);
    if (myAccess) expect(r.json().myAccess).toEqual(myAccess);
    else expect(r.json().error.code).toBe('not_found');
  });

  it('lets only the author and the unit’s leaders write: others get 404, a resource person 403', async () => {
    const step = { kind: 'discussion_colleague', occurredOn: today, summary: 'Drøftet med kollega.' };
    const before = await count('concern_steps');
    for (const who of ['colleague', 'otherLeader', 'foreignLeader', 'admin', 'coordinator'] as const) {
      expect((await post(`/api/concerns/${id}/steps`, f[who], step)).statusCode).toBe(404);
      expect((await post(`/api/concerns/${id}/decision`, f[who], { decision: 'close', reason: 'x', version: 1 })).statusCode).toBe(404);
    }
    expect((await post(`/api/concerns/${id}/steps`, f.resourcePerson, step)).statusCode).toBe(403);
    expect((await post(`/api/concerns/${id}/decision`, f.resourcePerson, { decision: 'close', reason: 'x', version: 1 })).statusCode).toBe(403);
    expect(await count('concern_steps')).toBe(before);
    expect((await post(`/api/concerns/${id}/steps`, f.leader, step)).statusCode).toBe(201);
  });

  it('answers 404 for an id that does not exist, the same as for no access', async () => {
    const r = await get('/api/concerns/00000000-0000-4000-8000-000000000000', f.author);
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('not_found');
  });
});

describe('steps', () => {
  it('records discussions and conversations oldest first, moves the version and audits each', async () => {
    const id = await register();
    const a = await post(`/api/concerns/${id}/steps`, f.author, { kind: 'discussion_leader', occurredOn: today, summary: 'Drøftet med rektor.' });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toEqual({ id, version: 2 });
    const b = await post(`/api/concerns/${id}/steps`, f.author, { kind: 'conversation_guardians', occurredOn: addDays(today, -1), summary: 'Ringte mor.' });
    expect(b.json().version).toBe(3);
    const detail = (await get(`/api/concerns/${id}`, f.author)).json();
    expect(detail.steps.map((s: { kind: string }) => s.kind)).toEqual(['conversation_guardians', 'discussion_leader']);
    expect(detail.steps[0]).toMatchObject({ summary: 'Ringte mor.', author: { id: f.authorId }, occurredOn: addDays(today, -1) });
    expect((await auditFor(id)).filter((x) => x.action === 'concern.step')).toHaveLength(2);
  });

  it('refuses a conversation with the guardians when they are deliberately not contacted, and a future date', async () => {
    const id = await register({ guardiansNotContacted: true });
    const before = [await count('concern_steps'), await count('audit_log')];
    const r = await post(`/api/concerns/${id}/steps`, f.author, { kind: 'conversation_guardians', occurredOn: addDays(today, 2), summary: 'Møte med far.' });
    expect(r.statusCode).toBe(400);
    expect(fieldsOf(r)).toEqual(['kind:guardians_not_contacted', 'occurredOn:future_date']);
    expect([await count('concern_steps'), await count('audit_log')]).toEqual(before);
    expect((await concernRow(id)).version).toBe(1);
    const child = await post(`/api/concerns/${id}/steps`, f.author, { kind: 'conversation_child', occurredOn: today, summary: 'Snakket med barnet.' });
    expect(child.statusCode).toBe(201);
  });
});

describe('where the worry came from, and anonymous consultation (issue 9)', () => {
  it('stores the source on the concern and shows it; refuses an unknown source and unknown fields', async () => {
    const id = await register({ source: 'told_by_others' });
    expect((await get(`/api/concerns/${id}`, f.author)).json().source).toBe('told_by_others');
    expect((await get(`/api/concerns/${await register()}`, f.author)).json().source).toBeNull();
    const before = await count('concerns');
    const bad = await post('/api/concerns', f.author, { ...valid(), source: 'rumour' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)[0]).toMatch(/source/);
    const unknown = await post('/api/concerns', f.author, { ...valid(), origin: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(await count('concerns')).toBe(before);
  });
  it('records an anonymous consultation with the service named; the service is required for it and refused on other kinds', async () => {
    const id = await register();
    const ok = await post(`/api/concerns/${id}/steps`, f.author, {
      kind: 'anonymous_consultation', occurredOn: today, summary: 'Drøftet uten navn', serviceName: 'PPT',
    });
    expect(ok.statusCode).toBe(201);
    const steps = (await get(`/api/concerns/${id}`, f.author)).json().steps;
    expect(steps).toEqual([expect.objectContaining({ kind: 'anonymous_consultation', serviceName: 'PPT' })]);
    const before = await count('concern_steps');
    const unnamed = await post(`/api/concerns/${id}/steps`, f.author, { kind: 'anonymous_consultation', occurredOn: today, summary: 'x' });
    expect(unnamed.statusCode).toBe(400);
    expect(fieldsOf(unnamed)).toEqual([expect.stringMatching(/serviceName:/)]);
    const misplaced = await post(`/api/concerns/${id}/steps`, f.author, { kind: 'discussion_leader', occurredOn: today, summary: 'x', serviceName: 'PPT' });
    expect(misplaced.statusCode).toBe(400);
    expect(await count('concern_steps')).toBe(before);
  });
});

describe('the decision', () => {
  it('closes with a reason; the concern is then read-only (409 concern_decided)', async () => {
    const id = await register();
    const r = await post(`/api/concerns/${id}/decision`, f.author, { decision: 'close', reason: 'Det gikk over.', version: 1 });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ id, version: 2, status: 'closed', caseId: null });
    const detail = (await get(`/api/concerns/${id}`, f.leader)).json();
    expect(detail.decision).toMatchObject({ kind: 'close', reason: 'Det gikk over.', decidedBy: { id: f.authorId } });
    expect(detail.myAccess).toEqual({ reason: 'unit_leader', write: false });
    const step = await post(`/api/concerns/${id}/steps`, f.author, { kind: 'conversation_child', occurredOn: today, summary: 'Etterpå.' });
    expect(step.statusCode).toBe(409);
    expect(step.json().error.code).toBe('concern_decided');
    const again = await post(`/api/concerns/${id}/decision`, f.leader, { decision: 'open_case', level: 1, reason: 'Likevel.', version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('concern_decided');
    expect((await concernRow(id)).status).toBe('closed');
  });

  it('refuses a decision on an older version with 409 version_conflict, writing nothing', async () => {
    const id = await register();
    await post(`/api/concerns/${id}/steps`, f.author, { kind: 'discussion_colleague', occurredOn: today, summary: 'Drøftet.' });
    const audit = await count('audit_log');
    const r = await post(`/api/concerns/${id}/decision`, f.leader, { decision: 'close', reason: 'Ingen grunn.', version: 1 });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('version_conflict');
    expect(await concernRow(id)).toMatchObject({ status: 'open', decided_at: null, version: 2 });
    expect(await count('audit_log')).toBe(audit);
  });

  it('asks for a level with open_case and refuses one otherwise', async () => {
    const id = await register();
    const none = await post(`/api/concerns/${id}/decision`, f.author, { decision: 'open_case', reason: 'Nivå 1.', version: 1 });
    expect(fieldsOf(none)).toEqual(['body.level:custom']);
    const three = await post(`/api/concerns/${id}/decision`, f.author, { decision: 'open_case', level: 3, reason: 'Nivå 3.', version: 1 });
    expect(three.statusCode).toBe(400);
    const closeWithLevel = await post(`/api/concerns/${id}/decision`, f.author, { decision: 'close', level: 1, reason: 'x', version: 1 });
    expect(fieldsOf(closeWithLevel)).toEqual(['body.level:custom']);
    expect((await concernRow(id)).status).toBe('open');
  });

  it('opens a case at level 2 linked to the concern, in the same transaction as the audit entries', async () => {
    const id = await register();
    const r = await post(`/api/concerns/${id}/decision`, f.leader, { decision: 'open_case', level: 2, reason: 'Trenger samarbeid med helsesykepleier.', version: 1 });
    expect(r.statusCode).toBe(200);
    const caseId = r.json().caseId as string;
    expect(r.json()).toEqual({ id, version: 2, status: 'case_opened', caseId: expect.any(String) });
    const kase = await t.database.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(kase).toMatchObject({ concern_id: id, child_id: f.childId, owning_unit_id: f.schoolId, level: 2, holder_id: f.leaderId, status: 'open' });
    expect(await concernRow(id)).toMatchObject({ status: 'case_opened', case_id: caseId, decided_by: f.leaderId });
    const decide = (await auditFor(id)).find((a) => a.action === 'concern.decide')!;
    const open = (await auditFor(caseId)).find((a) => a.action === 'case.open')!;
    expect(open.request_id).toBe(decide.request_id);
    const detail = (await get(`/api/concerns/${id}`, f.author)).json();
    expect(detail).toMatchObject({ status: 'case_opened', caseId, decision: { kind: 'open_case' } });
  });

  it('lets one of two simultaneous decisions on the same version through and refuses the other', async () => {
    const id = await register();
    const [a, b] = await Promise.all([
      post(`/api/concerns/${id}/decision`, f.author, { decision: 'open_case', level: 1, reason: 'Egen innsats.', version: 1 }),
      post(`/api/concerns/${id}/decision`, f.leader, { decision: 'open_case', level: 2, reason: 'Samarbeid.', version: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const cases = await t.database.db.selectFrom('cases').select('id').where('concern_id', '=', id).execute();
    expect(cases).toHaveLength(1);
    expect((await concernRow(id)).case_id).toBe(cases[0]!.id);
    expect((await auditFor(id)).filter((x) => x.action === 'concern.decide')).toHaveLength(1);
  });

  it('cannot open a case for a child who has left the unit, but can still close the concern', async () => {
    const db = t.database.db;
    const child = await buildChild(db, f.tenantId, { unitId: f.schoolId });
    const id = await register({ childId: child.id });
    await db.updateTable('enrolments').set({ to_date: addDays(today, -1) }).where('child_id', '=', child.id).execute();
    const audit = await count('audit_log');
    const r = await post(`/api/concerns/${id}/decision`, f.author, { decision: 'open_case', level: 1, reason: 'Nivå 1.', version: 1 });
    expect(r.statusCode).toBe(400);
    expect(fieldsOf(r)).toEqual(['decision:child_not_enrolled']);
    expect(await db.selectFrom('cases').select('id').where('concern_id', '=', id).execute()).toEqual([]);
    expect(await count('audit_log')).toBe(audit);
    expect((await post(`/api/concerns/${id}/decision`, f.author, { decision: 'close', reason: 'Flyttet.', version: 1 })).statusCode).toBe(200);
  });

  it('records the intent to report, stays open and undecided for My work, and becomes reported when the report is sent', async () => {
    const id = await register({ concernScale: 4, guardiansNotContacted: true });
    await t.database.db.updateTable('concerns').set({ decision_due: addDays(today, -3) }).where('id', '=', id).execute();
    const r = await post(`/api/concerns/${id}/decision`, f.author, { decision: 'report', reason: 'Mistanke om vold.', version: 1 });
    expect(r.json()).toEqual({ id, version: 2, status: 'open', caseId: null });
    const detail = (await get(`/api/concerns/${id}`, f.author)).json();
    expect(detail).toMatchObject({ status: 'open', overdue: false, decision: { kind: 'report', reason: 'Mistanke om vold.' }, myAccess: { write: false } });
    expect((await post(`/api/concerns/${id}/steps`, f.author, { kind: 'conversation_child', occurredOn: today, summary: 'x' })).statusCode).toBe(409);
    expect(await t.database.db.transaction().execute((trx) => markConcernReported(trx, id))).toBe(true);
    expect(await concernRow(id)).toMatchObject({ status: 'reported', decision_reason: 'Mistanke om vold.', decided_by: f.authorId, version: 3 });
    expect(await t.database.db.transaction().execute((trx) => markConcernReported(trx, id))).toBe(false);
  });
});

describe('lists', () => {
  const ids: string[] = [];
  let unit: { leader: Headers; employee: Headers; author: Headers; otherAuthor: Headers; unitId: string };
  beforeAll(async () => {
    const db = t.database.db;
    const kindergarten = await buildUnit(db, f.tenantId, { name: 'Solsikken barnehage', type: 'kindergarten' });
    const child = await buildChild(db, f.tenantId, { unitId: kindergarten.id, birthDate: '2021-03-03' });
    unit = {
      unitId: kindergarten.id,
      leader: await sessionHeaders(db, await buildUser(db, f.tenantId, { units: [[kindergarten.id, 'leader'], [f.otherSchoolId, 'leader']] })),
      employee: await sessionHeaders(db, await buildUser(db, f.tenantId, { units: [[kindergarten.id, 'employee']] })),
      author: await sessionHeaders(db, await buildUser(db, f.tenantId, { units: [[kindergarten.id, 'employee']] })),
      otherAuthor: await sessionHeaders(db, await buildUser(db, f.tenantId, { units: [[kindergarten.id, 'employee']] })),
    };
    for (let i = 0; i < 5; i++) ids.push(await register({ childId: child.id, unitId: kindergarten.id }, unit.author));
    ids.push(await register({ childId: child.id, unitId: kindergarten.id }, unit.otherAuthor));
    // Two past their date; one of those is then decided and so no longer overdue.
    await db.updateTable('concerns').set({ decision_due: addDays(today, -1) }).where('id', 'in', [ids[1]!, ids[2]!]).execute();
    const closed = await post(`/api/concerns/${ids[2]}/decision`, unit.author, { decision: 'close', reason: 'Avklart.', version: 1 });
    expect(closed.statusCode).toBe(200);
  });
  const list = (headers: Headers, body: object) => post('/api/concerns/list', headers, body);
  const idsOf = (r: { json(): { items: { id: string }[] } }) => r.json().items.map((c) => c.id);

  it('pages through the author’s own concerns newest first, auditing each listed concern', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const before = await count('audit_log');
      const r = await list(unit.author, { scope: 'mine', limit: 2, ...(cursor ? { cursor } : {}) });
      expect(r.statusCode).toBe(200);
      seen.push(...idsOf(r));
      expect(await count('audit_log')).toBe(before + r.json().items.length);
      cursor = r.json().nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(ids.slice(0, 5).reverse());
  });

  it('filters overdue (undecided, past the date) and by status', async () => {
    const overdue = await list(unit.author, { scope: 'mine', overdue: true });
    expect(idsOf(overdue)).toEqual([ids[1]]);
    expect(overdue.json().items[0]).toMatchObject({ overdue: true, decisionDue: addDays(today, -1) });
    expect(idsOf(await list(unit.author, { scope: 'mine', status: 'closed' }))).toEqual([ids[2]]);
    expect(idsOf(await list(unit.author, { scope: 'mine', overdue: false }))).toEqual([ids[4], ids[3], ids[2], ids[0]]);
  });

  it('shows the unit’s concerns to its leader, not to an employee, and narrows to one of the leader’s units', async () => {
    expect(idsOf(await list(unit.leader, { scope: 'unit', unitId: unit.unitId }))).toEqual([...ids].reverse());
    expect(idsOf(await list(unit.leader, { scope: 'unit', unitId: f.otherSchoolId }))).toEqual([]);
    expect(idsOf(await list(unit.leader, { scope: 'unit', unitId: f.schoolId }))).toEqual([]);
    expect(idsOf(await list(unit.employee, { scope: 'unit' }))).toEqual([]);
    expect(idsOf(await list(unit.otherAuthor, { scope: 'mine' }))).toEqual([ids[5]]);
    expect(idsOf(await list(f.admin, { scope: 'unit' }))).toEqual([]);
    expect(idsOf(await list(f.foreignLeader, { scope: 'unit' }))).toEqual([]);
  });

  it('refuses a forged cursor with a field-level 400', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    for (const cursor of ['garbage', forged]) {
      const r = await list(unit.author, { scope: 'mine', cursor });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.fields[0].path).toBe('cursor');
    }
  });
});
