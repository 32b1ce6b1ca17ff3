import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent, residentHeaders } from '../helpers/case-factories.js';
import { pdfText } from '../helpers/pdf.js';

let t: TestContext;
type H = Record<string, string>;
const f = {} as { holder: H; resource: H; nurse: H; colleague: H; foreign: H; caseId: string; protectedCaseId: string; guardianNationalId: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db, { name: 'Skien' });
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const holder = await buildUser(db, tenant.id, { name: 'Holder Hansen', units: [[school.id, 'employee']] });
  const nurse = await buildUser(db, tenant.id, { name: 'Sykepleier Sand', units: [[health.id, 'employee']] });
  f.holder = await sessionHeaders(db, holder);
  f.nurse = await sessionHeaders(db, nurse);
  f.resource = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'resource_person']] }));
  f.colleague = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'employee']] }));
  const other = await buildTenant(db);
  f.foreign = await sessionHeaders(db, await buildUser(db, other.id, { units: [[(await buildUnit(db, other.id)).id, 'leader']] }));

  const child = await buildChild(db, tenant.id, { givenName: 'Åse', familyName: 'Lunde', unitId: school.id });
  const mother = await buildGuardian(db, tenant.id, child.id, { name: 'Mor Lunde' });
  f.guardianNationalId = mother.national_id;
  const c = await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: holder.id, level: 2, memberIds: [nurse.id] });
  f.caseId = c.id;
  await buildConsent(db, tenant.id, { caseId: c.id, recordedBy: holder.id, unitIds: [health.id], guardianIds: [mother.id] });
  const entry = (v: object) => db.insertInto('case_entries').values({
    tenant_id: tenant.id, case_id: c.id, occurred_on: '2026-11-10', author_user_id: holder.id, author_kind: 'staff', body: '', kind: 'note', ...v,
  }).returning('id').executeTakeFirstOrThrow();
  await entry({ kind: 'level_change', body: 'Helsestasjonen trekkes inn', payload: JSON.stringify({ from: 1, to: 2 }) });
  const meeting = await entry({ kind: 'meeting', body: 'Samarbeidsmøte om tiltak', attendees: 'Mor, lærer, helsesykepleier' });
  await entry({ kind: 'correction', body: 'Møtet var tirsdag, ikke mandag', corrects_entry_id: meeting.id });
  await entry({ kind: 'guardians_view', body: 'Vi ønsker tett kontakt', author_user_id: null, author_kind: 'guardian', author_guardian_id: mother.id });
  const goal = await db.insertInto('goals').values({ tenant_id: tenant.id, case_id: c.id, description: 'Åse trives på skolen', created_by: holder.id })
    .returning('id').executeTakeFirstOrThrow();
  const measure = await db.insertInto('measures').values({
    tenant_id: tenant.id, case_id: c.id, goal_id: goal.id, description: 'Samtaler med helsesykepleier hver uke', responsible_user_id: nurse.id,
    start_on: '2026-11-01', evaluation_due: '2026-12-01', created_by: holder.id,
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('evaluations').values({
    tenant_id: tenant.id, case_id: c.id, measure_id: measure.id, evaluated_on: '2026-11-20', outcome: 'partly',
    learned: 'Samtalene hjelper', next_steps: 'Fortsette til jul', author_id: nurse.id,
  }).execute();

  const hidden = await buildChild(db, tenant.id, { givenName: 'Ola', familyName: 'Skjult', unitId: school.id, addressProtection: 'fortrolig' });
  f.protectedCaseId = (await buildCase(db, tenant.id, { childId: hidden.id, owningUnitId: school.id, holderId: holder.id })).id;
});
afterAll(() => t.close());

const exportPdf = (headers: H, caseId: string) => t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/export.pdf`, headers });

describe('the whole case as PDF for the pupil’s file', () => {
  it('holds the child, the unit, levels, holders, members, consents, the plan and every log entry with its corrections', async () => {
    const r = await exportPdf(f.holder, f.caseId);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="sak-${f.caseId}.pdf"`);
    const text = pdfText(r.rawPayload);
    for (const s of [
      'BTI-sak (stafettlogg)', 'Åse Lunde', 'Testveien 1', 'Mor Lunde', 'Lia skole', 'Nivåhistorikk', 'Fra Nivå 1 til Nivå 2', 'Helsestasjonen trekkes inn',
      'Stafettholdere', 'Holder Hansen', 'Deltakere', 'Sykepleier Sand', 'Samtykker', 'Helsestasjonen', 'Samarbeid om',
      'Handlingsplan', 'Mål 1: Åse trives på skolen', 'Samtaler med helsesykepleier hver uke', 'Delvis nådd', 'Samtalene hjelper',
      'Logg', 'Samarbeidsmøte om tiltak', 'Til stede: Mor, lærer, helsesykepleier', 'Rettelse', 'Møtet var tirsdag, ikke mandag',
      'Vi ønsker tett kontakt', 'Mor Lunde (foresatt)',
    ]) {
      expect(text).toContain(s);
    }
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', f.caseId).execute();
    expect(audit.map((a) => a.action)).toContain('case.export_pdf');
  });

  it('is open to staff who may read the case (a consented member, the unit’s resource person), and to no one else', async () => {
    expect((await exportPdf(f.nurse, f.caseId)).statusCode).toBe(200);
    expect((await exportPdf(f.resource, f.caseId)).statusCode).toBe(200);
    expect((await exportPdf(f.colleague, f.caseId)).statusCode).toBe(404);
    expect((await exportPdf(f.foreign, f.caseId)).statusCode).toBe(404);
    const resident = await residentHeaders(t.database.db, f.guardianNationalId);
    expect((await exportPdf(resident, f.caseId)).statusCode).toBe(404);
  });

  it('never prints a protected address', async () => {
    const text = pdfText((await exportPdf(f.holder, f.protectedCaseId)).rawPayload);
    expect(text).toContain('Ola Skjult');
    expect(text).toContain('Adresse sperret');
    for (const leak of ['Testveien', 'Testby', '0001']) expect(text).not.toContain(leak);
  });
});
