import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, residentHeaders } from '../helpers/case-factories.js';
import { pdfText } from '../helpers/pdf.js';
import type { Db } from '../../src/server/platform/db/database.js';
import { insertDraftReport } from '../../src/server/features/reports/reports.repository.js';

/** The KS schema as shipped in the repository, validated with ajv draft 2019-09 + ajv-formats. */
const schemaDir = new URL('../../src/server/features/reports/schema/', import.meta.url);
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema(JSON.parse(readFileSync(new URL('adresse.json', schemaDir), 'utf8')), 'https://fiks.ks.no/adresse.json');
const validateFiks = ajv.compile(JSON.parse(readFileSync(new URL('offentlig.bekymringsmelding.v2.json', schemaDir), 'utf8')));


let t: TestContext;
type H = Record<string, string>;
const f = {} as {
  tenantId: string; teacher: H; teacherId: string; leader: H; resource: H; colleague: H; otherUnit: H; foreign: H;
  child: { id: string; national_id: string }; guardianNationalId: string; protectedChild: { id: string; national_id: string };
  concernId: string; protectedConcernId: string; caseId: string; holder: H; closedCaseId: string;
  schoolId: string; healthId: string; healthLeaderId: string; holderId: string;
};

async function buildConcern(db: Db, v: { tenantId: string; childId: string; unitId: string; authorId: string; guardiansNotContacted?: boolean; caseId?: string }) {
  const c = await db.insertInto('concerns').values({
    tenant_id: v.tenantId, child_id: v.childId, unit_id: v.unitId, author_id: v.authorId, observed_on: '2026-11-02',
    observation: 'Barnet hadde blåmerker på armene', concern_scale: 4, signals: JSON.stringify(['Blåmerker', 'Tilbaketrukket']),
    guardians_not_contacted: v.guardiansNotContacted ?? false, decision_due: '2026-11-16', case_id: v.caseId ?? null,
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('concern_steps').values({
    tenant_id: v.tenantId, concern_id: c.id, kind: 'discussion_leader', occurred_on: '2026-11-03', summary: 'Drøftet med rektor', author_id: v.authorId,
  }).execute();
  return c.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db, { name: 'Skien', municipalityNumber: '3807' });
  f.tenantId = tenant.id;
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const teacher = await buildUser(db, tenant.id, { name: 'Lærer Lund', units: [[school.id, 'employee']] });
  f.teacherId = teacher.id;
  f.teacher = await sessionHeaders(db, teacher);
  f.leader = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'leader']] }));
  f.resource = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'resource_person']] }));
  f.colleague = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'employee']] }));
  const healthLeader = await buildUser(db, tenant.id, { units: [[health.id, 'leader']] });
  f.otherUnit = await sessionHeaders(db, healthLeader);
  Object.assign(f, { schoolId: school.id, healthId: health.id, healthLeaderId: healthLeader.id });
  const otherTenant = await buildTenant(db);
  const foreignUnit = await buildUnit(db, otherTenant.id);
  f.foreign = await sessionHeaders(db, await buildUser(db, otherTenant.id, { units: [[foreignUnit.id, 'leader']] }));

  f.child = await buildChild(db, tenant.id, { givenName: 'Åse', familyName: 'Lunde', unitId: school.id });
  const mother = await buildGuardian(db, tenant.id, f.child.id, { name: 'Mor Lunde' });
  f.guardianNationalId = mother.national_id;
  await buildGuardian(db, tenant.id, f.child.id, { name: 'Far Lunde' });
  await buildGuardian(db, tenant.id, f.child.id, { name: 'Kontakt Person', parentalResponsibility: false });
  f.concernId = await buildConcern(db, { tenantId: tenant.id, childId: f.child.id, unitId: school.id, authorId: teacher.id, guardiansNotContacted: true });

  // The child has no protection of its own; a guardian's strictly confidential address protects the household.
  f.protectedChild = await buildChild(db, tenant.id, { givenName: 'Ola', familyName: 'Skjult', unitId: school.id });
  await buildGuardian(db, tenant.id, f.protectedChild.id, { name: 'Skjult Forelder', addressProtection: 'strengt_fortrolig' });
  f.protectedConcernId = await buildConcern(db, { tenantId: tenant.id, childId: f.protectedChild.id, unitId: school.id, authorId: teacher.id });

  const holder = await buildUser(db, tenant.id, { name: 'Holder Hansen', units: [[school.id, 'employee']] });
  f.holder = await sessionHeaders(db, holder);
  f.holderId = holder.id;
  f.caseId = (await buildCase(db, tenant.id, { childId: f.child.id, owningUnitId: school.id, holderId: holder.id })).id;
  f.closedCaseId = (await buildCase(db, tenant.id, { childId: f.child.id, owningUnitId: school.id, holderId: holder.id, status: 'closed' })).id;
});
afterAll(() => t.close());

