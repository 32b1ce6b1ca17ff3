import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';
import { addDays } from '../../src/server/platform/text/dates.js';

type Headers = Record<string, string>;
interface Person { id: string; h: Headers }
let t: TestContext;
const f = {} as {
  tenantId: string; schoolId: string; healthId: string; lowerSecondaryId: string; navId: string;
  holder: Person; colleague: Person; leader: Person; nurse: Person; ppt: Person; inactive: Person; foreign: Person; teacherThere: Person;
  navWorker: Person; navLeader: Person;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const ppt = await buildUnit(db, tenant.id, { name: 'PPT', type: 'ppt' });
  const lowerSecondary = await buildUnit(db, tenant.id, { name: 'Lia ungdomsskole', type: 'lower_secondary_school' });
  const nav = await buildUnit(db, tenant.id, { name: 'NAV Lia', type: 'nav' });
  const person = async (user: { id: string; tenant_id: string }) => ({ id: user.id, h: await sessionHeaders(db, user) });
  const foreignTenant = await buildTenant(db);
  Object.assign(f, {
    tenantId: tenant.id, schoolId: school.id, healthId: health.id, lowerSecondaryId: lowerSecondary.id, navId: nav.id,
    holder: await person(await buildUser(db, tenant.id, { units: [[school.id, 'employee']] })),
    colleague: await person(await buildUser(db, tenant.id, { units: [[school.id, 'employee']] })),
    leader: await person(await buildUser(db, tenant.id, { units: [[school.id, 'leader']] })),
    nurse: await person(await buildUser(db, tenant.id, { units: [[health.id, 'employee']] })),
    ppt: await person(await buildUser(db, tenant.id, { units: [[ppt.id, 'employee']] })),
    inactive: await person(await buildUser(db, tenant.id, { units: [[school.id, 'employee']], active: false })),
    foreign: await person(await buildUser(db, foreignTenant.id, { units: [[(await buildUnit(db, foreignTenant.id)).id, 'employee']] })),
    teacherThere: await person(await buildUser(db, tenant.id, { units: [[lowerSecondary.id, 'employee']] })),
    navWorker: await person(await buildUser(db, tenant.id, { units: [[nav.id, 'employee']] })),
    navLeader: await person(await buildUser(db, tenant.id, { units: [[nav.id, 'leader']] })),
  });
});
afterAll(() => t.close());

