import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';

/**
 * Levels 2 and 3 presuppose another service (issue 9). Without one — no member from another unit,
 * no consent covering another service — the municipality's setting decides: warn (the move is
 * accepted with its reason, and the log notes it) or require (refused until a consent covers one).
 */
type H = Record<string, string>;
let t: TestContext;
const f = {} as { holder: H; admin: H; tenantId: string; schoolId: string; healthId: string; childId: string; guardianId: string; holderId: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const holder = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const child = await buildChild(db, tenant.id, { unitId: school.id });
  const guardian = await buildGuardian(db, tenant.id, child.id);
  Object.assign(f, {
    holder: await sessionHeaders(db, holder), admin: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] })),
    tenantId: tenant.id, schoolId: school.id, healthId: health.id, childId: child.id, guardianId: guardian.id, holderId: holder.id,
  });
});
afterAll(() => t.close());

const newCase = async () => (await buildCase(t.database.db, f.tenantId, { childId: f.childId, owningUnitId: f.schoolId, holderId: f.holderId })).id;
const getCase = async (id: string) => (await t.app.inject({ url: `/api/cases/${id}`, headers: f.holder })).json();
const moveTo = async (id: string, level: number) =>
  t.app.inject({ method: 'POST', url: `/api/cases/${id}/level`, headers: f.holder, payload: { level, reason: 'Trenger mer hjelp', version: (await getCase(id)).version } });
const setRule = (levelWithoutOtherService: unknown) =>
  t.app.inject({ method: 'PATCH', url: '/api/admin/tenant', headers: f.admin, payload: { levelWithoutOtherService } });

describe('level 2 or 3 without another service', () => {
  it('by default (warn) is accepted with its reason; the case says no other service is involved, and the log notes it', async () => {
    const id = await newCase();
    expect(await getCase(id)).toMatchObject({ otherServiceInvolved: false, levelWithoutOtherService: 'warn' });
    expect((await moveTo(id, 2)).statusCode).toBe(200);
    const entry = await t.database.db.selectFrom('case_entries').select(['payload', 'body']).where('case_id', '=', id).where('kind', '=', 'level_change').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ body: 'Trenger mer hjelp', payload: { from: 1, to: 2, withoutOtherService: true } });
  });
  it('with require, is refused on the level field until a consent covers another service; level 1 moves are untouched', async () => {
    expect((await setRule('require')).statusCode).toBe(200);
    const id = await newCase();
    const refused = await moveTo(id, 3);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([expect.objectContaining({ path: 'level', code: 'needs_other_service' })]);
    expect((await getCase(id)).level).toBe(1);
    const consent = await t.app.inject({
      method: 'POST', url: `/api/cases/${id}/consents`, headers: f.holder,
      payload: {
        decision: 'given', guardianIds: [f.guardianId], unitIds: [f.healthId], purpose: 'Samarbeid med helsestasjonen',
        validFrom: todayInNorway(), validTo: '2099-12-31', childView: 'Greit',
      },
    });
    expect(consent.statusCode).toBe(201);
    expect((await getCase(id)).otherServiceInvolved).toBe(true);
    expect((await moveTo(id, 3)).statusCode).toBe(200);
    const entry = await t.database.db.selectFrom('case_entries').select('payload').where('case_id', '=', id).where('kind', '=', 'level_change').executeTakeFirstOrThrow();
    expect(entry.payload).toEqual({ from: 1, to: 3 });
    expect((await moveTo(id, 1)).statusCode).toBe(200);
  });
  it('with require, a case cannot open at level 2 (from a concern or directly): it opens at level 1 and moves up with a consent', async () => {
    const db = t.database.db;
    const child = await buildChild(db, f.tenantId, { unitId: f.schoolId, birthDate: '2013-03-03' });
    const concern = await t.app.inject({
      method: 'POST', url: '/api/concerns', headers: f.holder,
      payload: { childId: child.id, unitId: f.schoolId, observedOn: todayInNorway(), observation: 'Trenger mer hjelp', concernScale: 3 },
    });
    const decide = (level: number) => t.app.inject({
      method: 'POST', url: `/api/concerns/${concern.json().id}/decision`, headers: f.holder,
      payload: { decision: 'open_case', level, reason: 'Flere tjenester trengs', version: 1 },
    });
    const refused = await decide(2);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([expect.objectContaining({ path: 'level', code: 'needs_other_service' })]);
    expect(await db.selectFrom('cases').select('id').where('child_id', '=', child.id).execute()).toHaveLength(0);
    const direct = await t.app.inject({ method: 'POST', url: '/api/cases', headers: f.holder, payload: { childId: child.id, owningUnitId: f.schoolId, level: 3, reason: 'x' } });
    expect(direct.statusCode).toBe(400);
    expect((await decide(1)).statusCode).toBe(200);
  });
  it('refuses an unknown rule and a hearing age out of range with field-level 400s, changing nothing', async () => {
    const bad = await setRule('sometimes');
    expect(bad.statusCode).toBe(400);
    const age = await t.app.inject({ method: 'PATCH', url: '/api/admin/tenant', headers: f.admin, payload: { childHearingAge: 19 } });
    expect(age.statusCode).toBe(400);
    const tenant = (await t.app.inject({ url: '/api/admin/tenant', headers: f.admin })).json();
    expect(tenant).toMatchObject({ levelWithoutOtherService: 'require', childHearingAge: 7 });
  });
});
