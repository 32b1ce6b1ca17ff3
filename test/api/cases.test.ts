import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildConsent, residentHeaders } from '../helpers/case-factories.js';
import { withTenant } from '../../src/server/platform/db/database.js';

type Headers = Record<string, string>;
let t: TestContext;
const f = {} as {
  tenantId: string; schoolId: string; nurseUnitId: string; teacherId: string; leaderId: string; nurseId: string; colleagueId: string;
  teacher: Headers; colleague: Headers; leader: Headers; nurse: Headers; otherTeacher: Headers; admin: Headers;
  child: { id: string; national_id: string }; otherChild: { id: string };
  guardian: { national_id: string; id: string }; contact: { national_id: string };
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  f.tenantId = tenant.id;
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const otherSchool = await buildUnit(db, tenant.id, { name: 'Berg skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  f.schoolId = school.id;
  f.nurseUnitId = health.id;
  const teacher = await buildUser(db, tenant.id, { name: 'Kari Lærer', units: [[school.id, 'employee']] });
  const colleague = await buildUser(db, tenant.id, { name: 'Kollega Lærer', units: [[school.id, 'employee']] });
  const leader = await buildUser(db, tenant.id, { name: 'Rektor Leder', units: [[school.id, 'leader']] });
  const nurse = await buildUser(db, tenant.id, { name: 'Helse Søster', units: [[health.id, 'employee']] });
  f.teacherId = teacher.id;
  f.colleagueId = colleague.id;
  f.leaderId = leader.id;
  f.nurseId = nurse.id;
  f.teacher = await sessionHeaders(db, teacher);
  f.colleague = await sessionHeaders(db, colleague);
  f.leader = await sessionHeaders(db, leader);
  f.nurse = await sessionHeaders(db, nurse);
  f.otherTeacher = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[otherSchool.id, 'employee']] }));
  f.admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
  f.child = await buildChild(db, tenant.id, { unitId: school.id, birthDate: '2016-03-01' });
  f.otherChild = await buildChild(db, tenant.id, { unitId: otherSchool.id });
  f.guardian = await buildGuardian(db, tenant.id, f.child.id, { parentalResponsibility: true });
  f.contact = await buildGuardian(db, tenant.id, f.child.id, { parentalResponsibility: false });
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function openCase(level = 1) {
  const r = await inject('POST', '/api/cases', f.teacher, { childId: f.child.id, owningUnitId: f.schoolId, level, reason: 'Mor og skolen er enige om å følge opp', confirmSecondCase: true });
  expect(r.statusCode).toBe(200);
  return r.json() as { id: string; version: number };
}

