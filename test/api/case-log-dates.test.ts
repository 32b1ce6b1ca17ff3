import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase } from '../helpers/case-factories.js';
import { pdfText } from '../helpers/pdf.js';
import { addDays, todayInNorway } from '../../src/server/platform/text/dates.js';

/**
 * Log entries the server writes keep their dates as data (issue 9): a consent's period and an
 * evaluation's next date are in the payload, not in the text, so the page and the PDF put them
 * in the reader's language and date format.
 */
type H = Record<string, string>;
let t: TestContext;
const f = {} as { holder: H; caseId: string; guardianId: string; healthId: string };
const today = todayInNorway();
const norwegian = (iso: string) => iso.split('-').reverse().join('.');

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id);
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const holder = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const child = await buildChild(db, tenant.id, { unitId: school.id });
  const guardian = await buildGuardian(db, tenant.id, child.id);
  Object.assign(f, {
    holder: await sessionHeaders(db, holder), guardianId: guardian.id, healthId: health.id,
    caseId: (await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: holder.id })).id,
  });
});
afterAll(() => t.close());

const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/cases/${f.caseId}${url}`, headers: f.holder, payload });
const entries = async () => (await t.app.inject({ url: `/api/cases/${f.caseId}/entries`, headers: f.holder })).json().items as
  { kind: string; body: string; payload: Record<string, unknown> }[];

describe('dates in server-written log entries', () => {
  it('stores a consent’s period and an evaluation’s next date as data, never in the text; the PDF writes them in Norwegian', async () => {
    const validTo = addDays(today, 365);
    const consent = await post('/consents', {
      decision: 'given', guardianIds: [f.guardianId], unitIds: [f.healthId], purpose: 'Samarbeid om trivsel',
      validFrom: today, validTo, childView: 'Greit',
    });
    expect(consent.statusCode).toBe(201);
    expect((await post(`/consents/${consent.json().id}/withdraw`, { reason: 'Familien ønsker pause' })).statusCode).toBe(200);
    const goal = (await post('/goals', { description: 'Trives' })).json();
    const measure = (await post('/measures', {
      goalId: goal.id, description: 'Samtaler', responsibleParty: 'child', startOn: today, evaluationDue: addDays(today, 30),
    })).json();
    const next = addDays(today, 60);
    expect((await post(`/measures/${measure.id}/evaluations`, { evaluatedOn: today, outcome: 'partly', learned: 'Litt bedre', nextEvaluationDue: next })).statusCode).toBe(200);

    const log = await entries();
    const given = log.find((e) => e.kind === 'consent_event' && e.payload.event === 'given')!;
    expect(given).toMatchObject({ body: 'Samarbeid om trivsel', payload: { validFrom: today, validTo } });
    const withdrawn = log.find((e) => e.kind === 'consent_event' && e.payload.event === 'withdrawn')!;
    expect(withdrawn.body).toBe('Familien ønsker pause');
    const evaluation = log.find((e) => e.kind === 'evaluation')!;
    expect(evaluation.payload.nextEvaluationDue).toBe(next);
    for (const e of log) expect(e.body, e.kind).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const text = pdfText((await t.app.inject({ url: `/api/cases/${f.caseId}/export.pdf`, headers: f.holder })).rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain(`Samtykke ble gitt for ${norwegian(today)}–${norwegian(validTo)}.`);
    expect(text).toContain('Samtykke ble trukket tilbake.');
    expect(text).toContain(`Neste evaluering ${norwegian(next)}.`);
  });
});
