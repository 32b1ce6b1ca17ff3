import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/server/config.js';
import { buildApp, type App } from '../../src/server/app.js';
import type { DatabaseHandle } from '../../src/server/platform/db/database.js';
import { createTestDatabase } from '../helpers/database.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent, residentHeaders } from '../helpers/case-factories.js';

type Headers = Record<string, string>;
let app: App;
let database: DatabaseHandle;
let logs = '';
const f = {} as {
  teacher: Headers; nurse: Headers; resource: Headers; mother: Headers; contact: Headers; otherTenantStaff: Headers;
  caseId: string; otherCaseId: string; teacherId: string; health: string; tenantId: string;
};

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 2)]);

beforeAll(async () => {
  database = await createTestDatabase();
  const stream = new Writable({ write(chunk, _enc, cb) { logs += chunk.toString(); cb(); } });
  app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'trace' }), database, webRoot: '/nonexistent', logStream: stream });
  await app.ready();
  const db = database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id);
  const health = await buildUnit(db, tenant.id, { type: 'health_centre' });
  const teacher = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const nurse = await buildUser(db, tenant.id, { units: [[health.id, 'employee']] });
  const child = await buildChild(db, tenant.id, { unitId: school.id });
  const mother = await buildGuardian(db, tenant.id, child.id);
  const contact = await buildGuardian(db, tenant.id, child.id, { parentalResponsibility: false });
  const other = await buildTenant(db);
  const foreignUnit = await buildUnit(db, other.id);
  Object.assign(f, {
    tenantId: tenant.id, teacherId: teacher.id, health: health.id,
    teacher: await sessionHeaders(db, teacher),
    nurse: await sessionHeaders(db, nurse),
    resource: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'resource_person']] })),
    mother: await residentHeaders(db, mother.national_id),
    contact: await residentHeaders(db, contact.national_id),
    otherTenantStaff: await sessionHeaders(db, await buildUser(db, other.id, { units: [[foreignUnit.id, 'leader']] })),
    caseId: (await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: teacher.id, memberIds: [nurse.id] })).id,
    otherCaseId: (await buildCase(db, tenant.id, { childId: (await buildChild(db, tenant.id, { unitId: school.id })).id, owningUnitId: school.id, holderId: teacher.id })).id,
  });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const upload = (headers: Headers, body: Buffer, contentType: string, fileName?: string, caseId = f.caseId) =>
  app.inject({
    method: 'POST', url: `/api/cases/${caseId}/documents`, payload: body,
    headers: { ...headers, 'content-type': contentType, ...(fileName === undefined ? {} : { 'x-file-name': fileName }) },
  });
