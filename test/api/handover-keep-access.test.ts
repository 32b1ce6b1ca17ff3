import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent } from '../helpers/case-factories.js';
import { addDays, todayInNorway } from '../../src/server/platform/text/dates.js';

/*
 * Issue 9: passing the baton with «move the case to the receiver's unit» shut the old unit out
 * without a word, leaving a teacher responsible for an open measure in a case she could no
 * longer open. The preview says who loses access; the request keeps named people through a
 * consent recorded on the way, or reassigns their measures; nothing else gets through.
 */
type Headers = Record<string, string>;
interface Person { id: string; h: Headers }
let t: TestContext;
const f = {} as {
  tenantId: string; kindergartenId: string; schoolId: string; healthId: string;
  holder: Person; teacher: Person; leader: Person; nurse: Person; receiver: Person; schoolLeader: Person;
};
const today = todayInNorway();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const kindergarten = await buildUnit(db, tenant.id, { name: 'Solsikken barnehage', type: 'kindergarten' });
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const person = async (user: { id: string; tenant_id: string }) => ({ id: user.id, h: await sessionHeaders(db, user) });
  Object.assign(f, {
    tenantId: tenant.id, kindergartenId: kindergarten.id, schoolId: school.id, healthId: health.id,
    holder: await person(await buildUser(db, tenant.id, { name: 'Hege Holder', units: [[kindergarten.id, 'employee']] })),
    teacher: await person(await buildUser(db, tenant.id, { name: 'Tone Pedagog', units: [[kindergarten.id, 'employee']] })),
    leader: await person(await buildUser(db, tenant.id, { name: 'Live Styrer', units: [[kindergarten.id, 'leader']] })),
    nurse: await person(await buildUser(db, tenant.id, { name: 'Nina Helsesykepleier', units: [[health.id, 'employee']] })),
    receiver: await person(await buildUser(db, tenant.id, { name: 'Rolf Kontaktlærer', units: [[school.id, 'employee']] })),
    schoolLeader: await person(await buildUser(db, tenant.id, { name: 'Siri Rektor', units: [[school.id, 'leader']] })),
  });
});
afterAll(() => t.close());

let born = 0;
/**
 * A kindergarten's case moving to school: the holder and a teacher (a member) are responsible
 * for a measure each, the kindergarten for a third; the nurse is a member under a consent.
 */
async function movingCase() {
  const db = t.database.db;
  const child = await buildChild(db, f.tenantId, { birthDate: `2020-05-${String(++born).padStart(2, '0')}`, unitId: f.kindergartenId });
  await db.insertInto('enrolments').values({
    tenant_id: f.tenantId, child_id: child.id, unit_id: f.schoolId, group_name: '1A', from_date: addDays(today, -3), to_date: null,
  }).execute();
  const guardian = await buildGuardian(db, f.tenantId, child.id);
  const c = await buildCase(db, f.tenantId, {
    childId: child.id, owningUnitId: f.kindergartenId, holderId: f.holder.id, memberIds: [f.teacher.id, f.nurse.id],
  });
  const nurseConsent = await buildConsent(db, f.tenantId, { caseId: c.id, recordedBy: f.holder.id, unitIds: [f.healthId], guardianIds: [guardian.id] });
  const goal = (await post(f.holder, `/api/cases/${c.id}/goals`, { description: 'Trygg overgang' })).json();
  const measure = async (body: object) =>
    (await post(f.holder, `/api/cases/${c.id}/measures`, { goalId: goal.id, startOn: today, evaluationDue: addDays(today, 30), ...body })).json().id as string;
  const byTeacher = await measure({ description: 'Samtale hver uke', responsibleUserId: f.teacher.id });
  const byHolder = await measure({ description: 'Overføringsmøte', responsibleUserId: f.holder.id });
  const byUnit = await measure({ description: 'Språkgruppe', responsibleUnitId: f.kindergartenId });
  const byNurse = await measure({ description: 'Helsesamtale', responsibleUserId: f.nurse.id });
  return { id: c.id, childId: child.id, guardianId: guardian.id, nurseConsentId: nurseConsent.id, byTeacher, byHolder, byUnit, byNurse };
}
const post = (who: Person, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: who.h, payload });
const get = (who: Person, url: string) => t.app.inject({ method: 'GET', url, headers: who.h });
const preview = (who: Person, caseId: string, query: string) => get(who, `/api/cases/${caseId}/handovers/preview?${query}`);
const ask = (caseId: string, body: object) =>
  post(f.holder, `/api/cases/${caseId}/handovers`, { toUserId: f.receiver.id, toUnitId: f.schoolId, message: 'Skolestart', ...body });
const keepConsent = (guardianId: string, over: object = {}) =>
  ({ guardianIds: [guardianId], purpose: 'Barnehagen følger overgangen til skolen', validFrom: today, validTo: addDays(today, 180), ...over });
const count = async (table: 'handover_requests' | 'consents', caseId: string) =>
  (await t.database.db.selectFrom(table).select('id').where('case_id', '=', caseId).execute()).length;
