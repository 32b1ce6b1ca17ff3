import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent, residentHeaders } from '../helpers/case-factories.js';
import { pdfText } from '../helpers/pdf.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';

/**
 * The level-0 record (issue 9): the concern a case was opened from is readable from the case by
 * those who may read the case (staff), audited, and part of the case PDF.
 */
type H = Record<string, string>;
let t: TestContext;
const f = {} as { author: H; nurse: H; leader: H; colleague: H; outsider: H; guardian: H; caseId: string; directCaseId: string; concernId: string; childId: string };
const today = todayInNorway();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const author = await buildUser(db, tenant.id, { name: 'Kari Kontaktlærer', units: [[school.id, 'employee']] });
  const nurse = await buildUser(db, tenant.id, { units: [[health.id, 'employee']] });
  Object.assign(f, {
    author: await sessionHeaders(db, author), nurse: await sessionHeaders(db, nurse),
    leader: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'leader']] })),
    colleague: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'employee']] })),
    outsider: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[health.id, 'employee']] })),
  });
  const child = await buildChild(db, tenant.id, { unitId: school.id });
  f.childId = child.id;
  const guardian = await buildGuardian(db, tenant.id, child.id);
  f.guardian = await residentHeaders(db, guardian.national_id);
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: f.author, payload });
  const concern = await post('/api/concerns', {
    childId: child.id, unitId: school.id, observedOn: today, observation: 'Sover i timene og har ikke matpakke',
    concernScale: 3, signals: ['Søvnproblemer eller tretthet'], source: 'own_observation',
  });
  expect(concern.statusCode).toBe(201);
  f.concernId = concern.json().id;
  expect((await post(`/api/concerns/${f.concernId}/steps`, {
    kind: 'anonymous_consultation', occurredOn: today, summary: 'Råd om å snakke med foresatte', serviceName: 'Helsestasjonen',
  })).statusCode).toBe(201);
  const decided = await post(`/api/concerns/${f.concernId}/decision`, { decision: 'open_case', level: 1, reason: 'Trenger tiltak', version: 2 });
  expect(decided.statusCode).toBe(200);
  f.caseId = decided.json().caseId;
  await db.insertInto('case_members').values({ tenant_id: tenant.id, case_id: f.caseId, user_id: nurse.id, added_by: author.id }).execute();
  await buildConsent(db, tenant.id, { caseId: f.caseId, recordedBy: author.id, unitIds: [health.id], guardianIds: [guardian.id] });
  const other = await buildChild(db, tenant.id, { unitId: school.id, birthDate: '2014-02-03' });
  f.directCaseId = (await buildCase(db, tenant.id, { childId: other.id, owningUnitId: school.id, holderId: author.id })).id;
});
afterAll(() => t.close());

const record = (headers: H, caseId = f.caseId) => t.app.inject({ url: `/api/cases/${caseId}/concern`, headers });

describe('the level-0 record from the case', () => {
  it('shows the observation, scale, signals, source, talks and decision to the relay holder, and audits the read', async () => {
    const r = await record(f.author);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      id: f.concernId, observation: 'Sover i timene og har ikke matpakke', concernScale: 3, signals: ['Søvnproblemer eller tretthet'],
      source: 'own_observation', author: { name: 'Kari Kontaktlærer' }, unitName: 'Lia skole',
      steps: [{ kind: 'anonymous_consultation', serviceName: 'Helsestasjonen' }], decision: { kind: 'open_case', reason: 'Trenger tiltak' },
    });
    const audit = await t.database.db.selectFrom('audit_log').select(['entity_type', 'child_id']).where('action', '=', 'case.concern_read').where('entity_id', '=', f.concernId).execute();
    expect(audit).toEqual([{ entity_type: 'concern', child_id: f.childId }]);
  });
  it('is readable by everyone who may read the case (a member through consent, the leader), by no one else (404)', async () => {
    expect((await record(f.nurse)).statusCode).toBe(200);
    expect((await record(f.leader)).statusCode).toBe(200);
    expect((await record(f.colleague)).statusCode).toBe(404);
    expect((await record(f.outsider)).statusCode).toBe(404);
    expect((await record(f.guardian)).statusCode).toBe(404);
  });
  it('is «not found» for a case opened without a concern', async () => {
    expect((await record(f.author, f.directCaseId)).statusCode).toBe(404);
  });
  it('is in the case PDF', async () => {
    const r = await t.app.inject({ url: `/api/cases/${f.caseId}/export.pdf`, headers: f.author });
    expect(r.statusCode).toBe(200);
    const text = pdfText(r.rawPayload).replace(/\s+/g, ' ');
    for (const s of ['Bekymringen saken startet med', 'Sover i timene og har ikke matpakke', 'Grunn til bekymring', 'Søvnproblemer eller tretthet',
      'Egen observasjon', 'Anonym drøfting med', '(Helsestasjonen)', 'Råd om å snakke med foresatte', 'Trenger tiltak']) {
      expect(text, s).toContain(s);
    }
    const direct = pdfText((await t.app.inject({ url: `/api/cases/${f.directCaseId}/export.pdf`, headers: f.author })).rawPayload);
    expect(direct).toContain('ble ikke opprettet fra en registrert bekymring');
  });
});
