import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { residentHeaders } from '../helpers/case-factories.js';
import type { DocumentDetail } from '../../src/contracts/library.js';

type Headers = Record<string, string>;
let t: TestContext;
const f = {} as {
  coordinator: Headers; coordinatorId: string; tenantId: string; doc: DocumentDetail;
  others: Record<'leader' | 'employee' | 'analyst' | 'admin' | 'resident' | 'otherTenantCoordinator' | 'nobody', Headers>;
};
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(500, 0x20)]);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const unit = await buildUnit(db, tenant.id);
  const coordinator = await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
  const child = await buildChild(db, tenant.id, { unitId: unit.id });
  const guardian = await buildGuardian(db, tenant.id, child.id);
  const other = await buildTenant(db);
  const headers = (u: { id: string; tenant_id: string }) => sessionHeaders(db, u);
  Object.assign(f, {
    tenantId: tenant.id, coordinatorId: coordinator.id, coordinator: await headers(coordinator),
    others: {
      leader: await headers(await buildUser(db, tenant.id, { units: [[unit.id, 'leader']] })),
      employee: await headers(await buildUser(db, tenant.id, { units: [[unit.id, 'employee']] })),
      analyst: await headers(await buildUser(db, tenant.id, { municipalRoles: ['analyst'] })),
      admin: await headers(await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] })),
      resident: await residentHeaders(db, guardian.national_id),
      otherTenantCoordinator: await headers(await buildUser(db, other.id, { municipalRoles: ['municipal_coordinator'] })),
      nobody: {},
    },
  });
  const created = await t.app.inject({
    method: 'POST', url: '/api/content/documents', headers: f.coordinator,
    payload: { slug: 'ressursteam', kind: 'plan', title: 'Ressursteam', body: 'Mandat', ownerId: coordinator.id, reviewDue: '2030-06-01' },
  });
  expect(created.statusCode).toBe(201);
  f.doc = created.json();
});
afterAll(() => t.close());

const auditOf = (entityIds: string[]) =>
  t.database.db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id', 'actor_user_id', 'child_id'])
    .where('entity_id', 'in', entityIds).orderBy('seq').execute();