const fieldsOf = (res: { json: () => { error: { fields: { path: string; code: string }[] } } }) =>
  res.json().error.fields.map((x) => `${x.path}:${x.code}`).sort();

describe('the preview of a handover that moves the case', () => {
  it('names who loses access, why they see it now and the open measures they are responsible for; audited', async () => {
    const c = await movingCase();
    const res = await preview(f.holder, c.id, `toUserId=${f.receiver.id}&toUnitId=${f.schoolId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ moves: true, fromUnit: { id: f.kindergartenId }, toUnit: { id: f.schoolId }, consentUnit: { id: f.kindergartenId } });
    const losing = Object.fromEntries(body.losesAccess.map((l: { user: { id: string }; reason: string; measures: { id: string }[] }) =>
      [l.user.id, [l.reason, l.measures.map((m) => m.id)]]));
    // The nurse keeps hers through her own consent; the leader only had oversight.
    expect(losing).toEqual({
      [f.holder.id]: ['holder_unit', [c.byHolder]],
      [f.teacher.id]: ['member_unit', [c.byTeacher]],
      [f.leader.id]: ['unit_leader', []],
    });
    expect(body.losesAccess.find((l: { user: { id: string } }) => l.user.id === f.teacher.id).units).toEqual(['Solsikken barnehage']);
    expect(body.unitMeasures).toEqual([{ id: c.byUnit, description: 'Språkgruppe', unit: { id: f.kindergartenId, name: 'Solsikken barnehage' } }]);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', c.id).where('action', '=', 'handover.preview').execute();
    expect(audit).toHaveLength(1);
  });

  it('shows nobody losing access when the case stays; is for the holder or the leader (403 for a member, 404 outside)', async () => {
    const c = await movingCase();
    const stay = (await preview(f.leader, c.id, `toUserId=${f.teacher.id}`)).json();
    expect(stay).toMatchObject({ moves: false, toUnit: null, losesAccess: [], unitMeasures: [] });
    expect((await preview(f.nurse, c.id, `toUserId=${f.receiver.id}&toUnitId=${f.schoolId}`)).statusCode).toBe(403);
    expect((await preview(f.schoolLeader, c.id, `toUserId=${f.receiver.id}&toUnitId=${f.schoolId}`)).statusCode).toBe(404);
    expect((await preview(f.holder, c.id, `toUserId=${f.receiver.id}&toUnitId=${f.healthId}`)).statusCode).toBe(400);
    expect((await preview(f.holder, c.id, `toUserId=${f.receiver.id}&extra=1`)).statusCode).toBe(400);
  });
});

describe('asking with a move', () => {
  it('refuses a move that leaves open measures with a responsible who loses access, naming each, and writes nothing', async () => {
    const c = await movingCase();
    const res = await ask(c.id, {});
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([c.byTeacher, c.byHolder, c.byUnit].map((id) => `measures.${id}:responsible_loses_access`).sort());
    expect(await count('handover_requests', c.id)).toBe(0);
  });

  it('refuses keeping someone who does not lose access, a consent not in force today, and keeping on a handover without a move', async () => {
    const c = await movingCase();
    const before = await count('consents', c.id);
    const notLosing = await ask(c.id, { keepAccess: { userIds: [f.holder.id, f.nurse.id], consent: keepConsent(c.guardianId) } });
    expect(fieldsOf(notLosing)).toContain('keepAccess.userIds:not_losing_access');
    const later = await ask(c.id, { keepAccess: { userIds: [f.holder.id], consent: keepConsent(c.guardianId, { validFrom: addDays(today, 2) }) } });
    expect(fieldsOf(later)).toContain('keepAccess.consent.validFrom:not_in_force');
    const stays = await post(f.holder, `/api/cases/${c.id}/handovers`, {
      toUserId: f.teacher.id, keepAccess: { userIds: [f.leader.id], consent: keepConsent(c.guardianId) },
    });
    expect(fieldsOf(stays)).toEqual(['keepAccess:nothing_to_keep']);
    const unknownField = await ask(c.id, { keepAccess: { userIds: [f.holder.id], consent: { ...keepConsent(c.guardianId), unitIds: [f.schoolId] } } });
    expect(unknownField.statusCode).toBe(400);
    const notAGuardian = await ask(c.id, {
      keepAccess: { userIds: [f.holder.id, f.teacher.id], consent: keepConsent(f.nurse.id) },
      reassign: [{ measureId: c.byUnit, responsibleUnitId: f.schoolId }],
    });
    expect(fieldsOf(notAGuardian)).toContain('keepAccess.consent.guardianIds:not_responsible_guardian');
    expect(notAGuardian.statusCode).toBe(400);
    expect(await count('consents', c.id)).toBe(before);
    expect(await count('handover_requests', c.id)).toBe(0);
  });

  it('keeps the named people through the consent recorded on the way: after acceptance they still open the case, the leader does not', async () => {
    const c = await movingCase();
    const res = await ask(c.id, { keepAccess: { userIds: [f.holder.id, f.teacher.id], consent: keepConsent(c.guardianId) } });
    expect(res.statusCode).toBe(200);
    const consents = (await get(f.holder, `/api/cases/${c.id}/consents`)).json().items;
    const kept = consents.find((k: { purpose: string }) => k.purpose === 'Barnehagen følger overgangen til skolen');
    expect(kept).toMatchObject({ status: 'given', units: [{ id: f.kindergartenId }], guardians: [{ id: c.guardianId }] });
    // The receiver sees, before accepting, who keeps access; the case page shows it on the pending request.
    const seen = (await get(f.receiver, `/api/handovers/${res.json().id}`)).json();
    expect(seen.keepsAccess.map((p: { name: string }) => p.name)).toEqual(['Hege Holder', 'Tone Pedagog']);
    expect(seen.reassignedMeasures).toBe(0);
    expect((await post(f.receiver, `/api/handovers/${res.json().id}/accept`, {})).statusCode).toBe(200);
    for (const who of [f.holder, f.teacher, f.nurse, f.receiver]) expect((await get(who, `/api/cases/${c.id}`)).statusCode).toBe(200);
    expect((await get(f.leader, `/api/cases/${c.id}`)).statusCode).toBe(404);
    const detail = (await get(f.teacher, `/api/cases/${c.id}`)).json();
    expect(detail.myAccess.reason).toBe('member_consent');
  });

  it('reassigns measures on acceptance; a reassignment to someone who would not see the case is refused', async () => {
    const c = await movingCase();
    const wrong = await ask(c.id, {
      reassign: [
        { measureId: c.byTeacher, responsibleUserId: f.leader.id },
        { measureId: c.byHolder, responsibleUserId: f.receiver.id },
        { measureId: c.byUnit, responsibleUnitId: f.kindergartenId },
      ],
    });
    // The kindergarten «reassigned» to itself is still out of reach after the move: no consent covers it (the action plan's rule).
    expect(fieldsOf(wrong)).toEqual(['reassign.0.responsibleUserId:no_case_access', 'reassign.2.responsibleUnitId:needs_consent']);
    const res = await ask(c.id, {
      reassign: [
        { measureId: c.byTeacher, responsibleUserId: f.receiver.id },
        { measureId: c.byHolder, responsibleUserId: f.receiver.id },
        { measureId: c.byUnit, responsibleUnitId: f.schoolId },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect((await get(f.receiver, `/api/handovers/${res.json().id}`)).json()).toMatchObject({ keepsAccess: [], reassignedMeasures: 3 });
    // Until acceptance nothing changes.
    const planOf = async (who: Person) => (await get(who, `/api/cases/${c.id}/plan`)).json().goals[0].measures as
      { id: string; responsibleUser: { id: string } | null; responsibleUnit: { id: string } | null }[];
    expect((await planOf(f.holder)).find((m) => m.id === c.byTeacher)?.responsibleUser?.id).toBe(f.teacher.id);
    expect((await post(f.receiver, `/api/handovers/${res.json().id}/accept`, {})).statusCode).toBe(200);
    const plan = await planOf(f.receiver);
    expect(plan.find((m) => m.id === c.byTeacher)?.responsibleUser?.id).toBe(f.receiver.id);
    expect(plan.find((m) => m.id === c.byHolder)?.responsibleUser?.id).toBe(f.receiver.id);
    expect(plan.find((m) => m.id === c.byUnit)?.responsibleUnit?.id).toBe(f.schoolId);
    expect(plan.find((m) => m.id === c.byNurse)?.responsibleUser?.id).toBe(f.nurse.id);
    expect((await get(f.teacher, `/api/cases/${c.id}`)).statusCode).toBe(404);
  });

  it('refuses the acceptance (409, nothing written) when the consent that kept them was withdrawn while the request waited', async () => {
    const c = await movingCase();
    const res = await ask(c.id, { keepAccess: { userIds: [f.holder.id, f.teacher.id], consent: keepConsent(c.guardianId) } });
    const consentId = (await t.database.db.selectFrom('handover_requests').select('keep_consent_id').where('id', '=', res.json().id).executeTakeFirstOrThrow()).keep_consent_id!;
    expect((await post(f.holder, `/api/cases/${c.id}/consents/${consentId}/withdraw`, { reason: 'Foreldrene ombestemte seg' })).statusCode).toBe(200);
    const accepted = await post(f.receiver, `/api/handovers/${res.json().id}/accept`, {});
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json().error.code).toBe('handover_measures_unhandled');
    const row = await t.database.db.selectFrom('cases').select(['holder_id', 'owning_unit_id']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ holder_id: f.holder.id, owning_unit_id: f.kindergartenId });
    expect((await t.database.db.selectFrom('handover_requests').select('status').where('id', '=', res.json().id).executeTakeFirstOrThrow()).status).toBe('pending');
  });
});