const post = (headers: H, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers, payload });
const get = (headers: H, url: string) => t.app.inject({ method: 'GET', url, headers });
const put = (headers: H, url: string, payload: object) => t.app.inject({ method: 'PUT', url, headers, payload });

/** What the reporter fills in before sending. */
function completed(content: Record<string, any>): Record<string, any> {
  return {
    ...content,
    child: { phone: '', informed: false, notInformedReason: 'Barnet er for lite' },
    reporter: { ...content.reporter, role: 'Kontaktlærer', phone: '+47 35 00 00 00', email: 'laerer.lund@skien.kommune.no' },
    unit: { ...content.unit, organisationNumber: '974000000', address: { line1: 'Skoleveien 5', postalCode: '3700', city: 'Skien' } },
    history: `${content.history}\nSamtaler over flere uker.`,
  };
}

async function auditActions(entityId: string) {
  const rows = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', entityId).orderBy('seq').execute();
  return rows.map((r) => r.action);
}

describe('a report of concern from a level-0 concern', () => {
  let id: string;

  it('starts a draft prefilled from the concern, the registry and the user, and reuses it when asked again', async () => {
    const r = await post(f.teacher, '/api/reports', { concernId: f.concernId });
    expect(r.statusCode).toBe(201);
    id = r.json().id;
    const again = await post(f.teacher, '/api/reports', { concernId: f.concernId });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id, version: 1, created: false });

    const d = (await get(f.teacher, `/api/reports/${id}`)).json();
    expect(d.status).toBe('draft');
    expect(d.editable).toBe(true);
    expect(d.child).toMatchObject({
      name: 'Åse Lunde', nationalId: f.child.national_id, address: { protection: 'none', streetAddress: 'Testveien 1', postalCode: '0001', city: 'Testby' },
    });
    expect(d.municipality).toEqual({ number: '3807', name: 'Skien', districtNumber: '00', districtName: '' });
    // Only guardians with parental responsibility; not contacted because abuse is suspected.
    expect(d.content.guardians.map((g: { name: string }) => g.name).sort()).toEqual(['Far Lunde', 'Mor Lunde']);
    expect(d.content.guardians.every((g: { informed: boolean; notInformedReason: string }) => g.informed === false && g.notInformedReason === 'Mistanke om vold eller overgrep')).toBe(true);
    expect(d.content.reporter).toMatchObject({ name: 'Lærer Lund', role: '', phone: '', email: expect.stringContaining('@') });
    expect(d.content.unit.name).toBe('Lia skole');
    expect(d.content.message).toContain('Barnet hadde blåmerker på armene');
    expect(d.content.message).toContain('Blåmerker, Tilbaketrukket');
    expect(d.content.history).toContain('Drøftet med leder: Drøftet med rektor');
    expect(d.missing.map((p: { path: string }) => p.path)).toEqual(expect.arrayContaining(['content.reporter.role', 'content.reporter.phone', 'content.unit.address.line1', 'content.child.informed']));
  });

  it('refuses the JSON export of an incomplete draft with the missing fields', async () => {
    const r = await get(f.teacher, `/api/reports/${id}/fiks.json`);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('report_incomplete');
    expect(r.json().error.fields.map((p: { path: string }) => p.path)).toContain('content.reporter.phone');
  });

  it('is visible to the unit’s leader and resource person only; colleagues, other units, other tenants and residents get nothing', async () => {
    expect((await get(f.leader, `/api/reports/${id}`)).statusCode).toBe(200);
    const asResource = await get(f.resource, `/api/reports/${id}`);
    expect(asResource.statusCode).toBe(200);
    expect(asResource.json().editable).toBe(false);
    for (const who of [f.colleague, f.otherUnit, f.foreign]) {
      expect((await get(who, `/api/reports/${id}`)).statusCode).toBe(404);
      expect((await get(who, `/api/reports/${id}/pdf`)).statusCode).toBe(404);
      expect((await post(who, '/api/reports', { concernId: f.concernId })).statusCode).toBe(404);
    }
    const resident = await residentHeaders(t.database.db, f.guardianNationalId);
    expect((await get(resident, `/api/reports/${id}`)).statusCode).toBe(404);
  });

  it('saves edits with optimistic concurrency and field-level validation', async () => {
    const d = (await get(f.teacher, `/api/reports/${id}`)).json();
    const content = completed(d.content);
    const ok = await put(f.teacher, `/api/reports/${id}`, { content, version: d.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(d.version + 1);
    const stale = await put(f.leader, `/api/reports/${id}`, { content, version: d.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const three = { ...content, guardians: [...content.guardians, ...content.guardians] };
    const bad = await put(f.teacher, `/api/reports/${id}`, { content: three, version: d.version + 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('body.content.guardians');
    expect((await put(f.resource, `/api/reports/${id}`, { content, version: d.version + 1 })).statusCode).toBe(403);
    expect((await get(f.teacher, `/api/reports/${id}`)).json().missing).toEqual([]);
  });

  it('exports KS Fiks JSON that validates against the schema', async () => {
    const r = await get(f.teacher, `/api/reports/${id}/fiks.json`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toBe(`attachment; filename="bekymringsmelding-${id}.json"`);
    const m = r.json();
    expect(validateFiks(m), JSON.stringify(validateFiks.errors)).toBe(true);
    expect(m).toMatchObject({
      kommunenummer: '3807', kommunenavn: 'Skien', bydelsnummer: '00', bydelsnavn: '', leveringskanal: 'Samla',
      offentligMelder: { personnavn: 'Lærer Lund', rolle: 'Kontaktlærer', telefonnummer: '+47 35 00 00 00', virksomhet: { navn: 'Lia skole', orgnr: '974000000' } },
    });
    expect(m.offentligBarn[0]).toMatchObject({ fnr: f.child.national_id, personnavn: 'Åse Lunde', adresse: { adresselinje1: 'Testveien 1' }, orientert: false });
    expect(m.foresatte).toHaveLength(2);
    expect(m.foresatte[0]).toMatchObject({ orientert: false, orientertGrunn: 'Mistanke om vold eller overgrep' });
  });

  it('prints every field in a PDF with Norwegian headings', async () => {
    const r = await get(f.teacher, `/api/reports/${id}/pdf`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const text = pdfText(r.rawPayload);
    for (const s of ['Bekymringsmelding til barneverntjenesten', 'Barnet', 'Foresatte med foreldreansvar', 'Melder', 'Virksomhet',
      'Hva gjelder bekymringen', 'Historikk', 'Åse Lunde', f.child.national_id, 'Mor Lunde', 'Mistanke om vold eller overgrep',
      'Kontaktlærer', 'Skoleveien 5', 'Barnet hadde blåmerker på armene', 'Utkast']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Kontakt Person');
  });

  it('is marked sent once, then read-only; the concern becomes reported', async () => {
    const d = (await get(f.teacher, `/api/reports/${id}`)).json();
    const stale = await post(f.teacher, `/api/reports/${id}/send`, { version: d.version - 1 });
    expect(stale.statusCode).toBe(409);
    const r = await post(f.teacher, `/api/reports/${id}/send`, { version: d.version });
    expect(r.statusCode).toBe(200);
    const sent = (await get(f.teacher, `/api/reports/${id}`)).json();
    expect(sent.status).toBe('sent');
    expect(sent.editable).toBe(false);
    expect(Date.parse(sent.sentAt)).toBeGreaterThan(Date.now() - 60_000);
    const edit = await put(f.teacher, `/api/reports/${id}`, { content: sent.content, version: sent.version });
    expect(edit.json().error.code).toBe('report_sent');
    expect((await post(f.teacher, `/api/reports/${id}/send`, { version: sent.version })).json().error.code).toBe('report_sent');
    const concern = await t.database.db.selectFrom('concerns').select('status').where('id', '=', f.concernId).executeTakeFirstOrThrow();
    expect(concern.status).toBe('reported');
    const m = (await get(f.teacher, `/api/reports/${id}/fiks.json`)).json();
    expect(m.sendingstidspunkt).toBe(sent.sentAt);
    expect(pdfText((await get(f.teacher, `/api/reports/${id}/pdf`)).rawPayload)).toContain('Sendt');
  });

  it('audits every read, export and write', async () => {
    const actions = await auditActions(id);
    for (const a of ['report.create', 'report.read', 'report.update', 'report.export_json', 'report.export_pdf', 'report.send']) {
      expect(actions).toContain(a);
    }
  });
});

describe('a report for a child whose household has a protected address', () => {
  it('never shows or exports the address, yet the JSON validates', async () => {
    const created = await post(f.teacher, '/api/reports', { concernId: f.protectedConcernId });
    const id = created.json().id;
    const d = (await get(f.teacher, `/api/reports/${id}`)).json();
    expect(d.child.address).toEqual({ protection: 'strengt_fortrolig' });
    expect(d.content.guardians[0].informed).toBeNull();
    const content = completed(d.content);
    content.guardians = content.guardians.map((g: object) => ({ ...g, informed: true }));
    expect((await put(f.teacher, `/api/reports/${id}`, { content, version: d.version })).statusCode).toBe(200);

    const json = await get(f.teacher, `/api/reports/${id}/fiks.json`);
    expect(json.statusCode).toBe(200);
    expect(validateFiks(json.json()), JSON.stringify(validateFiks.errors)).toBe(true);
    expect(json.json().offentligBarn[0].adresse).toEqual({ adresselinje1: 'Adresse sperret' });
    const pdf = pdfText((await get(f.teacher, `/api/reports/${id}/pdf`)).rawPayload);
    expect(pdf).toContain('Adresse sperret');
    for (const leak of ['Testveien', 'Foreldreveien', 'Testby', '0001', '0002']) {
      expect(JSON.stringify(d)).not.toContain(leak);
      expect(json.body).not.toContain(leak);
      expect(pdf).not.toContain(leak);
    }
  });
});

describe('a report of concern from a case', () => {
  it('needs write access to the case, and logs report_sent in the case when sent', async () => {
    expect((await post(f.colleague, '/api/reports', { caseId: f.caseId })).statusCode).toBe(404);
    expect((await post(f.resource, '/api/reports', { caseId: f.caseId })).statusCode).toBe(403);
    expect((await post(f.holder, '/api/reports', { caseId: f.closedCaseId })).json().error.code).toBe('case_closed');
    const created = await post(f.holder, '/api/reports', { caseId: f.caseId });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const d = (await get(f.holder, `/api/reports/${id}`)).json();
    expect(d.source).toEqual({ kind: 'case', id: f.caseId });
    expect(d.content.history).toContain('Sak opprettet: Opprettet');
    expect(d.content.guardians[0].informed).toBeNull();
    // The unit's resource person oversees the case and may read the report, not change it.
    expect((await get(f.resource, `/api/reports/${id}`)).json().editable).toBe(false);

    const content: Record<string, any> = { ...completed(d.content), message: 'Fortsatt bekymret etter tiltak' };
    content.guardians = content.guardians.map((g: object) => ({ ...g, informed: true }));
    const saved = await put(f.holder, `/api/reports/${id}`, { content, version: d.version });
    const sent = await post(f.holder, `/api/reports/${id}/send`, { version: saved.json().version });
    expect(sent.statusCode).toBe(200);
    const entries = await t.database.db.selectFrom('case_entries').select(['kind', 'payload']).where('case_id', '=', f.caseId).where('kind', '=', 'report_sent').execute();
    expect(entries).toEqual([{ kind: 'report_sent', payload: { reportId: id, guardiansInformed: true } }]);
  });

  it('refuses a body with both or neither source, field by field', async () => {
    const neither = await post(f.teacher, '/api/reports', {});
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error.fields[0].path).toBe('body.concernId');
    const both = await post(f.teacher, '/api/reports', { concernId: f.concernId, caseId: f.caseId });
    expect(both.statusCode).toBe(400);
  });
});

/** Fills the draft, marks the guardians informed or not, and sends it; returns the send response. */
async function fillAndSend(who: H, id: string, informed: boolean[]) {
  const d = (await get(who, `/api/reports/${id}`)).json();
  const content: Record<string, any> = { ...completed(d.content), message: d.content.message || 'Fortsatt bekymret' };
  content.guardians = content.guardians.map((g: object, i: number) => ({
    ...g, informed: informed[i] ?? true, notInformedReason: informed[i] === false ? 'Mistanke om vold eller overgrep' : '',
  }));
  const saved = await put(who, `/api/reports/${id}`, { content, version: d.version });
  expect(saved.statusCode).toBe(200);
  return post(who, `/api/reports/${id}/send`, { version: saved.json().version });
}

async function reportSentEntries(caseId: string) {
  return t.database.db.selectFrom('case_entries').select(['payload', 'author_user_id']).where('case_id', '=', caseId).where('kind', '=', 'report_sent').execute();
}

describe('report_sent in the case log (security review)', () => {
  it('says whether every guardian in the report was informed, so residents are not told of a report kept from them', async () => {
    const db = t.database.db;
    const child = await buildChild(db, f.tenantId, { unitId: f.schoolId });
    await buildGuardian(db, f.tenantId, child.id);
    await buildGuardian(db, f.tenantId, child.id);
    for (const informed of [[false, false], [true, false]]) {
      const caseId = (await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.schoolId, holderId: f.holderId })).id;
      const id = (await post(f.holder, '/api/reports', { caseId })).json().id;
      expect((await fillAndSend(f.holder, id, informed)).statusCode).toBe(200);
      expect((await reportSentEntries(caseId)).map((e) => e.payload)).toEqual([{ reportId: id, guardiansInformed: false }]);
    }
  });

  it('counts a guardian with parental responsibility whom the reporter left out of the report as not informed', async () => {
    const db = t.database.db;
    const child = await buildChild(db, f.tenantId, { unitId: f.schoolId });
    await buildGuardian(db, f.tenantId, child.id);
    await buildGuardian(db, f.tenantId, child.id);
    const caseId = (await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.schoolId, holderId: f.holderId })).id;
    const id = (await post(f.holder, '/api/reports', { caseId })).json().id;
    const d = (await get(f.holder, `/api/reports/${id}`)).json();
    const content: Record<string, any> = { ...completed(d.content), message: 'Bekymret' };
    content.guardians = [{ ...content.guardians[0], informed: true, notInformedReason: '' }];
    const saved = await put(f.holder, `/api/reports/${id}`, { content, version: d.version });
    expect((await post(f.holder, `/api/reports/${id}/send`, { version: saved.json().version })).statusCode).toBe(200);
    expect((await reportSentEntries(caseId)).map((e) => e.payload)).toEqual([{ reportId: id, guardiansInformed: false }]);
  });

  it('is written in the case a concern opened only while the sender may still write that case; the concern is reported either way', async () => {
    const db = t.database.db;
    const child = await buildChild(db, f.tenantId, { unitId: f.schoolId });
    await buildGuardian(db, f.tenantId, child.id);
    // One case the concern's author still holds, one handed to the health centre since.
    const keptCaseId = (await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.schoolId, holderId: f.teacherId })).id;
    const handedCaseId = (await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.healthId, holderId: f.healthLeaderId })).id;
    expect((await get(f.teacher, `/api/cases/${handedCaseId}`)).statusCode).toBe(404);
    for (const [caseId, logged] of [[keptCaseId, 1], [handedCaseId, 0]] as const) {
      const concernId = await buildConcern(db, { tenantId: f.tenantId, childId: child.id, unitId: f.schoolId, authorId: f.teacherId, caseId });
      const created = await post(f.teacher, '/api/reports', { concernId });
      expect(created.statusCode).toBe(201);
      expect((await fillAndSend(f.teacher, created.json().id, [true])).statusCode).toBe(200);
      const entries = await reportSentEntries(caseId);
      expect(entries).toHaveLength(logged);
      if (logged) expect(entries[0]).toEqual({ payload: { reportId: created.json().id, guardiansInformed: true }, author_user_id: f.teacherId });
      const concern = await db.selectFrom('concerns').select('status').where('id', '=', concernId).executeTakeFirstOrThrow();
      expect(concern.status).toBe('reported');
    }
  });
});