describe('who edits the library', () => {
  it('gives everyone but coordinators of the tenant an empty list and «not found» for every editor route', async () => {
    const doc = f.doc;
    const draft = doc.versions[0]!;
    const base = `/api/content/documents/${doc.id}`;
    for (const [who, headers] of Object.entries(f.others)) {
      const list = await t.app.inject({ url: '/api/content/documents', headers });
      if (who === 'nobody') expect(list.statusCode, who).toBe(401);
      else if (who === 'resident') expect(list.statusCode, who).toBe(404);
      else expect(list.json(), who).toEqual({ items: [], nextCursor: null });
      const expected = who === 'nobody' ? 401 : 404;
      const calls = [
        t.app.inject({ url: base, headers }),
        t.app.inject({ method: 'POST', url: '/api/content/documents', headers, payload: { slug: `x-${who.toLowerCase()}`, kind: 'plan', title: 'Plan', ownerId: null, reviewDue: null } }),
        t.app.inject({ method: 'PATCH', url: base, headers, payload: { archived: true, version: doc.version } }),
        t.app.inject({ method: 'POST', url: `${base}/versions`, headers, payload: { title: 'Ny' } }),
        t.app.inject({ method: 'PUT', url: `${base}/versions/${draft.id}`, headers, payload: { title: 'Endret', version: draft.version } }),
        t.app.inject({ method: 'PUT', url: `${base}/versions/${draft.id}/file`, headers: { ...headers, 'content-type': 'application/pdf' }, payload: PDF }),
        t.app.inject({ url: `${base}/versions/${draft.id}/file`, headers }),
        t.app.inject({ method: 'DELETE', url: `${base}/versions/${draft.id}/file`, headers }),
        t.app.inject({ method: 'POST', url: `${base}/versions/${draft.id}/publish`, headers, payload: { version: draft.version } }),
      ];
      const statuses = (await Promise.all(calls)).map((r) => r.statusCode);
      // Another municipality's coordinator creates documents in their own library, never in this one.
      expect([who, statuses], who).toEqual([who, statuses.map((_, i) => (who === 'otherTenantCoordinator' && i === 1 ? 201 : expected))]);
    }
    // Nothing changed and nothing was audited for them.
    const now = (await t.app.inject({ url: base, headers: f.coordinator })).json();
    expect(now).toEqual(doc);
    expect((await auditOf([doc.id, draft.id])).map((a) => a.action)).toEqual(['document.create', 'document_version.create']);
  });

  it('audits every change by the coordinator in the same transaction, without a child', async () => {
    const api = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, headers: Headers = f.coordinator) =>
      t.app.inject({ method, url: `/api/content/documents${url}`, headers, ...(payload ? { payload } : {}) });
    const created = (await api('POST', '', { slug: 'samba-mandat', kind: 'guideline', title: 'SAMBA-mandat', ownerId: null, reviewDue: null })).json();
    const v1 = created.versions[0];
    const edited = (await api('PUT', `/${created.id}/versions/${v1.id}`, { title: 'SAMBA-mandat', body: 'Tekst', version: v1.version })).json();
    const uploaded = (await t.app.inject({
      method: 'PUT', url: `/api/content/documents/${created.id}/versions/${v1.id}/file`, payload: PDF,
      headers: { ...f.coordinator, 'content-type': 'application/pdf', 'x-file-name': 'mandat.pdf', 'if-match': `"${edited.versions[0].version}"` },
    })).json();
    const removed = (await t.app.inject({
      method: 'DELETE', url: `/api/content/documents/${created.id}/versions/${v1.id}/file`,
      headers: { ...f.coordinator, 'if-match': String(uploaded.versions[0].version) },
    })).json();
    await api('POST', `/${created.id}/versions/${v1.id}/publish`, { version: removed.versions[0].version });
    const v2 = (await api('POST', `/${created.id}/versions`, { title: 'SAMBA-mandat 2', body: 'Ny' })).json().versions[0];
    const patched = (await api('PATCH', `/${created.id}`, { reviewDue: '2031-01-01', version: created.version })).json();
    await api('PATCH', `/${created.id}`, { archived: true, version: patched.version });
    // A refused change writes no audit entry.
    expect((await api('POST', `/${created.id}/versions`, { title: 'Nei' })).statusCode).toBe(409);

    const rows = await auditOf([created.id, v1.id, v2.id]);
    expect(rows.map((r) => [r.action, r.entity_type, r.entity_id])).toEqual([
      ['document.create', 'document', created.id],
      ['document_version.create', 'document_version', v1.id],
      ['document_version.update', 'document_version', v1.id],
      ['document_version.file_upload', 'document_version', v1.id],
      ['document_version.file_delete', 'document_version', v1.id],
      ['document_version.publish', 'document_version', v1.id],
      ['document_version.create', 'document_version', v2.id],
      ['document.update', 'document', created.id],
      ['document.archive', 'document', created.id],
    ]);
    expect(rows.every((r) => r.actor_user_id === f.coordinatorId && r.child_id === null)).toBe(true);
  });

  it('lists the owners a document may have — the tenant\'s active coordinators by name — to coordinators only', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const unit = await buildUnit(db, tenant.id);
    const coordinator = (name: string, over: { active?: boolean } = {}) => buildUser(db, tenant.id, { name, municipalRoles: ['municipal_coordinator'], ...over });
    const [aase, oystein, anne] = [await coordinator('Åse Berg'), await coordinator('Øystein Dahl'), await coordinator('anne Aas')];
    await coordinator('Bjørn Inaktiv', { active: false });
    await buildUser(db, tenant.id, { name: 'Berit Leder', units: [[unit.id, 'leader']], municipalRoles: ['analyst'] });
    await buildUser(db, (await buildTenant(db)).id, { name: 'Arne Annen', municipalRoles: ['municipal_coordinator'] });
    const res = await t.app.inject({ url: '/api/content/documents/owners', headers: await sessionHeaders(db, anne) });
    expect(res.statusCode).toBe(200);
    // Norwegian order: æ, ø, å after z.
    expect(res.json()).toEqual({ items: [anne, oystein, aase].map((u) => ({ id: u.id, name: u.name })) });
    for (const [who, headers] of Object.entries(f.others).filter(([who]) => who !== 'otherTenantCoordinator')) {
      expect([who, (await t.app.inject({ url: '/api/content/documents/owners', headers })).statusCode]).toEqual([who, who === 'nobody' ? 401 : 404]);
    }
    const other = (await t.app.inject({ url: '/api/content/documents/owners', headers: f.others.otherTenantCoordinator })).json();
    expect(other.items.map((u: { id: string }) => u.id)).not.toContain(f.coordinatorId);
  });

  it('does not show one tenant\'s documents to another tenant\'s coordinator', async () => {
    const list = (await t.app.inject({ url: '/api/content/documents', headers: f.others.otherTenantCoordinator })).json();
    expect(list.items.map((d: { id: string }) => d.id)).not.toContain(f.doc.id);
    const mine = (await t.app.inject({ url: '/api/content/documents', headers: f.coordinator })).json();
    expect(mine.items.map((d: { id: string }) => d.id)).toContain(f.doc.id);
  });
});
