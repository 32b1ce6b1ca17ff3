import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, residentHeaders } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';
import type { LevelModelEditor } from '../../src/contracts/levels.js';

/*
 * Levels as the municipality names them (issue 9, item 2): the model through the API, every bad
 * input refused with nothing written, levels in use mapped explicitly in one audited transaction,
 * and case work, the concern decision and the guide checking levels against the model.
 */
type Headers = Record<string, string>;
let t: TestContext;
const f = {} as {
  tenantId: string; otherTenantId: string; schoolId: string; childId: string; holderId: string;
  coordinator: Headers; holder: Headers; employee: Headers; admin: Headers; resident: Headers; otherCoordinator: Headers;
  caseOn3: string; caseOn1: string;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const other = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const child = await buildChild(db, tenant.id, { unitId: school.id });
  const guardian = await buildGuardian(db, tenant.id, child.id);
  const holder = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  Object.assign(f, {
    tenantId: tenant.id, otherTenantId: other.id, schoolId: school.id, childId: child.id, holderId: holder.id,
    coordinator: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] })),
    holder: await sessionHeaders(db, holder),
    employee: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'employee']] })),
    admin: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] })),
    resident: await residentHeaders(db, guardian.national_id),
    otherCoordinator: await sessionHeaders(db, await buildUser(db, other.id, { municipalRoles: ['municipal_coordinator'] })),
    caseOn3: (await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: holder.id, level: 3 })).id,
    caseOn1: (await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: holder.id, level: 1, status: 'closed' })).id,
  });
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
const stored = async (tenantId = f.tenantId) =>
  (await t.database.db.selectFrom('tenants').select('level_model').where('id', '=', tenantId).executeTakeFirstOrThrow()).level_model;
const auditCount = async () =>
  Number((await t.database.db.selectFrom('audit_log').select((e) => e.fn.countAll<string>().as('n')).where('tenant_id', '=', f.tenantId).executeTakeFirstOrThrow()).n);
const caseLevel = async (id: string) => (await t.database.db.selectFrom('cases').select(['level', 'version']).where('id', '=', id).executeTakeFirstOrThrow());

const level = (key: string, name: string, title = `${name} tittel`, nn?: string) => ({
  key, content: { nb: { name, title, description: `Om ${name}` }, ...(nn ? { nn: { name: nn, title: `${nn} tittel`, description: '' } } : {}) },
});
/** The default's keys with new names: nothing moves. */
const renamedDefault = () => ({ levels: [0, 1, 2, 3].map((n) => level(`niva-${n}`, `Nivå ${n}`, n === 2 ? 'Tverrfaglig samarbeid' : `Tittel ${n}`)) });
const abc = () => [level('niva-a', 'Nivå A', 'Undring', 'Nivå A'), level('niva-b', 'Nivå B', 'Eiga teneste', 'Nivå B'), level('niva-c', 'Nivå C', 'Samarbeid', 'Nivå C')];

async function nothingWritten(body: object, status: number) {
  const before = { model: await stored(), audit: await auditCount(), c3: await caseLevel(f.caseOn3) };
  const r = await inject('PUT', '/api/content/levels', f.coordinator, body);
  expect(r.statusCode).toBe(status);
  expect({ model: await stored(), audit: await auditCount(), c3: await caseLevel(f.caseOn3) }).toEqual(before);
  return r.json().error as { code: string; fields: { path: string; code: string }[] };
}