describe('one draft per source (security review)', () => {
  it('gives simultaneous starts one draft: one 201, the others 200 with the same id', async () => {
    const db = t.database.db;
    const child = await buildChild(db, f.tenantId, { unitId: f.schoolId });
    await buildGuardian(db, f.tenantId, child.id);
    for (let round = 0; round < 3; round++) {
      const caseId = (await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.schoolId, holderId: f.holderId })).id;
      const concernId = await buildConcern(db, { tenantId: f.tenantId, childId: child.id, unitId: f.schoolId, authorId: f.teacherId });
      for (const [who, body] of [[f.holder, { caseId }], [f.teacher, { concernId }]] as const) {
        const rs = await Promise.all(Array.from({ length: 6 }, () => post(who, '/api/reports', body)));
        expect(rs.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
        expect(new Set(rs.map((r) => r.json().id)).size).toBe(1);
      }
      const drafts = await db.selectFrom('reports_of_concern').select('id').where('status', '=', 'draft')
        .where((eb) => eb.or([eb('case_id', '=', caseId), eb('concern_id', '=', concernId)])).execute();
      expect(drafts).toHaveLength(2);
    }
  });

  it('does nothing, without an error, when the source already has a draft; a sent report frees the source', async () => {
    const db = t.database.db;
    const child = await buildChild(db, f.tenantId, { unitId: f.schoolId });
    await buildGuardian(db, f.tenantId, child.id);
    const caseId = (await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.schoolId, holderId: f.holderId })).id;
    const concernId = await buildConcern(db, { tenantId: f.tenantId, childId: child.id, unitId: f.schoolId, authorId: f.teacherId, caseId });
    const base = { tenantId: f.tenantId, childId: child.id, unitId: f.schoolId, authorId: f.holderId, content: {} };
    const bySource = [{ ...base, concernId: null, caseId }, { ...base, concernId, caseId: null }] as const;
    for (const source of bySource) {
      const first = await insertDraftReport(db, source);
      expect(first?.id).toBeDefined();
      expect(await insertDraftReport(db, source)).toBeUndefined();
      await db.updateTable('reports_of_concern').set({ status: 'sent', sent_at: new Date() }).where('id', '=', first!.id).execute();
      expect((await insertDraftReport(db, source))?.id).toBeDefined();
    }
  });
});
