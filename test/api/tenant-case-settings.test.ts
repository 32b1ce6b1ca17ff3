import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';

/** The municipality's case-work settings (issue 3) through the tenant settings API. */
let t: TestContext;
const f = {} as { tenantId: string; admin: Record<string, string>; leader: Record<string, string> };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  f.tenantId = tenant.id;
  const unit = await buildUnit(db, tenant.id);
  f.admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
  f.leader = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'leader']] }));
});
afterAll(() => t.close());

const patch = (headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: 'PATCH', url: '/api/admin/tenant', headers, payload });
const settingsRow = () =>
  t.database.db
    .selectFrom('tenants')
    .select(['concern_decision_days', 'young_person_age', 'consent_warning_days', 'concern_signals'])
    .where('id', '=', f.tenantId)
    .executeTakeFirstOrThrow();
const fieldPaths = (body: { error: { fields: { path: string }[] } }) => body.error.fields.map((x) => x.path).sort();

describe('case-work settings of the municipality', () => {
  it('saves the deadline, the young person age, the consent warning and the signals, trimmed, and the form reads them', async () => {
    const r = await patch(f.admin, {
      concernDecisionDays: 10, youngPersonAge: 16, consentWarningDays: 45, concernSignals: ['  Høyt fravær ', 'Endret atferd'],
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ concernDecisionDays: 10, youngPersonAge: 16, consentWarningDays: 45, concernSignals: ['Høyt fravær', 'Endret atferd'] });
    expect(await settingsRow()).toEqual({
      concern_decision_days: 10, young_person_age: 16, consent_warning_days: 45, concern_signals: ['Høyt fravær', 'Endret atferd'],
    });
    const form = await t.app.inject({ url: '/api/concern-settings', headers: f.leader });
    expect(form.json()).toEqual({ signals: ['Høyt fravær', 'Endret atferd'], decisionDays: 10, youngPersonAge: 16, levelWithoutOtherService: 'warn' });
  });

  it('leaves fields out of the patch as they are', async () => {
    const r = await patch(f.admin, { name: 'Nytt navn' });
    expect(r.statusCode).toBe(200);
    expect((await settingsRow()).concern_decision_days).toBe(10);
  });

  it('refuses out-of-range values field by field and writes nothing', async () => {
    const before = await settingsRow();
    const r = await patch(f.admin, { concernDecisionDays: 0, youngPersonAge: 17, consentWarningDays: 181 });
    expect(r.statusCode).toBe(400);
    expect(fieldPaths(r.json())).toEqual(['body.concernDecisionDays', 'body.consentWarningDays', 'body.youngPersonAge']);
    expect(await settingsRow()).toEqual(before);
  });

  it('refuses more than 30 signals, an empty or too long one, and the same signal twice', async () => {
    const tooMany = await patch(f.admin, { concernSignals: Array.from({ length: 31 }, (_, i) => `Signal ${i}`) });
    expect(tooMany.statusCode).toBe(400);
    expect(fieldPaths(tooMany.json())).toEqual(['body.concernSignals']);
    const bad = await patch(f.admin, { concernSignals: ['  ', 'x'.repeat(81)] });
    expect(fieldPaths(bad.json())).toEqual(['body.concernSignals.0', 'body.concernSignals.1']);
    const twice = await patch(f.admin, { concernSignals: ['Rus', 'rus '] });
    expect(twice.statusCode).toBe(400);
    expect(fieldPaths(twice.json())).toEqual(['body.concernSignals']);
    expect((await settingsRow()).concern_signals).toEqual(['Høyt fravær', 'Endret atferd']);
  });

  it('an empty list gives the form Samla’s default signals', async () => {
    expect((await patch(f.admin, { concernSignals: [] })).statusCode).toBe(200);
    const form = await t.app.inject({ url: '/api/concern-settings', headers: f.leader });
    expect(form.json().signals.length).toBeGreaterThanOrEqual(8);
  });

  it('lets only the administrator change them', async () => {
    expect((await patch(f.leader, { concernDecisionDays: 30 })).statusCode).toBe(404);
    expect((await settingsRow()).concern_decision_days).toBe(10);
  });
});
