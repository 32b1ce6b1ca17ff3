import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, buildChild, buildGuardian, sessionHeaders } from '../helpers/factories.js';
import { residentHeaders } from '../helpers/case-factories.js';
import { buildDocument } from '../helpers/public-content-factories.js';
import { pdfText } from '../helpers/pdf.js';
import { guideOverview, guideStepView } from '../../src/server/features/guide/guide.published.js';
import { publishedDocumentFile } from '../../src/server/features/library/library.service.js';
import type { GuideStepDetail, GuideStepView } from '../../src/contracts/guide.js';
import { defaultDocuments, defaultGuide } from '../../src/server/features/guide/default-content/index.js';

type Headers = Record<string, string>;
let t: TestContext;
const f = {} as {
  tenantId: string; otherTenantId: string;
  coordinator: Headers; leader: Headers; employee: Headers; analyst: Headers; admin: Headers; resident: Headers; otherCoordinator: Headers;
  otherDocumentId: string;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const unit = await buildUnit(db, tenant.id);
  const child = await buildChild(db, tenant.id, { unitId: unit.id });
  const guardian = await buildGuardian(db, tenant.id, child.id);
  const other = await buildTenant(db);
  Object.assign(f, {
    tenantId: tenant.id,
    otherTenantId: other.id,
    coordinator: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] })),
    leader: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'leader']] })),
    employee: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'employee']] })),
    analyst: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['analyst'] })),
    admin: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] })),
    resident: await residentHeaders(db, guardian.national_id),
    otherCoordinator: await sessionHeaders(db, await buildUser(db, other.id, { municipalRoles: ['municipal_coordinator'] })),
    otherDocumentId: (await buildDocument(db, other.id, { slug: 'annen-kommunes-rutine', kind: 'routine', versions: [{ title: 'Rutine' }] })).id,
  });
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
const auditActions = async () =>
  (await t.database.db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id']).where('tenant_id', '=', f.tenantId).orderBy('seq').execute());
const stepCount = async (tenantId = f.tenantId) =>
  Number((await t.database.db.selectFrom('guide_steps').select((e) => e.fn.countAll<string>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow()).n);
const text = (title: string) => ({ nb: { title, body: '', who: '' } });
const label = (nb: string) => ({ nb });

describe('rights', () => {
  it.each(['leader', 'employee', 'analyst', 'admin', 'resident'] as const)('the editor answers 404 to a %s and writes nothing', async (who) => {
    const before = { steps: await stepCount(), audit: (await auditActions()).length };
    expect((await inject('GET', '/api/content/guide', f[who])).statusCode).toBe(404);
    expect((await inject('POST', '/api/content/guide/install-default', f[who])).statusCode).toBe(404);
    const created = await inject('POST', '/api/content/guide/steps', f[who], { key: 'slutt', level: 0, kind: 'end', content: text('Slutt') });
    expect(created.statusCode).toBe(404);
    expect({ steps: await stepCount(), audit: (await auditActions()).length }).toEqual(before);
  });

  it('needs a session; residents do not read the guide inside Samla (the public pages are theirs)', async () => {
    expect((await t.app.inject({ url: '/api/guide' })).statusCode).toBe(401);
    expect((await inject('GET', '/api/guide', f.resident)).statusCode).toBe(404);
  });

  it('an empty guide reads as empty, and an unknown step is 404', async () => {
    const r = await inject('GET', '/api/guide', f.employee);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ guide: null, startKey: null, language: 'nb', levels: [], tools: [] });
    expect((await inject('GET', '/api/guide/steps/hva-gjor-jeg-na', f.employee)).statusCode).toBe(404);
  });
});

