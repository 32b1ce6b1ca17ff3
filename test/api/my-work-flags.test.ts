import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent } from '../helpers/case-factories.js';
import { addDays, todayInNorway } from '../../src/server/platform/text/dates.js';

/*
 * Issue 9, «Mitt arbeid»: a concern decided as a report of concern stayed under «waiting for a
 * decision» until the report was sent; a withdrawn or expired consent was not told to the relay
 * holder, and measures kept a responsible who could no longer see the case.
 */
type Headers = Record<string, string>;
let t: TestContext;
const f = {} as { tenantId: string; schoolId: string; healthId: string; holderId: string; nurseId: string; holder: Headers; nurse: Headers };
const today = todayInNorway();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const holder = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const nurse = await buildUser(db, tenant.id, { units: [[health.id, 'employee']] });
  Object.assign(f, {
    tenantId: tenant.id, schoolId: school.id, healthId: health.id, holderId: holder.id, nurseId: nurse.id,
    holder: await sessionHeaders(db, holder), nurse: await sessionHeaders(db, nurse),
  });
});
afterAll(() => t.close());

const post = (who: Headers, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: who, payload });
const tasks = async (who: Headers) => (await t.app.inject({ method: 'GET', url: '/api/my-work', headers: who })).json().tasks as
  { kind: string; id: string; caseId: string | null; href: string; dueDate: string | null }[];
const ofKind = async (who: Headers, kind: string) => (await tasks(who)).filter((x) => x.kind === kind);

let born = 0;
async function child() {
  return buildChild(t.database.db, f.tenantId, { birthDate: `2013-04-${String(++born).padStart(2, '0')}`, unitId: f.schoolId });
}

/** A case the holder holds with the nurse as a member under a consent, responsible for an open measure. */
async function caseWithNurse(consent: { validFrom?: string; validTo?: string } = {}) {
  const db = t.database.db;
  const c0 = await child();
  const guardian = await buildGuardian(db, f.tenantId, c0.id);
  const c = await buildCase(db, f.tenantId, { childId: c0.id, owningUnitId: f.schoolId, holderId: f.holderId, memberIds: [f.nurseId] });
  const k = await buildConsent(db, f.tenantId, { caseId: c.id, recordedBy: f.holderId, unitIds: [f.healthId], guardianIds: [guardian.id] });
  const goal = (await post(f.holder, `/api/cases/${c.id}/goals`, { description: 'Trives på skolen' })).json();
  const m = await post(f.holder, `/api/cases/${c.id}/measures`, {
    goalId: goal.id, description: 'Samtaler med helsesykepleier', responsibleUserId: f.nurseId, startOn: today, evaluationDue: addDays(today, 60),
  });
  expect(m.statusCode).toBe(200);
  // The consent's period as the test needs it (set after the measure, which needed the nurse to have access).
  if (consent.validFrom || consent.validTo) {
    await db.updateTable('consents').set({ valid_from: consent.validFrom ?? '2020-01-01', valid_to: consent.validTo ?? '2099-12-31' }).where('id', '=', k.id).execute();
  }
  return { id: c.id, consentId: k.id, guardianId: guardian.id };
}

describe('a concern decided as a report of concern', () => {
  it('leaves «waiting for a decision» and waits under «reports to send», linking the draft once begun', async () => {
    const c0 = await child();
    const concern = (await post(f.holder, '/api/concerns', {
      childId: c0.id, unitId: f.schoolId, observedOn: today, observation: 'Forteller om vold hjemme', concernScale: 4,
    })).json();
    expect((await ofKind(f.holder, 'decision_due')).map((x) => x.id)).toContain(concern.id);
    const decided = await post(f.holder, `/api/concerns/${concern.id}/decision`, { decision: 'report', reason: 'Meldeplikt', version: concern.version });
    expect(decided.statusCode).toBe(200);
    expect((await ofKind(f.holder, 'decision_due')).map((x) => x.id)).not.toContain(concern.id);
    const waiting = (await ofKind(f.holder, 'report_to_send')).find((x) => x.id === concern.id);
    expect(waiting).toMatchObject({ caseId: null, href: `/concerns/${concern.id}`, dueDate: today });
    const draft = (await post(f.holder, '/api/reports', { concernId: concern.id })).json();
    expect((await ofKind(f.holder, 'report_to_send')).find((x) => x.id === concern.id)?.href).toBe(`/reports/${draft.id}`);
  });

  it('also lists a draft written from a case', async () => {
    const c = await caseWithNurse();
    const draft = (await post(f.holder, '/api/reports', { caseId: c.id })).json();
    expect((await ofKind(f.holder, 'report_to_send')).find((x) => x.id === c.id)).toMatchObject({ caseId: c.id, href: `/reports/${draft.id}` });
  });
});

describe('a consent that ends', () => {
  it('is told to the relay holder when withdrawn, with the measure whose responsible lost access; not to the nurse', async () => {
    const c = await caseWithNurse();
    expect((await ofKind(f.holder, 'consent_ended')).map((x) => x.id)).not.toContain(c.id);
    expect((await ofKind(f.holder, 'measure_out_of_reach')).map((x) => x.id)).not.toContain(c.id);
    expect((await post(f.holder, `/api/cases/${c.id}/consents/${c.consentId}/withdraw`, { reason: 'Foreldrene trakk det' })).statusCode).toBe(200);
    expect((await ofKind(f.holder, 'consent_ended')).find((x) => x.id === c.id)).toMatchObject({ dueDate: today, href: `/cases/${c.id}` });
    expect((await ofKind(f.holder, 'measure_out_of_reach')).find((x) => x.id === c.id)).toMatchObject({ dueDate: null, href: `/cases/${c.id}` });
    expect(await ofKind(f.nurse, 'consent_ended')).toEqual([]);
  });

  it('is told when it expires by date, until a new consent is in force; one that ended long ago is not', async () => {
    const expired = await caseWithNurse({ validFrom: addDays(today, -100), validTo: addDays(today, -3) });
    expect((await ofKind(f.holder, 'consent_ended')).find((x) => x.id === expired.id)?.dueDate).toBe(addDays(today, -2));
    expect((await ofKind(f.holder, 'measure_out_of_reach')).map((x) => x.id)).toContain(expired.id);
    const renewed = await post(f.holder, `/api/cases/${expired.id}/consents`, {
      decision: 'given', guardianIds: [expired.guardianId], unitIds: [f.healthId], purpose: 'Fornyet', childView: 'Vil fortsatt snakke med helsesykepleieren', validFrom: today, validTo: addDays(today, 90),
    });
    expect(renewed.statusCode).toBe(201);
    expect((await ofKind(f.holder, 'consent_ended')).map((x) => x.id)).not.toContain(expired.id);
    expect((await ofKind(f.holder, 'measure_out_of_reach')).map((x) => x.id)).not.toContain(expired.id);
    const old = await caseWithNurse({ validFrom: addDays(today, -400), validTo: addDays(today, -200) });
    expect((await ofKind(f.holder, 'consent_ended')).map((x) => x.id)).not.toContain(old.id);
    // The measure's responsible still cannot see the case, however long ago it ended.
    expect((await ofKind(f.holder, 'measure_out_of_reach')).map((x) => x.id)).toContain(old.id);
  });
});
