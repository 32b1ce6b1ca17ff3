import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, type TestContext } from './app.js';
import { buildTenant, buildUser, sessionHeaders } from './factories.js';
import type { DocumentVersion } from '../../src/contracts/library.js';

type Headers = Record<string, string>;

/**
 * One app per test file with a coordinator in one tenant, and the document routes driven as that
 * coordinator. Call it at the top of the file: it registers its own beforeAll and afterAll, and `t`
 * and `f` are filled in before the first test runs.
 */
export function libraryTestApp() {
  const t = {} as TestContext;
  const f = {} as { coordinator: Headers; coordinatorId: string; tenantId: string };

  beforeAll(async () => {
    Object.assign(t, await createTestApp());
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const coordinator = await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
    Object.assign(f, { tenantId: tenant.id, coordinatorId: coordinator.id, coordinator: await sessionHeaders(db, coordinator) });
  });
  afterAll(() => t.close());

  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers = f.coordinator) =>
    t.app.inject({ method, url: `/api/content/documents${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  let slugs = 0;
  const create = async (over: Record<string, unknown> = {}) => {
    const r = await api('POST', '', { slug: `rutine-${++slugs}`, kind: 'routine', title: 'Rutine for samarbeid', summary: 'Kort', body: 'Tekst v1', ownerId: null, reviewDue: null, ...over });
    expect(r.statusCode).toBe(201);
    return r.json();
  };
  const draftOf = (doc: { versions: DocumentVersion[] }) => doc.versions.find((v) => v.status === 'draft')!;
  const publish = (docId: string, v: { id: string; version: number }) => api('POST', `/${docId}/versions/${v.id}/publish`, { version: v.version });
  const upload = (docId: string, versionId: string, body: Buffer, contentType: string, fileName?: string) =>
    t.app.inject({
      method: 'PUT', url: `/api/content/documents/${docId}/versions/${versionId}/file`, payload: body,
      headers: { ...f.coordinator, 'content-type': contentType, ...(fileName === undefined ? {} : { 'x-file-name': fileName }) },
    });
  const fileOfVersion = async (versionId: string) =>
    t.database.db.selectFrom('document_versions').select(['file_name', 'file_size', 'status', 'version']).where('id', '=', versionId).executeTakeFirstOrThrow();

  return { t, f, api, create, draftOf, publish, upload, fileOfVersion };
}