describe('reading the model', () => {
  it('is BTI\'s 0–3 with today\'s texts until the municipality sets its own, for any staff user', async () => {
    for (const who of [f.employee, f.admin]) {
      const r = await inject('GET', '/api/levels', who);
      expect(r.statusCode).toBe(200);
      const model = r.json() as LevelModelEditor;
      expect(model.isDefault).toBe(true);
      expect(model.levels.map((l) => [l.number, l.content.nb.name, l.content.nb.title])).toEqual([
        [0, 'Nivå 0', 'Undring og bekymring'], [1, 'Nivå 1', 'Egen tjeneste sammen med familien'],
        [2, 'Nivå 2', 'Enkelt samarbeid mellom tjenester'], [3, 'Nivå 3', 'Omfattende samarbeid'],
      ]);
      expect(model.levels[1]!.content.nn?.title).toBe('Eiga teneste saman med familien');
    }
    expect((await t.app.inject({ url: '/api/levels' })).statusCode).toBe(401);
  });

  it('a resident\'s cases, which may be in several municipalities, carry their level\'s names', async () => {
    const r = await inject('GET', '/api/resident/cases', f.resident);
    expect(r.statusCode).toBe(200);
    const onThree = (r.json().items as { id: string; levelNames: unknown }[]).find((c) => c.id === f.caseOn3);
    expect(onThree?.levelNames).toEqual({
      name: { nb: 'Nivå 3', nn: 'Nivå 3', en: 'Level 3' },
      label: { nb: 'Nivå 3: Omfattende samarbeid', nn: 'Nivå 3: Omfattande samarbeid', en: 'Level 3: Extensive cooperation' },
      language: { nb: 'nb', nn: 'nn', en: 'en' },
    });
    const detail = await inject('GET', `/api/cases/${f.caseOn3}`, f.resident);
    expect(detail.json().levelNames.label.nb).toBe('Nivå 3: Omfattende samarbeid');
  });

  it('the editor shows what uses each level (whether cases do, not how many) to coordinators only', async () => {
    const r = await inject('GET', '/api/content/levels', f.coordinator);
    expect(r.statusCode).toBe(200);
    expect((r.json() as LevelModelEditor).usage).toEqual([
      { key: 'niva-0', steps: 0, hasCases: false }, { key: 'niva-1', steps: 0, hasCases: true },
      { key: 'niva-2', steps: 0, hasCases: false }, { key: 'niva-3', steps: 0, hasCases: true },
    ]);
    for (const who of [f.employee, f.admin, f.resident]) {
      expect((await inject('GET', '/api/content/levels', who)).statusCode).toBe(404);
      expect((await inject('PUT', '/api/content/levels', who, renamedDefault())).statusCode).toBe(404);
    }
    expect(await stored()).toBeNull();
  });
});

describe('bad input: a field-level 400 and nothing written', () => {
  it('fewer than 2 or more than 6 levels', async () => {
    expect((await nothingWritten({ levels: [level('niva-0', 'Nivå 0')] }, 400)).fields).toContainEqual(expect.objectContaining({ path: 'body.levels' }));
    const seven = Array.from({ length: 7 }, (_, i) => level(`niva-${i}`, `Nivå ${i}`));
    expect((await nothingWritten({ levels: seven }, 400)).fields).toContainEqual(expect.objectContaining({ path: 'body.levels' }));
  });

  it('a level without its bokmål name, or with an empty one', async () => {
    const noNb = renamedDefault();
    (noNb.levels[1] as { content: object }).content = { nn: { name: 'Nivå 1', title: 'Eiga teneste', description: '' } };
    expect((await nothingWritten(noNb, 400)).fields).toContainEqual(expect.objectContaining({ path: 'body.levels.1.content.nb' }));
    const empty = renamedDefault();
    empty.levels[2]!.content.nb.name = '  ';
    expect((await nothingWritten(empty, 400)).fields).toContainEqual(expect.objectContaining({ path: 'body.levels.2.content.nb.name' }));
  });

  it('two levels with the same key', async () => {
    const dup = renamedDefault();
    dup.levels[3]!.key = 'niva-1';
    const error = await nothingWritten({ ...dup, mapping: { 'niva-3': 'niva-2' } }, 400);
    expect(error.fields).toEqual([expect.objectContaining({ path: 'levels.3.key', code: 'duplicate_key' })]);
  });

  it('unknown fields, anywhere in the body', async () => {
    const extra = renamedDefault();
    (extra.levels[0] as Record<string, unknown>).colour = 'red';
    expect((await nothingWritten(extra, 400)).code).toBe('validation_failed');
    expect((await nothingWritten({ ...renamedDefault(), version: 1 }, 400)).code).toBe('validation_failed');
  });

  it('a mapping that names no present level or no new one', async () => {
    const error = await nothingWritten({ ...renamedDefault(), mapping: { 'niva-9': 'niva-1', 'niva-3': 'niva-x' } }, 400);
    expect(error.fields.map((p) => [p.path, p.code])).toEqual([['mapping.niva-9', 'unknown_level'], ['mapping.niva-3', 'unknown_level']]);
  });
});