describe('the default guide', () => {
  it('a coordinator installs it with its documents, audited; a second time is 409 guide_exists', async () => {
    const before = (await auditActions()).length;
    const r = await inject('POST', '/api/content/guide/install-default', f.coordinator);
    expect(r.statusCode).toBe(201);
    const editor = r.json() as { steps: GuideStepDetail[]; documents: { id: string; title: string; kind: string }[] };
    expect(editor.steps).toHaveLength(defaultGuide.length);
    expect(editor.documents).toHaveLength(defaultDocuments.length);
    expect(editor.documents).toContainEqual(expect.objectContaining({ title: 'Samtykke til tverrfaglig samarbeid', kind: 'template' }));
    const written = (await auditActions()).slice(before);
    expect(written.filter((a) => a.action === 'document.create')).toHaveLength(defaultDocuments.length);
    expect(written.filter((a) => a.action === 'guide.install_default')).toEqual([{ action: 'guide.install_default', entity_type: 'guide', entity_id: f.tenantId }]);

    const again = await inject('POST', '/api/content/guide/install-default', f.coordinator);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('guide_exists');
    expect(await stepCount()).toBe(defaultGuide.length);
  });

  it('leads a reader from «Hva gjør jeg nå?» through «Jeg er bekymret for et barn» and level 0 to level 1, in all three languages', async () => {
    const worried = { nb: 'Jeg er bekymret for et barn', nn: 'Eg er bekymra for eit barn', en: 'I am worried about a child' } as const;
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const overview = (await inject('GET', `/api/guide?lang=${lang}`, f.employee)).json();
      expect(overview.startKey).toBe('hva-gjor-jeg-na');
      expect(overview.levels.map((l: { level: number }) => l.level)).toEqual([0, 1, 2, 3]);
      const start = (await inject('GET', `/api/guide/steps/${overview.startKey}?lang=${lang}`, f.employee)).json() as GuideStepView;
      expect(start).toMatchObject({ kind: 'start', level: 0, language: lang });
      const first = start.choices.find((c) => c.label === worried[lang]);
      expect(first, `«${worried[lang]}» on the start`).toBeDefined();

      // Breadth first through the choices from there, as a reader clicking on: level 0 only until a level 1 step shows up.
      const seen = new Set<string>([first!.to]);
      const queue = [first!.to];
      let reached: GuideStepView | undefined;
      while (queue.length > 0 && !reached) {
        const key = queue.shift()!;
        const r = await inject('GET', `/api/guide/steps/${key}?lang=${lang}`, f.employee);
        expect(r.statusCode).toBe(200);
        const step = r.json() as GuideStepView;
        expect(step.language).toBe(lang);
        if (step.level === 1) reached = step;
        else for (const c of step.choices) if (!seen.has(c.to)) { seen.add(c.to); queue.push(c.to); }
      }
      expect(reached?.level).toBe(1);

      // And the way the action guide draws it: observation, concretisation, sharing, then both of level 0's decision points.
      const walk = ['hva-gjor-jeg-na', 'uro-for-et-barn', 'konkretiser-uroen', 'del-bekymringen', 'grunn-til-bekymring', 'bekymringsmelding-niva-0', 'stafettholder'];
      for (const [i, key] of walk.slice(0, -1).entries()) {
        const step = (await inject('GET', `/api/guide/steps/${key}?lang=${lang}`, f.employee)).json() as GuideStepView;
        expect(step.level, key).toBe(0);
        expect(step.choices.map((c) => c.to), key).toContain(walk[i + 1]);
      }
    }
  });

  it('every choice of every step leads to a step that exists, in nb, nn and en', async () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const overview = (await guideOverview(t.database.db, f.tenantId, lang))!;
      const keys = overview.levels.flatMap((l) => l.steps.map((s) => s.key));
      expect(keys).toHaveLength(defaultGuide.length);
      for (const key of keys) {
        const view = await guideStepView(t.database.db, f.tenantId, key, lang);
        const written = defaultGuide.find((s) => s.key === key)!;
        expect(view!.language, key).toBe(lang);
        expect(view!.choices.map((c) => c.to), key).toEqual(written.choices.map((c) => c.to));
        for (const c of view!.choices) {
          expect(keys).toContain(c.to);
          expect(c.label.length).toBeGreaterThan(0);
          expect(c.toTitle.length).toBeGreaterThan(0);
        }
      }
      expect(overview.tools.map((d) => d.slug)).toContain('observasjonsskjema');
    }
  });

  it('links the consent template, a downloadable PDF, from the step where consent is obtained', async () => {
    const consent = (await inject('GET', '/api/guide/steps/samtykke?lang=en', f.employee)).json() as GuideStepView;
    expect(consent.level).toBe(2);
    expect(consent.documents).toContainEqual({
      slug: 'samtykke-til-tverrfaglig-samarbeid', title: 'Samtykke til tverrfaglig samarbeid', kind: 'template', fileType: 'application/pdf', language: 'nb',
    });
    const file = await publishedDocumentFile(t.database.db, f.tenantId, 'samtykke-til-tverrfaglig-samarbeid', 1);
    expect(file?.fileType).toBe('application/pdf');
    expect(file!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(file!.content)).toContain('Samtykke til tverrfaglig samarbeid');
  });
});

