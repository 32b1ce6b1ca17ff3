import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';

let t: TestContext;
const f = {} as {
  tenantId: string;
  number: string;
  otherTenantId: string;
  admin: Record<string, string>;
  employee: Record<string, string>;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db, { name: 'Skien kommune', municipalityNumber: '3807' });
  f.tenantId = tenant.id;
  f.number = tenant.municipality_number;
  const unit = await buildUnit(db, tenant.id);
  f.admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
  f.employee = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'leader']], municipalRoles: ['municipal_coordinator'] }));
  f.otherTenantId = (await buildTenant(db, { name: 'Porsgrunn kommune', municipalityNumber: '3806' })).id;
});
afterAll(() => t.close());

const caseWorkDefaults = {
  concernDecisionDays: 14, youngPersonAge: 15, consentWarningDays: 30, concernSignals: [], childHearingAge: 7, levelWithoutOtherService: 'warn',
  mainLanguage: 'nb',
};

const tenantRow = (id: string) =>
  t.database.db.selectFrom('tenants').select(['municipality_number', 'name', 'accessibility_statement_url']).where('id', '=', id).executeTakeFirstOrThrow();
const auditCount = async () =>
  Number((await t.database.db.selectFrom('audit_log').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
const patch = (headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: 'PATCH', url: '/api/admin/tenant', headers, payload });

describe('the municipality (tenant)', () => {
  it('shows the administrator their own municipality', async () => {
    const r = await t.app.inject({ url: '/api/admin/tenant', headers: f.admin });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ id: f.tenantId, municipalityNumber: '3807', name: 'Skien kommune', accessibilityStatementUrl: null, ...caseWorkDefaults });
  });

  it('answers 404 to staff without the administrator role, reading or writing, and writes nothing', async () => {
    const before = await auditCount();
    expect((await t.app.inject({ url: '/api/admin/tenant', headers: f.employee })).statusCode).toBe(404);
    const r = await patch(f.employee, { name: 'Kapret kommune' });
    expect(r.statusCode).toBe(404);
    expect((await tenantRow(f.tenantId)).name).toBe('Skien kommune');
    expect(await auditCount()).toBe(before);
  });

  it('renames and sets the accessibility statement, audited, and clears it again with null', async () => {
    const before = await auditCount();
    const url = 'https://uustatus.no/nb/erklaringer/publisert/0000-skien';
    const r = await patch(f.admin, { name: '  Skien kommune (test)  ', accessibilityStatementUrl: url });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ id: f.tenantId, municipalityNumber: '3807', name: 'Skien kommune (test)', accessibilityStatementUrl: url, ...caseWorkDefaults });
    expect(await tenantRow(f.tenantId)).toEqual({ municipality_number: '3807', name: 'Skien kommune (test)', accessibility_statement_url: url });
    const entry = await t.database.db
      .selectFrom('audit_log').select(['action', 'entity_type', 'entity_id'])
      .where('tenant_id', '=', f.tenantId).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(entry).toEqual({ action: 'tenant.update', entity_type: 'tenant', entity_id: f.tenantId });
    expect(await auditCount()).toBe(before + 1);

    // A field left out stays as it is; null clears the address.
    const cleared = await patch(f.admin, { accessibilityStatementUrl: null });
    expect(cleared.json()).toMatchObject({ name: 'Skien kommune (test)', accessibilityStatementUrl: null });
    expect((await t.app.inject({ url: '/api/admin/tenant', headers: f.admin })).json().accessibilityStatementUrl).toBeNull();
  });

  it.each([
    ['plain http', 'http://uustatus.no/erklaring'],
    ['a script address', 'javascript:alert(1)'],
    ['no host', 'https://'],
    ['not an address', 'uustatus.no'],
  ])('refuses %s as the statement address on its field, writing nothing', async (_, value) => {
    const before = { row: await tenantRow(f.tenantId), audit: await auditCount() };
    const r = await patch(f.admin, { name: 'Endret kommune', accessibilityStatementUrl: value });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('validation_failed');
    expect(r.json().error.fields.map((p: { path: string }) => p.path)).toContain('body.accessibilityStatementUrl');
    expect(await tenantRow(f.tenantId)).toEqual(before.row);
    expect(await auditCount()).toBe(before.audit);
  });

  it('refuses an empty or too long name, and any attempt to change the municipality number', async () => {
    const before = await tenantRow(f.tenantId);
    const empty = await patch(f.admin, { name: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].path).toBe('body.name');
    expect((await patch(f.admin, { name: 'x'.repeat(201) })).statusCode).toBe(400);
    const renumber = await patch(f.admin, { municipalityNumber: '9999' });
    expect(renumber.statusCode).toBe(400);
    expect(renumber.json().error.fields[0].path).toBe('body.municipalityNumber');
    expect(await tenantRow(f.tenantId)).toEqual(before);
  });

  it('never touches another municipality', async () => {
    const before = await tenantRow(f.otherTenantId);
    expect((await patch(f.admin, { name: 'Skien kommune' })).statusCode).toBe(200);
    expect(await tenantRow(f.otherTenantId)).toEqual(before);
  });
});