describe('replacing the model', () => {
  it('a level in use without a mapping is a 409 naming it', async () => {
    const error = await nothingWritten({ levels: abc(), mapping: { 'niva-0': 'niva-a', 'niva-1': 'niva-b' } }, 409);
    expect(error.code).toBe('level_in_use');
    expect(error.fields).toEqual([expect.objectContaining({ path: 'mapping.niva-3', code: 'level_in_use' })]);
  });

  it('cases never go to the first level, which is the concern\'s', async () => {
    const error = await nothingWritten({ levels: abc(), mapping: { 'niva-1': 'niva-a', 'niva-3': 'niva-c' } }, 400);
    expect(error.fields).toEqual([expect.objectContaining({ path: 'mapping.niva-1', code: 'cases_on_concern_level' })]);
  });

  it('new names on the same keys move nothing, and the public guide names the levels so', async () => {
    const step = await inject('POST', '/api/content/guide/steps', f.coordinator, {
      key: 'samarbeid', level: 3, kind: 'end', content: { nb: { title: 'Samarbeid', body: '', who: '' } },
    });
    expect(step.statusCode).toBe(201);
    const r = await inject('PUT', '/api/content/levels', f.coordinator, renamedDefault());
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ isDefault: false });
    expect(await caseLevel(f.caseOn3)).toEqual({ level: 3, version: 1 });
    const slug = (await t.database.db.selectFrom('tenants').select('slug').where('id', '=', f.tenantId).executeTakeFirstOrThrow()).slug;
    const page = await t.app.inject({ url: `/k/${slug}/handlingsveileder/bti` });
    expect(page.body).toContain('<span class="pub-level__badge">Nivå 2</span> Tverrfaglig samarbeid');
    expect(page.body).not.toContain('Omfattende samarbeid');
    // Another municipality keeps the default.
    expect(await stored(f.otherTenantId)).toBeNull();
    const other = await inject('GET', '/api/levels', f.otherCoordinator);
    expect(other.json()).toMatchObject({ isDefault: true });
  });

  it('a three-level model with a mapping moves cases and steps in one audited transaction, with a log entry per moved case', async () => {
    const before = await auditCount();
    const r = await inject('PUT', '/api/content/levels', f.coordinator, {
      levels: abc(), mapping: { 'niva-0': 'niva-a', 'niva-1': 'niva-b', 'niva-2': 'niva-c', 'niva-3': 'niva-c' },
    });
    expect(r.statusCode).toBe(200);
    const editor = r.json() as LevelModelEditor;
    expect(editor.levels.map((l) => [l.number, l.key, l.content.nb.name, l.content.nn?.name])).toEqual([
      [0, 'niva-a', 'Nivå A', 'Nivå A'], [1, 'niva-b', 'Nivå B', 'Nivå B'], [2, 'niva-c', 'Nivå C', 'Nivå C'],
    ]);
    expect(editor.usage).toEqual([
      { key: 'niva-a', steps: 0, hasCases: false }, { key: 'niva-b', steps: 0, hasCases: true }, { key: 'niva-c', steps: 1, hasCases: true },
    ]);
    expect(await caseLevel(f.caseOn3)).toEqual({ level: 2, version: 2 });
    expect(await caseLevel(f.caseOn1)).toEqual({ level: 1, version: 1 });
    const entries = await t.database.db.selectFrom('case_entries').select(['case_id', 'kind', 'payload'])
      .where('tenant_id', '=', f.tenantId).where('kind', '=', 'level_change').execute();
    expect(entries).toEqual([{
      case_id: f.caseOn3, kind: 'level_change',
      payload: {
        from: 3, to: 2, reason: 'level_model',
        fromName: { nb: 'Nivå 3: Tittel 3', nn: 'Nivå 3: Tittel 3', en: 'Nivå 3: Tittel 3' },
        toName: { nb: 'Nivå C: Samarbeid', nn: 'Nivå C: Nivå C tittel', en: 'Nivå C: Samarbeid' },
      },
    }]);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_id', 'child_id'])
      .where('tenant_id', '=', f.tenantId).orderBy('seq').offset(before).execute();
    expect(audit).toEqual([
      { action: 'level_model.update', entity_id: f.tenantId, child_id: null },
      { action: 'case.level_change', entity_id: f.caseOn3, child_id: f.childId },
    ]);
    // The case's history in the log names the levels as they were.
    const log = await inject('GET', `/api/cases/${f.caseOn3}/entries`, f.holder);
    expect(log.statusCode).toBe(200);
  });
});