describe('editing', () => {
  const stepOf = async (key: string) =>
    ((await inject('GET', '/api/content/guide', f.coordinator)).json().steps as GuideStepDetail[]).find((s) => s.key === key)!;
  const asInput = (s: GuideStepDetail) => ({
    key: s.key, level: s.level, kind: s.kind, position: s.position, content: s.content, choices: s.choices, documentIds: s.documentIds,
  });
  const post = (payload: object) => inject('POST', '/api/content/guide/steps', f.coordinator, payload);
  const fieldsOf = (r: { json(): { error: { fields: { path: string; code: string }[] } } }) => r.json().error.fields.map((p) => [p.path, p.code]);

  it.each([
    ['a choice to a step that does not exist', { key: 'ny', level: 1, kind: 'step', content: text('Ny'), choices: [{ label: label('Videre'), to: 'finnes-ikke' }] }, [['choices.0.to', 'unknown_step']]],
    ['a decision with one choice', { key: 'ny', level: 1, kind: 'decision', content: text('Ny?'), choices: [{ label: label('Ja'), to: 'saken-slutter' }] }, [['choices', 'decision_needs_two_choices']]],
    ['a step without choices', { key: 'ny', level: 1, kind: 'step', content: text('Ny') }, [['choices', 'choice_required']]],
    ['an end with a choice', { key: 'ny', level: 1, kind: 'end', content: text('Slutt'), choices: [{ label: label('Mer'), to: 'saken-slutter' }] }, [['choices', 'end_has_choices']]],
    ['a choice to itself', { key: 'ny', level: 0, kind: 'step', content: text('Sirkel'), choices: [{ label: label('Igjen'), to: 'ny' }] }, [['choices.0.to', 'choice_to_itself']]],
  ])('refuses %s on its field, writing nothing', async (_case, payload, fields) => {
    const before = { steps: await stepCount(), audit: (await auditActions()).length };
    const r = await post(payload);
    expect(r.statusCode).toBe(400);
    expect(fieldsOf(r)).toEqual(fields);
    expect({ steps: await stepCount(), audit: (await auditActions()).length }).toEqual(before);
  });

  it('refuses another municipality’s document and a taken key', async () => {
    const foreign = await post({ key: 'ny', level: 0, kind: 'end', content: text('Slutt'), documentIds: [f.otherDocumentId] });
    expect(foreign.statusCode).toBe(400);
    expect(fieldsOf(foreign)).toEqual([['documentIds.0', 'unknown_document']]);
    const taken = await post({ key: 'saken-slutter', level: 0, kind: 'end', content: text('Slutt') });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'key_taken', fields: [{ path: 'key', code: 'key_taken' }] });
  });

  it('creates, rewrites (version checked) and deletes a step, each audited; unsafe text is stored but rendered harmless', async () => {
    const before = (await auditActions()).length;
    const created = await post({
      key: 'ekstra-slutt', level: 1, kind: 'end', position: 55,
      content: { nb: { title: 'Ekstra', body: 'Hei <script>alert(1)</script> [lenke](javascript:alert(1))', who: 'Alle' }, en: { title: 'Extra', body: '', who: '' } },
    });
    expect(created.statusCode).toBe(201);
    const step = created.json() as GuideStepDetail;
    expect(step).toMatchObject({ key: 'ekstra-slutt', version: 1, content: { nn: null, en: { title: 'Extra' } } });
    const view = await guideStepView(t.database.db, f.tenantId, 'ekstra-slutt', 'nn');
    expect(view!.language).toBe('nb');
    expect(view!.bodyHtml).not.toMatch(/<script|href="javascript:/i);
    expect(view!.bodyHtml).toContain('&lt;script&gt;');

    const put = (payload: object) => inject('PUT', `/api/content/guide/steps/${step.id}`, f.coordinator, payload);
    const updated = await put({ step: { ...asInput(step), content: { nb: { title: 'Ekstra slutt', body: '', who: '' } } }, version: 1 });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, content: { nb: { title: 'Ekstra slutt' }, en: null } });
    const stale = await put({ step: asInput(step), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const badTarget = await put({ step: { ...asInput(step), kind: 'step', choices: [{ label: label('Videre'), to: 'finnes-ikke' }] }, version: 2 });
    expect(badTarget.statusCode).toBe(400);
    expect(fieldsOf(badTarget)).toEqual([['step.choices.0.to', 'unknown_step']]);

    const deleted = await inject('DELETE', `/api/content/guide/steps/${step.id}`, f.coordinator);
    expect(deleted.statusCode).toBe(204);
    expect((await inject('DELETE', `/api/content/guide/steps/${step.id}`, f.coordinator)).statusCode).toBe(404);
    expect((await auditActions()).slice(before)).toEqual([
      { action: 'guide_step.create', entity_type: 'guide_step', entity_id: step.id },
      { action: 'guide_step.update', entity_type: 'guide_step', entity_id: step.id },
      { action: 'guide_step.delete', entity_type: 'guide_step', entity_id: step.id },
    ]);
  });

  it('keeps the path whole: a step others lead to is neither deleted nor renamed, and the start stays', async () => {
    const end = await stepOf('saken-slutter');
    const del = await inject('DELETE', `/api/content/guide/steps/${end.id}`, f.coordinator);
    expect(del.statusCode).toBe(409);
    expect(del.json().error.code).toBe('step_in_use');
    const renamed = await inject('PUT', `/api/content/guide/steps/${end.id}`, f.coordinator, { step: { ...asInput(end), key: 'ferdig' }, version: end.version });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().error.fields).toEqual([expect.objectContaining({ path: 'step.key', code: 'step_in_use' })]);
    const leaf = await stepOf('lokal-innsats-fortsetter');
    const clash = await inject('PUT', `/api/content/guide/steps/${leaf.id}`, f.coordinator, { step: { ...asInput(leaf), key: 'saken-slutter' }, version: leaf.version });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'key_taken', fields: [{ path: 'step.key', code: 'key_taken' }] });

    const start = await stepOf('hva-gjor-jeg-na');
    expect((await inject('DELETE', `/api/content/guide/steps/${start.id}`, f.coordinator)).json().error.code).toBe('step_in_use');
    const demoted = await inject('PUT', `/api/content/guide/steps/${start.id}`, f.coordinator, { step: { ...asInput(start), kind: 'step' }, version: start.version });
    expect(demoted.statusCode).toBe(400);
    expect(fieldsOf(demoted)).toEqual([['step.kind', 'start_required']]);
    expect(demoted.json().error.fields[0].message).toMatch(/save another step as the start/);
    expect(await stepCount()).toBe(defaultGuide.length);
  });

  it('makes another step the start: the former start becomes a plain step in the same change, both audited', async () => {
    const before = (await auditActions()).length;
    const oldStart = await stepOf('hva-gjor-jeg-na');
    const created = await post({
      key: 'ny-start', level: 0, kind: 'start', content: text('Ny start'), choices: [{ label: label('Videre'), to: 'hva-gjor-jeg-na' }],
    });
    expect(created.statusCode).toBe(201);
    const newStart = created.json() as GuideStepDetail;
    expect(await stepOf('hva-gjor-jeg-na')).toMatchObject({ kind: 'step', version: oldStart.version + 1, choices: oldStart.choices });
    expect((await inject('GET', '/api/guide', f.employee)).json().startKey).toBe('ny-start');

    // And back, by saving the former start with kind start.
    const again = await stepOf('hva-gjor-jeg-na');
    const back = await inject('PUT', `/api/content/guide/steps/${again.id}`, f.coordinator, { step: { ...asInput(again), kind: 'start' }, version: again.version });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ kind: 'start', version: again.version + 1 });
    expect(await stepOf('ny-start')).toMatchObject({ kind: 'step', version: 2 });
    expect((await inject('GET', '/api/guide', f.employee)).json().startKey).toBe('hva-gjor-jeg-na');
    expect((await inject('DELETE', `/api/content/guide/steps/${newStart.id}`, f.coordinator)).statusCode).toBe(204);

    const audit = (id: string, action = 'guide_step.update') => ({ action, entity_type: 'guide_step', entity_id: id });
    expect((await auditActions()).slice(before)).toEqual([
      audit(oldStart.id), audit(newStart.id, 'guide_step.create'),
      audit(newStart.id), audit(oldStart.id),
      audit(newStart.id, 'guide_step.delete'),
    ]);
    expect(await stepCount()).toBe(defaultGuide.length);
  });

  it('refuses to move the start from a start without a choice (it could not be a plain step), writing nothing', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const coordinator = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] }));
    await db.insertInto('guide_steps').values([
      { tenant_id: tenant.id, key: 'start', level: 0, kind: 'start', content: JSON.stringify(text('Start')) },
      { tenant_id: tenant.id, key: 'slutt', level: 0, kind: 'end', content: JSON.stringify(text('Slutt')) },
    ]).execute();
    const r = await inject('POST', '/api/content/guide/steps', coordinator, {
      key: 'ny-start', level: 0, kind: 'start', content: text('Ny start'), choices: [{ label: label('Videre'), to: 'slutt' }],
    });
    expect(r.statusCode).toBe(400);
    expect(fieldsOf(r)).toEqual([['kind', 'start_without_choices']]);
    expect(await db.selectFrom('guide_steps').select(['key', 'kind', 'version']).where('tenant_id', '=', tenant.id).orderBy('key').execute())
      .toEqual([{ key: 'slutt', kind: 'end', version: 1 }, { key: 'start', kind: 'start', version: 1 }]);
  });

  it('another municipality’s coordinator sees and touches none of it', async () => {
    const end = await stepOf('saken-slutter');
    expect((await inject('GET', '/api/guide', f.otherCoordinator)).json().startKey).toBeNull();
    expect((await inject('DELETE', `/api/content/guide/steps/${end.id}`, f.otherCoordinator)).statusCode).toBe(404);
    const put = await inject('PUT', `/api/content/guide/steps/${end.id}`, f.otherCoordinator, { step: { ...asInput(end), content: text('Kapret') }, version: end.version });
    expect(put.statusCode).toBe(404);
    expect((await stepOf('saken-slutter')).content.nb.title).toBe('Saken slutter');
    expect(await stepCount(f.otherTenantId)).toBe(0);
  });
});