describe('opening a case', () => {
  it('makes the opener the relay holder and writes the reason as the first entry', async () => {
    const c = await openCase();
    const detail = await inject('GET', `/api/cases/${c.id}`, f.teacher);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ level: 1, status: 'open', holder: { id: f.teacherId }, myAccess: { reason: 'holder_unit', write: 'staff' } });
    const entries = await inject('GET', `/api/cases/${c.id}/entries`, f.teacher);
    expect(entries.json().items).toMatchObject([{ kind: 'opened', body: 'Mor og skolen er enige om å følge opp' }]);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', c.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['case.open', 'case.read', 'case.entries_read']));
  });

  it('refuses a unit the user does not work in, a child not enrolled there, and a missing reason, writing nothing', async () => {
    const before = await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const notMine = await inject('POST', '/api/cases', f.teacher, { childId: f.child.id, owningUnitId: f.nurseUnitId, level: 1, reason: 'x' });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.fields[0].path).toBe('owningUnitId');
    const notEnrolled = await inject('POST', '/api/cases', f.teacher, { childId: f.otherChild.id, owningUnitId: f.schoolId, level: 1, reason: 'x' });
    expect(notEnrolled.statusCode).toBe(404);
    const noReason = await inject('POST', '/api/cases', f.teacher, { childId: f.child.id, owningUnitId: f.schoolId, level: 1, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.map((p: { path: string }) => p.path)).toContain('body.reason');
    const badLevel = await inject('POST', '/api/cases', f.teacher, { childId: f.child.id, owningUnitId: f.schoolId, level: 4, reason: 'x' });
    expect(badLevel.statusCode).toBe(400);
    const after = await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('who sees a case', () => {
  it('hides it from a colleague until added, shows it to the leader, and never to other units or the administrator', async () => {
    const c = await openCase();
    expect((await inject('GET', `/api/cases/${c.id}`, f.colleague)).statusCode).toBe(404);
    expect((await inject('GET', `/api/cases/${c.id}`, f.otherTeacher)).statusCode).toBe(404);
    expect((await inject('GET', `/api/cases/${c.id}`, f.admin)).statusCode).toBe(404);
    const asLeader = await inject('GET', `/api/cases/${c.id}`, f.leader);
    expect(asLeader.json().myAccess.reason).toBe('unit_leader');
    expect((await inject('POST', `/api/cases/${c.id}/members`, f.teacher, { userId: f.colleagueId })).statusCode).toBe(200);
    expect((await inject('GET', `/api/cases/${c.id}`, f.colleague)).json().myAccess.reason).toBe('member_unit');
  });

  it('admits another service only under a valid consent, and drops it at once when the consent is withdrawn', async () => {
    const c = await openCase(2);
    const refused = await inject('POST', `/api/cases/${c.id}/members`, f.teacher, { userId: f.nurseId });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toMatchObject({ path: 'userId', code: 'needs_consent' });
    const consent = await buildConsent(t.database.db, f.tenantId, { caseId: c.id, recordedBy: f.teacherId, unitIds: [f.nurseUnitId], guardianIds: [f.guardian.id] });
    const candidates = await inject('POST', `/api/cases/${c.id}/member-candidates`, f.teacher, { query: 'helse' });
    expect(candidates.json().items).toMatchObject([{ id: f.nurseId, joinableBy: 'consent', isMember: false }]);
    // Who each is: their role in each unit, for the lists of people to add or hand the baton to.
    expect(candidates.json().items[0].roles).toEqual([{ unit: candidates.json().items[0].units[0], role: 'employee' }]);
    expect((await inject('POST', `/api/cases/${c.id}/members`, f.teacher, { userId: f.nurseId })).statusCode).toBe(200);
    const asNurse = await inject('GET', `/api/cases/${c.id}`, f.nurse);
    expect(asNurse.json().myAccess.reason).toBe('member_consent');
    const written = await inject('POST', `/api/cases/${c.id}/entries`, f.nurse, { kind: 'observation', occurredOn: '2025-01-10', body: 'Helsesamtale gjennomført' });
    expect(written.statusCode).toBe(200);

    await t.database.db.updateTable('consents').set({ withdrawn_at: new Date() }).where('id', '=', consent.id).execute();
    expect((await inject('GET', `/api/cases/${c.id}`, f.nurse)).statusCode).toBe(404);
    expect((await inject('GET', `/api/cases/${c.id}/entries`, f.nurse)).statusCode).toBe(404);
    const seenByHolder = await inject('GET', `/api/cases/${c.id}`, f.teacher);
    expect(seenByHolder.json().access).toEqual(expect.arrayContaining([expect.objectContaining({ id: f.nurseId, blocked: true, reason: null })]));
    const log = await inject('GET', `/api/cases/${c.id}/entries`, f.teacher);
    expect(log.json().items.map((e: { body: string }) => e.body)).toContain('Helsesamtale gjennomført');
  });

  it('lets a guardian with parental responsibility read and add their view, and nobody else in the household', async () => {
    const c = await openCase();
    const guardian = await residentHeaders(t.database.db, f.guardian.national_id);
    const asGuardian = await inject('GET', `/api/cases/${c.id}`, guardian);
    expect(asGuardian.statusCode).toBe(200);
    expect(asGuardian.json().myAccess).toEqual({ reason: 'guardian', write: 'guardians_view' });
    const view = await inject('POST', `/api/cases/${c.id}/entries`, guardian, { kind: 'guardians_view', occurredOn: '2025-01-11', body: 'Vi er enige i planen' });
    expect(view.statusCode).toBe(200);
    const staffKind = await inject('POST', `/api/cases/${c.id}/entries`, guardian, { kind: 'decision', occurredOn: '2025-01-11', body: 'x' });
    expect(staffKind.statusCode).toBe(403);
    const contact = await residentHeaders(t.database.db, f.contact.national_id);
    expect((await inject('GET', `/api/cases/${c.id}`, contact)).statusCode).toBe(404);
    const child = await residentHeaders(t.database.db, f.child.national_id);
    expect((await inject('GET', `/api/cases/${c.id}`, child)).statusCode).toBe(404); // 9 years old: below the age
    const log = await inject('GET', `/api/cases/${c.id}/entries`, f.teacher);
    expect(log.json().items[0]).toMatchObject({ kind: 'guardians_view', author: { kind: 'guardian' } });
  });
});

describe('when violence or abuse is suspected', () => {
  it('keeps a case opened from such a concern from the guardians until staff lift it with a reason', async () => {
    const concern = await inject('POST', '/api/concerns', f.teacher, {
      childId: f.child.id, unitId: f.schoolId, observedOn: '2025-03-01', observation: 'Blåmerker på armene', concernScale: 4, signals: [], guardiansNotContacted: true,
    });
    expect(concern.statusCode).toBeLessThan(300);
    const decided = await inject('POST', `/api/concerns/${concern.json().id}/decision`, f.teacher, {
      decision: 'open_case', level: 1, reason: 'Følges opp uten at foresatte kontaktes nå', version: concern.json().version,
    });
    expect(decided.statusCode).toBe(200);
    const caseId = decided.json().caseId as string;
    const guardian = await residentHeaders(t.database.db, f.guardian.national_id);
    expect((await inject('GET', `/api/cases/${caseId}`, guardian)).statusCode).toBe(404);
    expect((await inject('GET', `/api/cases/${caseId}/entries`, guardian)).statusCode).toBe(404);
    const asHolder = await inject('GET', `/api/cases/${caseId}`, f.teacher);
    expect(asHolder.json().residentsRestricted).toBe(true);

    // A report sent without informing the guardians stays out of their view of the log afterwards.
    await t.database.db.insertInto('case_entries').values({
      tenant_id: f.tenantId, case_id: caseId, kind: 'report_sent', occurred_on: '2025-03-02', body: 'Sendt', author_user_id: f.teacherId,
      author_kind: 'staff', payload: JSON.stringify({ guardiansInformed: false }),
    }).execute();
    const noReason = await inject('POST', `/api/cases/${caseId}/resident-access`, f.teacher, { version: asHolder.json().version });
    expect(noReason.statusCode).toBe(400);
    const lifted = await inject('POST', `/api/cases/${caseId}/resident-access`, f.teacher, { reason: 'Barnevernet har snakket med familien', version: asHolder.json().version });
    expect(lifted.statusCode).toBe(200);
    expect((await inject('GET', `/api/cases/${caseId}`, guardian)).statusCode).toBe(200);
    const theirLog = (await inject('GET', `/api/cases/${caseId}/entries`, guardian)).json();
    expect(theirLog.items.map((e: { kind: string }) => e.kind)).not.toContain('report_sent');
    // Internal ids stay with staff: the opening entry names the concern for staff, not for the guardian.
    const opened = (log: { items: { kind: string; payload: object }[] }) => log.items.find((e) => e.kind === 'opened')!.payload;
    expect(opened(theirLog)).toEqual({ level: 1 });
    const staffLog = (await inject('GET', `/api/cases/${caseId}/entries`, f.teacher)).json();
    expect(staffLog.items.map((e: { kind: string }) => e.kind)).toContain('report_sent');
    expect(opened(staffLog)).toEqual({ level: 1, concernId: concern.json().id });
  });

  it('can hide an open case from the guardians when violence comes to be suspected, by staff of the owning unit only', async () => {
    const c = await openCase();
    const guardian = await residentHeaders(t.database.db, f.guardian.national_id);
    expect((await inject('GET', `/api/cases/${c.id}`, guardian)).statusCode).toBe(200);
    await inject('POST', `/api/cases/${c.id}/members`, f.teacher, { userId: f.colleagueId });
    const asLeader = await inject('POST', `/api/cases/${c.id}/resident-access/restrict`, f.leader, { reason: 'Barnet forteller om vold hjemme', version: c.version });
    expect(asLeader.statusCode).toBe(200);
    expect((await inject('GET', `/api/cases/${c.id}`, guardian)).statusCode).toBe(404);
    const again = await inject('POST', `/api/cases/${c.id}/resident-access/restrict`, f.teacher, { reason: 'x', version: asLeader.json().version });
    expect(again.json().error.code).toBe('already_restricted');
    const log = (await inject('GET', `/api/cases/${c.id}/entries`, f.teacher)).json();
    expect(log.items[0]).toMatchObject({ kind: 'decision', body: 'Barnet forteller om vold hjemme', payload: { residentAccess: 'closed' } });
  });

  it('refuses a version beyond the integer range with a 400, not a 500', async () => {
    const c = await openCase();
    const r = await inject('POST', `/api/cases/${c.id}/level`, f.teacher, { level: 2, reason: 'x', version: 2147483648 });
    expect(r.statusCode).toBe(400);
  });
});

describe('the log', () => {
  it('never edits an entry: a correction is a new entry shown with the one it corrects', async () => {
    const c = await openCase();
    const e = await inject('POST', `/api/cases/${c.id}/entries`, f.teacher, { kind: 'conversation', occurredOn: '2025-02-01', body: 'Samtale med Ola' });
    const corr = await inject('POST', `/api/cases/${c.id}/entries/${e.json().id}/corrections`, f.teacher, { body: 'Samtalen var med mor, ikke Ola' });
    expect(corr.statusCode).toBe(200);
    const log = (await inject('GET', `/api/cases/${c.id}/entries`, f.teacher)).json();
    const original = log.items.find((i: { id: string }) => i.id === e.json().id);
    expect(original.body).toBe('Samtale med Ola');
    expect(original.corrections).toMatchObject([{ body: 'Samtalen var med mor, ikke Ola' }]);
    expect(log.items.some((i: { kind: string }) => i.kind === 'correction')).toBe(false);
  });

  it('cannot be changed or deleted by the application role even if the code tried', async () => {
    const c = await openCase();
    const update = withTenant(t.database.db, f.tenantId, (trx) => trx.updateTable('case_entries').set({ body: 'endret' }).where('case_id', '=', c.id).execute());
    await expect(update).rejects.toThrow(/permission denied/);
    const remove = withTenant(t.database.db, f.tenantId, (trx) => trx.deleteFrom('case_entries').where('case_id', '=', c.id).execute());
    await expect(remove).rejects.toThrow(/permission denied/);
  });

  it('refuses future dates and attendees outside meetings with field messages', async () => {
    const c = await openCase();
    const future = await inject('POST', `/api/cases/${c.id}/entries`, f.teacher, { kind: 'note', occurredOn: '2999-01-01', body: 'x' });
    expect(future.json().error.fields[0].path).toBe('occurredOn');
    const attendees = await inject('POST', `/api/cases/${c.id}/entries`, f.teacher, { kind: 'note', occurredOn: '2025-01-01', body: 'x', attendees: 'Mor' });
    expect(attendees.json().error.fields[0].path).toBe('attendees');
  });

  it('keeps a draft per user until the entry is written', async () => {
    const c = await openCase();
    const saved = await inject('PUT', `/api/cases/${c.id}/draft`, f.teacher, { kind: 'note', body: 'Halvferdig tanke' });
    expect(saved.json().draft.body).toBe('Halvferdig tanke');
    expect((await inject('GET', `/api/cases/${c.id}/draft`, f.teacher)).json().draft.body).toBe('Halvferdig tanke');
    expect((await inject('GET', `/api/cases/${c.id}/draft`, f.leader)).json().draft).toBeNull();
    await inject('POST', `/api/cases/${c.id}/entries`, f.teacher, { kind: 'note', occurredOn: '2025-01-01', body: 'Ferdig tanke' });
    expect((await inject('GET', `/api/cases/${c.id}/draft`, f.teacher)).json().draft).toBeNull();
  });

  it('pages newest first', async () => {
    const c = await openCase();
    for (let i = 0; i < 5; i++) await inject('POST', `/api/cases/${c.id}/entries`, f.teacher, { kind: 'note', occurredOn: '2025-01-01', body: `Notat ${i}` });
    const first = (await inject('GET', `/api/cases/${c.id}/entries?limit=4`, f.teacher)).json();
    expect(first.items.map((e: { body: string }) => e.body)).toEqual(['Notat 4', 'Notat 3', 'Notat 2', 'Notat 1']);
    const second = (await inject('GET', `/api/cases/${c.id}/entries?limit=4&cursor=${encodeURIComponent(first.nextCursor)}`, f.teacher)).json();
    expect(second.items.map((e: { kind: string }) => e.kind)).toEqual(['note', 'opened']);
    expect(second.nextCursor).toBeNull();
  });
});

describe('level, closing and concurrency', () => {
  it('changes the level with a reason and refuses a stale version', async () => {
    const c = await openCase();
    const ok = await inject('POST', `/api/cases/${c.id}/level`, f.teacher, { level: 2, reason: 'PPT trengs', version: c.version });
    expect(ok.statusCode).toBe(200);
    const stale = await inject('POST', `/api/cases/${c.id}/level`, f.leader, { level: 3, reason: 'Flere tjenester', version: c.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const noReason = await inject('POST', `/api/cases/${c.id}/level`, f.teacher, { level: 3, version: ok.json().version });
    expect(noReason.statusCode).toBe(400);
    const log = (await inject('GET', `/api/cases/${c.id}/entries`, f.teacher)).json();
    expect(log.items[0]).toMatchObject({ kind: 'level_change', body: 'PPT trengs', payload: { from: 1, to: 2 } });
  });

  it('makes a closed case read-only until it is reopened with a reason', async () => {
    const c = await openCase();
    const baton = await inject('POST', `/api/cases/${c.id}/handovers`, f.teacher, { toUserId: f.leaderId, message: 'Kan du ta over?' });
    expect(baton.statusCode).toBeLessThan(300);
    const closed = await inject('POST', `/api/cases/${c.id}/close`, f.teacher, { reason: 'goals_reached', note: 'Målene er nådd', version: c.version });
    expect(closed.statusCode).toBe(200);
    const write = await inject('POST', `/api/cases/${c.id}/entries`, f.teacher, { kind: 'note', occurredOn: '2025-01-01', body: 'x' });
    expect(write.statusCode).toBe(409);
    expect(write.json().error.code).toBe('case_closed');
    const pending = await t.database.db.selectFrom('handover_requests').select('status').where('case_id', '=', c.id).execute();
    expect(pending.map((p) => p.status)).toEqual(['cancelled']);
    expect((await inject('GET', `/api/cases/${c.id}`, f.teacher)).json()).toMatchObject({ status: 'closed', closeReason: 'goals_reached', myAccess: { write: null } });
    const reopened = await inject('POST', `/api/cases/${c.id}/reopen`, f.teacher, { reason: 'Ny bekymring', version: closed.json().version });
    expect(reopened.statusCode).toBe(200);
    expect((await inject('POST', `/api/cases/${c.id}/entries`, f.teacher, { kind: 'note', occurredOn: '2025-01-01', body: 'x' })).statusCode).toBe(200);
  });
});

describe('case lists', () => {
  it('lists my cases and, for the leader, the unit’s cases, with filters and pages', async () => {
    const mine = (await inject('POST', '/api/cases/list', f.teacher, { scope: 'mine', limit: 3 })).json();
    expect(mine.items).toHaveLength(3);
    expect(mine.nextCursor).not.toBeNull();
    const rest = (await inject('POST', '/api/cases/list', f.teacher, { scope: 'mine', limit: 100, cursor: mine.nextCursor })).json();
    const all = [...mine.items, ...rest.items].map((c: { id: string }) => c.id);
    expect(new Set(all).size).toBe(all.length);
    const unit = (await inject('POST', '/api/cases/list', f.leader, { scope: 'unit', limit: 100 })).json();
    expect(unit.items.length).toBe(all.length);
    expect((await inject('POST', '/api/cases/list', f.colleague, { scope: 'unit' })).json().items).toEqual([]);
    const level2 = (await inject('POST', '/api/cases/list', f.leader, { scope: 'unit', level: 2, limit: 100 })).json();
    expect(level2.items.every((c: { level: number }) => c.level === 2)).toBe(true);
    expect(level2.items.length).toBeGreaterThan(0);
    const closed = (await inject('POST', '/api/cases/list', f.leader, { scope: 'unit', status: 'closed' })).json();
    expect(closed.items).toEqual([]);
  });
});