describe('case work and the guide follow the model', () => {
  it('a case cannot be moved or opened above the model\'s last level', async () => {
    const { version } = await caseLevel(f.caseOn3);
    const up = await inject('POST', `/api/cases/${f.caseOn3}/level`, f.holder, { level: 3, reason: 'Flere tjenester', version });
    expect(up.statusCode).toBe(400);
    expect(up.json().error.fields).toEqual([expect.objectContaining({ path: 'level', code: 'unknown_level' })]);
    const down = await inject('POST', `/api/cases/${f.caseOn3}/level`, f.holder, { level: 1, reason: 'Bedre nå', version });
    expect(down.statusCode).toBe(200);
    const open = await inject('POST', '/api/cases', f.holder, { childId: f.childId, owningUnitId: f.schoolId, level: 3, reason: 'Ny sak' });
    expect(open.statusCode).toBe(400);
    expect(open.json().error.fields).toEqual([expect.objectContaining({ path: 'level', code: 'unknown_level' })]);
  });

  it('a concern opens a case on the first two levels after its own (here B or C), never beyond', async () => {
    const concern = async () => {
      const r = await inject('POST', '/api/concerns', f.holder, {
        childId: f.childId, unitId: f.schoolId, observedOn: todayInNorway(), observation: 'Virker trist.', concernScale: 2, signals: [], guardiansNotContacted: false,
      });
      expect(r.statusCode).toBe(201);
      return r.json().id as string;
    };
    const first = await concern();
    const beyond = await inject('POST', `/api/concerns/${first}/decision`, f.holder, { decision: 'open_case', level: 3, reason: 'Sak', version: 1 });
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().error.fields).toEqual([expect.objectContaining({ path: 'level', code: 'unknown_level' })]);
    const onC = await inject('POST', `/api/concerns/${first}/decision`, f.holder, { decision: 'open_case', level: 2, reason: 'Sak', version: 1 });
    expect(onC.statusCode).toBe(200);
    expect(await caseLevel(onC.json().caseId)).toMatchObject({ level: 2 });
  });

  it('a guide step is on one of the model\'s levels', async () => {
    const r = await inject('POST', '/api/content/guide/steps', f.coordinator, {
      key: 'for-hoyt', level: 3, kind: 'end', content: { nb: { title: 'For høyt', body: '', who: '' } },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'level', code: 'unknown_level' })]);
  });

  it('the public step page names its level and the levels of the path as the municipality does, in nynorsk too', async () => {
    const slug = (await t.database.db.selectFrom('tenants').select('slug').where('id', '=', f.tenantId).executeTakeFirstOrThrow()).slug;
    const nb = await t.app.inject({ url: `/k/${slug}/handlingsveileder/bti/samarbeid` });
    expect(nb.statusCode).toBe(200);
    expect(nb.body).toContain('<strong>Nivå C</strong>: Samarbeid');
    expect(nb.body).toMatch(/<span>Nivå A<\/span>.*<span>Nivå B<\/span>.*<span>Nivå C<\/span>/s);
    expect(nb.body).not.toContain('Nivå 3');
    const nn = await t.app.inject({ url: `/k/${slug}/handlingsveileder/bti/samarbeid?lang=nn` });
    expect(nn.body).toContain('<strong>Nivå C</strong>: Nivå C tittel');
  });
});