const download = (headers: Headers, documentId: string, caseId = f.caseId) => app.inject({ url: `/api/cases/${caseId}/documents/${documentId}`, headers });
const documentCount = async () =>
  Number((await database.db.selectFrom('case_documents').select(database.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

describe('scanned forms', () => {
  it('stores a PDF and hands it back as an attachment with its type, name and bytes', async () => {
    const name = 'Samtykke Ærlig Øyvind.pdf';
    const r = await upload(f.teacher, PDF, 'application/pdf', encodeURIComponent(name));
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ fileName: name, contentType: 'application/pdf', sizeBytes: PDF.length });
    const d = await download(f.teacher, r.json().id);
    expect(d.statusCode).toBe(200);
    expect(d.headers['content-type']).toBe('application/pdf');
    expect(d.headers['content-disposition']).toBe(`attachment; filename="Samtykke _rlig _yvind.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(d.headers['x-content-type-options']).toBe('nosniff');
    expect(d.rawPayload.equals(PDF)).toBe(true);
    // The file name is personal data of a kind: never in the logs.
    expect(logs).toContain('/api/cases/:id/documents');
    expect(logs).not.toContain('Øyvind');
    expect(logs).not.toContain(encodeURIComponent('Øyvind'));
    const audit = await database.db.selectFrom('audit_log').select('action').where('entity_id', '=', r.json().id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['document.upload', 'document.read']);
  });

  it('accepts PNG and JPEG, and names a nameless file', async () => {
    const png = await upload(f.teacher, PNG, 'image/png');
    expect(png.json()).toMatchObject({ fileName: 'skjema.png', contentType: 'image/png' });
    const jpeg = await upload(f.teacher, JPEG, 'image/jpeg', '../../etc/skann.jpg');
    expect(jpeg.json()).toMatchObject({ fileName: 'skann.jpg', contentType: 'image/jpeg' });
    expect((await download(f.teacher, jpeg.json().id)).headers['content-type']).toBe('image/jpeg');
  });

  it('refuses a file whose bytes are not its declared type, other types, and files over 10 MB, storing nothing', async () => {
    const before = await documentCount();
    const mismatch = await upload(f.teacher, PNG, 'application/pdf', 'x.pdf');
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.code).toBe('content_mismatch');
    expect((await upload(f.teacher, Buffer.from('<html>'), 'image/jpeg')).statusCode).toBe(400);
    expect((await upload(f.teacher, Buffer.alloc(0), 'application/pdf')).statusCode).toBe(400);
    const html = await upload(f.teacher, Buffer.from('<script>'), 'text/html');
    expect(html.statusCode).toBe(415);
    expect((await upload(f.teacher, Buffer.from('{}'), 'application/json')).statusCode).toBe(415);
    const big = await upload(f.teacher, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 'application/pdf');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('body_too_large');
    expect(await documentCount()).toBe(before);
  });

  it('lets only staff who may write the case upload, and only those who may read it download', async () => {
    expect((await upload(f.resource, PDF, 'application/pdf')).statusCode).toBe(403);
    expect((await upload(f.nurse, PDF, 'application/pdf')).statusCode).toBe(404);
    expect((await upload(f.mother, PDF, 'application/pdf')).statusCode).toBe(404);
    expect((await upload(f.otherTenantStaff, PDF, 'application/pdf')).statusCode).toBe(404);
    expect((await upload({}, PDF, 'application/pdf')).statusCode).toBe(401);
    const doc = (await upload(f.teacher, PDF, 'application/pdf', 'form.pdf')).json().id as string;
    expect((await download(f.resource, doc)).statusCode).toBe(200);
    expect((await download(f.mother, doc)).statusCode).toBe(200);
    expect((await download(f.contact, doc)).statusCode).toBe(404);
    expect((await download(f.otherTenantStaff, doc)).statusCode).toBe(404);
    expect((await download(f.nurse, doc)).statusCode).toBe(404);
    await buildConsent(database.db, f.tenantId, { caseId: f.caseId, recordedBy: f.teacherId, unitIds: [f.health] });
    expect((await download(f.nurse, doc)).statusCode).toBe(200);
    // A document is reached only through its own case.
    expect((await download(f.teacher, doc, f.otherCaseId)).statusCode).toBe(404);
  });

  it('attaches a form to a consent only on the same case', async () => {
    const doc = (await upload(f.teacher, PDF, 'application/pdf', 'samtykke.pdf', f.otherCaseId)).json().id as string;
    const body = { decision: 'given', youngPerson: false, unitIds: [f.health], purpose: 'Samarbeid', validFrom: todayInNorway(), validTo: todayInNorway(), documentId: doc, childView: 'Greit for meg' };
    const guardianIds = (await database.db.selectFrom('child_guardians').innerJoin('cases', 'cases.child_id', 'child_guardians.child_id')
      .select('guardian_id').where('cases.id', '=', f.caseId).where('parental_responsibility', '=', true).execute()).map((g) => g.guardian_id);
    const wrongCase = await app.inject({ method: 'POST', url: `/api/cases/${f.caseId}/consents`, headers: f.teacher, payload: { ...body, guardianIds } });
    expect(wrongCase.statusCode).toBe(400);
    expect(wrongCase.json().error.fields.map((p: { path: string }) => p.path)).toContain('documentId');
    const own = (await upload(f.teacher, PDF, 'application/pdf', 'samtykke.pdf')).json().id as string;
    const ok = await app.inject({ method: 'POST', url: `/api/cases/${f.caseId}/consents`, headers: f.teacher, payload: { ...body, guardianIds, documentId: own } });
    expect(ok.statusCode).toBe(201);
    const listed = (await app.inject({ url: `/api/cases/${f.caseId}/consents`, headers: f.mother })).json();
    expect(listed.items.find((k: { id: string }) => k.id === ok.json().id).document).toEqual({
      id: own, fileName: 'samtykke.pdf', contentType: 'application/pdf', sizeBytes: PDF.length,
    });
  });
});