/** Each test gets a case of its own (one pending request per case), held by `holder`, with the nurse's service under consent. */
let born = 0;
async function newCase(over: { status?: 'open' | 'closed'; memberIds?: string[] } = {}) {
  const db = t.database.db;
  // A birth date per child: synthetic national ID numbers are unique per date and counter.
  const birthDate = `2014-03-${String(++born).padStart(2, '0')}`;
  const child = await buildChild(db, f.tenantId, { givenName: 'Mia', familyName: 'Stafett', birthDate, unitId: f.schoolId });
  const c = await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.schoolId, holderId: f.holder.id, ...over });
  const consent = await buildConsent(db, f.tenantId, { caseId: c.id, recordedBy: f.holder.id, unitIds: [f.healthId] });
  return { id: c.id, childId: child.id, consentId: consent.id };
}
const request = (who: Person, caseId: string, body: object) =>
  t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/handovers`, headers: who.h, payload: { message: 'Ny skole fra høsten', ...body } });
const answer = (who: Person, id: string, verb: 'accept' | 'decline' | 'cancel', payload: object = {}) =>
  t.app.inject({ method: 'POST', url: `/api/handovers/${id}/${verb}`, headers: who.h, payload });
const get = (who: Person, url: string) => t.app.inject({ method: 'GET', url, headers: who.h });
const caseRow = (id: string) => t.database.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const requestCount = async (caseId: string) =>
  (await t.database.db.selectFrom('handover_requests').select('id').where('case_id', '=', caseId).execute()).length;
const today = todayInNorway();
/** The child also attends `unitId` (a move to lower secondary, say); returns the enrolment id. */
const enrol = async (childId: string, unitId: string) => (await t.database.db.insertInto('enrolments').values({
  tenant_id: f.tenantId, child_id: childId, unit_id: unitId, group_name: '8A', from_date: addDays(today, -30), to_date: null,
}).returning('id').executeTakeFirstOrThrow()).id;
const incomingIds = async (who: Person) => (await get(who, '/api/handovers/incoming')).json().items.map((h: { id: string }) => h.id);
const handoverTasks = async (who: Person) =>
  (await get(who, '/api/my-work')).json().tasks.filter((x: { kind: string }) => x.kind === 'handover_waiting').map((x: { id: string }) => x.id);

describe('asking for a handover', () => {
  it('refuses a receiver who is oneself, in another municipality, inactive, or outside the case’s reach, and writes nothing', async () => {
    const c = await newCase();
    const cases: [Person, string, string][] = [
      [f.holder, 'toUserId', 'self'],
      [f.foreign, 'toUserId', 'unknown_user'],
      [f.inactive, 'toUserId', 'unknown_user'],
      [f.ppt, 'toUserId', 'not_joinable'],
    ];
    for (const [receiver, path, code] of cases) {
      const r = await request(f.holder, c.id, { toUserId: receiver.id });
      expect(r.statusCode, code).toBe(400);
      expect(r.json().error.fields).toEqual([expect.objectContaining({ path, code })]);
    }
    const wrongUnit = await request(f.holder, c.id, { toUserId: f.nurse.id, toUnitId: f.lowerSecondaryId });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json().error.fields[0].path).toBe('toUnitId');
    const notUuid = await request(f.holder, c.id, { toUserId: 'someone' });
    expect(notUuid.statusCode).toBe(400);
    expect(await requestCount(c.id)).toBe(0);
  });
  it('is for the holder or a leader of the owning unit: 404 for non-members, 403 for other members, 409 on a closed case', async () => {
    const c = await newCase({ memberIds: [f.nurse.id] });
    expect((await request(f.colleague, c.id, { toUserId: f.nurse.id })).statusCode).toBe(404);
    expect((await request(f.nurse, c.id, { toUserId: f.colleague.id })).statusCode).toBe(403);
    const closed = await newCase({ status: 'closed' });
    const r = await request(f.holder, closed.id, { toUserId: f.colleague.id });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('case_closed');
    const byLeader = await request(f.leader, c.id, { toUserId: f.colleague.id });
    expect(byLeader.statusCode).toBe(200);
    expect((await request(f.holder, c.id, { toUserId: f.nurse.id })).json().error.code).toBe('handover_pending');
  });
  it('lets only one of two simultaneous requests through', async () => {
    const c = await newCase();
    const [a, b] = await Promise.all([request(f.holder, c.id, { toUserId: f.colleague.id }), request(f.holder, c.id, { toUserId: f.leader.id })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('handover_pending');
    expect(await requestCount(c.id)).toBe(1);
  });
});

describe('accepting', () => {
  it('shows the receiver the pending request before they have access, then passes the baton on acceptance', async () => {
    const c = await newCase();
    const asked = await request(f.holder, c.id, { toUserId: f.colleague.id });
    expect(asked.statusCode).toBe(200);
    const id = asked.json().id as string;

    // Before accepting: the case itself is closed to the receiver; the request is not.
    expect((await get(f.colleague, `/api/cases/${c.id}/handovers`)).statusCode).toBe(404);
    const incoming = await get(f.colleague, '/api/handovers/incoming');
    expect(incoming.json().items.filter((h: { caseId: string }) => h.caseId === c.id)).toEqual([expect.objectContaining({
      id, status: 'pending', from: { id: f.holder.id, name: expect.any(String) },
      case: expect.objectContaining({ id: c.id, level: 1, child: expect.objectContaining({ givenName: 'Mia', familyName: 'Stafett' }), owningUnit: expect.objectContaining({ name: 'Lia skole' }) }),
    })]);
    expect((await get(f.colleague, `/api/handovers/${id}`)).statusCode).toBe(200);
    const reads = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'handover.read').where('entity_id', '=', id).execute();
    expect(reads.length).toBe(2);
    expect(reads.every((a) => a.child_id === c.childId && a.actor_user_id === f.colleague.id)).toBe(true);
    // Nobody else sees it through the request.
    expect((await get(f.ppt, `/api/handovers/${id}`)).statusCode).toBe(404);
    expect((await get(f.ppt, '/api/handovers/incoming')).json().items).toEqual([]);
    expect((await answer(f.nurse, id, 'accept')).statusCode).toBe(404);

    const before = await caseRow(c.id);
    const accepted = await answer(f.colleague, id, 'accept', { note: 'Tar over' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ id, caseId: c.id, status: 'accepted' });
    const after = await caseRow(c.id);
    expect(after).toMatchObject({ holder_id: f.colleague.id, owning_unit_id: f.schoolId, version: before.version + 1 });

    const history = await get(f.colleague, `/api/cases/${c.id}/handovers`);
    expect(history.statusCode).toBe(200);
    expect(history.json().holders.map((h: { user: { id: string } }) => h.user.id)).toEqual([f.holder.id, f.colleague.id]);
    expect(history.json().pending).toBeNull();
    expect(history.json().requests[0]).toMatchObject({ id, status: 'accepted', answerNote: 'Tar over', answeredAt: expect.any(String) });
    // The previous holder stays on the case as a member and keeps reading it.
    const member = await t.database.db.selectFrom('case_members').selectAll().where('case_id', '=', c.id).where('user_id', '=', f.holder.id).executeTakeFirst();
    expect(member?.removed_at).toBeNull();
    expect((await get(f.holder, `/api/cases/${c.id}/plan`)).statusCode).toBe(200);
    const entry = await t.database.db.selectFrom('case_entries').selectAll().where('case_id', '=', c.id).where('kind', '=', 'handover').executeTakeFirstOrThrow();
    expect(entry.payload).toMatchObject({ handoverId: id, fromUserId: f.holder.id, toUserId: f.colleague.id });
    expect(entry.author_user_id).toBe(f.colleague.id);

    expect((await answer(f.colleague, id, 'accept')).json().error.code).toBe('handover_not_pending');
    expect((await get(f.colleague, '/api/handovers/incoming')).json().items.map((h: { id: string }) => h.id)).not.toContain(id);
    // The new holder can hand it on.
    expect((await request(f.colleague, c.id, { toUserId: f.holder.id })).statusCode).toBe(200);
  });
  it('passes the baton to another service covered by consent, and refuses once the consent has been withdrawn meanwhile', async () => {
    const c = await newCase();
    const id = (await request(f.holder, c.id, { toUserId: f.nurse.id })).json().id;
    await t.database.db.updateTable('consents').set({ withdrawn_at: new Date() }).where('id', '=', c.consentId).execute();
    const r = await answer(f.nurse, id, 'accept');
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('handover_not_possible');
    expect((await caseRow(c.id)).holder_id).toBe(f.holder.id);

    const c2 = await newCase();
    const id2 = (await request(f.holder, c2.id, { toUserId: f.nurse.id })).json().id;
    expect((await answer(f.nurse, id2, 'accept')).statusCode).toBe(200);
    const holders = await t.database.db.selectFrom('case_holders').selectAll().where('case_id', '=', c2.id).orderBy('from_at').execute();
    expect(holders.at(-1)).toMatchObject({ user_id: f.nurse.id, unit_id: f.healthId });
    expect((await get(f.nurse, `/api/cases/${c2.id}/plan`)).statusCode).toBe(200);
  });
  it('moves the case to the receiver’s unit when the request names it (kindergarten → school)', async () => {
    const c = await newCase();
    await enrol(c.childId, f.lowerSecondaryId);
    const asked = await request(f.holder, c.id, { toUserId: f.teacherThere.id, toUnitId: f.lowerSecondaryId });
    expect(asked.statusCode).toBe(200);
    expect((await get(f.holder, `/api/cases/${c.id}/handovers`)).json().pending.toUnit).toEqual({ id: f.lowerSecondaryId, name: 'Lia ungdomsskole' });
    expect((await answer(f.teacherThere, asked.json().id, 'accept')).statusCode).toBe(200);
    expect(await caseRow(c.id)).toMatchObject({ holder_id: f.teacherThere.id, owning_unit_id: f.lowerSecondaryId });
    const holders = await t.database.db.selectFrom('case_holders').selectAll().where('case_id', '=', c.id).orderBy('from_at').execute();
    expect(holders.at(-1)).toMatchObject({ user_id: f.teacherThere.id, unit_id: f.lowerSecondaryId });
    expect((await get(f.teacherThere, `/api/cases/${c.id}/plan`)).statusCode).toBe(200);
    // The old school's staff stay listed as members but, without a consent covering them, lose access (DESIGN §4 rule 3).
    expect((await get(f.holder, `/api/cases/${c.id}/plan`)).statusCode).toBe(404);
  });
});

describe('declining and cancelling', () => {
  it('lets the receiver decline with a note; the request stays visible and the holder is unchanged', async () => {
    const c = await newCase();
    const id = (await request(f.holder, c.id, { toUserId: f.colleague.id })).json().id;
    const r = await answer(f.colleague, id, 'decline', { note: 'Har ikke kapasitet' });
    expect(r.json()).toEqual({ id, caseId: c.id, status: 'declined' });
    expect((await caseRow(c.id)).holder_id).toBe(f.holder.id);
    const history = (await get(f.holder, `/api/cases/${c.id}/handovers`)).json();
    expect(history.pending).toBeNull();
    expect(history.requests).toEqual([expect.objectContaining({ id, status: 'declined', answerNote: 'Har ikke kapasitet' })]);
    expect(history.holders).toHaveLength(1);
    // A declined request can be followed by a new one.
    expect((await request(f.holder, c.id, { toUserId: f.leader.id })).statusCode).toBe(200);
  });
  it('lets the requester or a leader cancel, not the receiver; a cancelled request cannot be accepted', async () => {
    const c = await newCase();
    const id = (await request(f.holder, c.id, { toUserId: f.nurse.id })).json().id;
    expect((await answer(f.nurse, id, 'cancel')).statusCode).toBe(404);
    expect((await answer(f.colleague, id, 'cancel')).statusCode).toBe(404);
    const r = await answer(f.holder, id, 'cancel');
    expect(r.json()).toEqual({ id, caseId: c.id, status: 'cancelled' });
    expect((await answer(f.nurse, id, 'accept')).json().error.code).toBe('handover_not_pending');
    expect((await get(f.nurse, '/api/handovers/incoming')).json().items.map((h: { id: string }) => h.id)).not.toContain(id);

    const id2 = (await request(f.holder, c.id, { toUserId: f.colleague.id })).json().id;
    expect((await answer(f.leader, id2, 'cancel')).json().status).toBe('cancelled');
  });
});

describe('moving the case to another unit', () => {
  it('refuses a unit the child does not attend and no consent covers, and writes nothing; a consent covering it allows the move', async () => {
    const c = await newCase();
    const r = await request(f.holder, c.id, { toUserId: f.navWorker.id, toUnitId: f.navId });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'toUnitId', code: 'unit_not_allowed' })]);
    expect(await requestCount(c.id)).toBe(0);
    expect((await get(f.navLeader, `/api/cases/${c.id}`)).statusCode).toBe(404);

    await buildConsent(t.database.db, f.tenantId, { caseId: c.id, recordedBy: f.holder.id, unitIds: [f.navId] });
    const asked = await request(f.holder, c.id, { toUserId: f.navWorker.id, toUnitId: f.navId });
    expect(asked.statusCode).toBe(200);
    expect((await answer(f.navWorker, asked.json().id, 'accept')).statusCode).toBe(200);
    expect(await caseRow(c.id)).toMatchObject({ holder_id: f.navWorker.id, owning_unit_id: f.navId });
  });
  it('checks the unit again: once the child has left it the request shows nothing to the receiver and cannot be accepted', async () => {
    const c = await newCase();
    const enrolment = await enrol(c.childId, f.lowerSecondaryId);
    const asked = await request(f.holder, c.id, { toUserId: f.teacherThere.id, toUnitId: f.lowerSecondaryId });
    expect(asked.statusCode).toBe(200);
    const id = asked.json().id as string;
    expect(await incomingIds(f.teacherThere)).toContain(id);
    expect(await handoverTasks(f.teacherThere)).toContain(id);

    await t.database.db.updateTable('enrolments').set({ to_date: addDays(today, -1) }).where('id', '=', enrolment).execute();
    expect(await incomingIds(f.teacherThere)).not.toContain(id);
    expect((await get(f.teacherThere, `/api/handovers/${id}`)).statusCode).toBe(404);
    expect(await handoverTasks(f.teacherThere)).not.toContain(id);
    const r = await answer(f.teacherThere, id, 'accept');
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('handover_not_possible');
    expect(await caseRow(c.id)).toMatchObject({ holder_id: f.holder.id, owning_unit_id: f.schoolId });
  });
});

describe('a request the receiver can no longer take', () => {
  it('hides the child from the receiver once the consent is withdrawn, and shows it again under a new consent', async () => {
    const c = await newCase();
    const id = (await request(f.holder, c.id, { toUserId: f.nurse.id, message: 'Barnet forteller om vold hjemme' })).json().id as string;
    expect(await incomingIds(f.nurse)).toContain(id);
    expect(await handoverTasks(f.nurse)).toContain(id);

    const withdrawn = await t.app.inject({
      method: 'POST', url: `/api/cases/${c.id}/consents/${c.consentId}/withdraw`, headers: f.holder.h, payload: { reason: 'Foreldrene trakk samtykket' },
    });
    expect(withdrawn.statusCode).toBe(200);
    const readsBefore = await t.database.db.selectFrom('audit_log').select('seq').where('action', '=', 'handover.read').where('entity_id', '=', id).execute();
    expect(await incomingIds(f.nurse)).not.toContain(id);
    expect((await get(f.nurse, `/api/handovers/${id}`)).statusCode).toBe(404);
    expect(await handoverTasks(f.nurse)).not.toContain(id);
    const readsAfter = await t.database.db.selectFrom('audit_log').select('seq').where('action', '=', 'handover.read').where('entity_id', '=', id).execute();
    expect(readsAfter.length).toBe(readsBefore.length);
    // The requester still sees it and can take it back.
    expect((await get(f.holder, `/api/handovers/${id}`)).statusCode).toBe(200);

    await buildConsent(t.database.db, f.tenantId, { caseId: c.id, recordedBy: f.holder.id, unitIds: [f.healthId] });
    expect(await incomingIds(f.nurse)).toContain(id);
    expect((await get(f.nurse, `/api/handovers/${id}`)).json()).toMatchObject({ id, message: 'Barnet forteller om vold hjemme' });
    expect(await handoverTasks(f.nurse)).toContain(id);
  });
});

describe('a requester who has lost access to the case', () => {
  it('no longer sees the request or can cancel it; the owning unit’s leader still can', async () => {
    // The nurse holds the case through the consent covering the health service, and asks the school to take it back.
    const c = await newCase();
    await t.database.db.updateTable('cases').set({ holder_id: f.nurse.id }).where('id', '=', c.id).execute();
    const id = (await request(f.nurse, c.id, { toUserId: f.colleague.id })).json().id as string;
    expect((await get(f.nurse, `/api/handovers/${id}`)).json()).toMatchObject({ id, case: { child: { givenName: 'Mia' } } });

    await t.database.db.updateTable('consents').set({ withdrawn_at: new Date() }).where('id', '=', c.consentId).execute();
    expect((await get(f.nurse, `/api/cases/${c.id}`)).statusCode).toBe(404);
    const readsBefore = await t.database.db.selectFrom('audit_log').select('seq').where('action', '=', 'handover.read').where('entity_id', '=', id).execute();
    const seen = await get(f.nurse, `/api/handovers/${id}`);
    expect(seen.statusCode).toBe(404);
    expect(seen.body).not.toContain('Mia');
    const readsAfter = await t.database.db.selectFrom('audit_log').select('seq').where('action', '=', 'handover.read').where('entity_id', '=', id).execute();
    expect(readsAfter.length).toBe(readsBefore.length);
    expect((await answer(f.nurse, id, 'cancel')).statusCode).toBe(404);
    const stillPending = await t.database.db.selectFrom('handover_requests').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stillPending.status).toBe('pending');

    // The receiver in the owning unit still sees it, and the leader clears it.
    expect((await get(f.colleague, `/api/handovers/${id}`)).statusCode).toBe(200);
    expect((await answer(f.leader, id, 'cancel')).json().status).toBe('cancelled');
  });
});

describe('closing the case while its handover is accepted', () => {
  it('lets one win and gives the other a 409 that says why (no deadlock); a close calls the baton back', async () => {
    for (let i = 0; i < 6; i++) {
      const c = await newCase();
      const id = (await request(f.holder, c.id, { toUserId: f.colleague.id })).json().id as string;
      const { version } = await caseRow(c.id);
      const [close, accept] = await Promise.all([
        t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/close`, headers: f.leader.h, payload: { reason: 'other', note: '', version } }),
        answer(f.colleague, id, 'accept'),
      ]);
      const row = await caseRow(c.id);
      const { status } = await t.database.db.selectFrom('handover_requests').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      if (close.statusCode === 200) {
        expect(accept.statusCode).toBe(409);
        expect(accept.json().error.code).toBe('handover_not_pending');
        expect(row).toMatchObject({ status: 'closed', holder_id: f.holder.id });
        expect(status).toBe('cancelled');
      } else {
        expect(close.statusCode).toBe(409);
        expect(close.json().error.code).toBe('version_conflict');
        expect(accept.statusCode).toBe(200);
        expect(row).toMatchObject({ status: 'open', holder_id: f.colleague.id });
        expect(status).toBe('accepted');
      }
    }
  });
});
