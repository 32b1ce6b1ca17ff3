import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import type { GuideEditor } from '../../src/contracts/guide.js';

/*
 * Several guides per municipality (issue 9, item 1): guides beside each other, each with its own
 * start, overview and path; the common public entry; the old addresses kept by redirect.
 */
type Headers = Record<string, string>;
let t: TestContext;
const f = {} as { tenantId: string; slug: string; coordinator: Headers; leader: Headers; otherCoordinator: Headers };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const other = await buildTenant(db);
  const unit = await buildUnit(db, tenant.id);
  Object.assign(f, {
    tenantId: tenant.id,
    slug: (await db.selectFrom('tenants').select('slug').where('id', '=', tenant.id).executeTakeFirstOrThrow()).slug,
    coordinator: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] })),
    leader: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'leader']] })),
    otherCoordinator: await sessionHeaders(db, await buildUser(db, other.id, { municipalRoles: ['municipal_coordinator'] })),
  });
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
const guide = (slug: string, nb: string, nn: string, audience = '') => ({ slug, name: { nb, nn }, audience: { nb: audience }, position: 0 });
const step = (guideId: string, key: string, kind: string, choices: { to: string }[] = [], over: object = {}) => ({
  guideId, key, level: kind === 'end' ? 1 : 0, kind, content: { nb: { title: `Steg ${key}`, body: '', who: '' } },
  choices: choices.map((c) => ({ label: { nb: 'Videre' }, to: c.to })), ...over,
});
const guideCount = async () =>
  Number((await t.database.db.selectFrom('guides').select((e) => e.fn.countAll<string>().as('n')).where('tenant_id', '=', f.tenantId).executeTakeFirstOrThrow()).n);
let kindergarten = '';
let school = '';

describe('guides', () => {
  it('coordinators create them, audited; others get 404 and nothing is written', async () => {
    expect((await inject('POST', '/api/content/guides', f.leader, guide('barnehage', 'For barnehagen', 'For barnehagen'))).statusCode).toBe(404);
    expect(await guideCount()).toBe(0);
    const a = await inject('POST', '/api/content/guides', f.coordinator, guide('barnehage', 'For barnehagen', 'For barnehagen', 'Ansatte i barnehagene'));
    expect(a.statusCode).toBe(201);
    const b = await inject('POST', '/api/content/guides', f.coordinator, { ...guide('skole', 'For skolen', 'For skulen'), position: 10 });
    expect(b.statusCode).toBe(201);
    const editor = b.json() as GuideEditor;
    expect(editor.guides.map((g) => [g.slug, g.name.nb, g.name.nn, g.stepCount])).toEqual([
      ['barnehage', 'For barnehagen', 'For barnehagen', 0], ['skole', 'For skolen', 'For skulen', 0],
    ]);
    [kindergarten, school] = editor.guides.map((g) => g.id) as [string, string];
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('tenant_id', '=', f.tenantId).where('action', '=', 'guide.create').execute();
    expect(audit).toHaveLength(2);
    // Another municipality sees none of them.
    expect(((await inject('GET', '/api/content/guide', f.otherCoordinator)).json() as GuideEditor).guides).toEqual([]);
    expect((await inject('PUT', `/api/content/guides/${school}`, f.otherCoordinator, { guide: guide('x-y', 'Xy', 'Xy'), version: 1 })).statusCode).toBe(404);
  });

  it('bad input: a taken address (409), a bad address, a missing bokmål name, unknown fields (400); nothing written', async () => {
    const taken = await inject('POST', '/api/content/guides', f.coordinator, guide('skole', 'Skole igjen', 'Skule'));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toEqual([expect.objectContaining({ path: 'slug', code: 'slug_taken' })]);
    for (const [body, path] of [
      [guide('Skole 2', 'Skole', 'Skule'), 'body.slug'],
      [{ slug: 'uten-navn', name: { nn: 'Utan namn' } }, 'body.name.nb'],
      [{ ...guide('ekstra', 'Ekstra', 'Ekstra'), colour: 'red' }, 'body.colour'],
    ] as const) {
      const r = await inject('POST', '/api/content/guides', f.coordinator, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().error.fields[0].path).toBe(path);
    }
    expect(await guideCount()).toBe(2);
  });

  it('each guide has its own start and path; choices stay inside their guide; keys are unique across guides', async () => {
    for (const [g, prefix] of [[kindergarten, 'bhg'], [school, 'skole']] as const) {
      expect((await inject('POST', '/api/content/guide/steps', f.coordinator, step(g, `${prefix}-slutt`, 'end', [], { deadlineDays: 14 }))).statusCode).toBe(201);
      const start = await inject('POST', '/api/content/guide/steps', f.coordinator, step(g, `${prefix}-start`, 'start', [{ to: `${prefix}-slutt` }]));
      expect(start.statusCode).toBe(201);
    }
    const steps = ((await inject('GET', '/api/content/guide', f.coordinator)).json() as GuideEditor).steps;
    expect(steps.filter((s) => s.kind === 'start').map((s) => [s.key, s.guideId])).toEqual([['bhg-start', kindergarten], ['skole-start', school]]);
    const across = await inject('POST', '/api/content/guide/steps', f.coordinator, step(school, 'skole-mer', 'step', [{ to: 'bhg-slutt' }]));
    expect(across.statusCode).toBe(400);
    expect(across.json().error.fields).toEqual([expect.objectContaining({ path: 'choices.0.to', code: 'unknown_step' })]);
    const twice = await inject('POST', '/api/content/guide/steps', f.coordinator, step(school, 'bhg-slutt', 'end'));
    expect(twice.statusCode).toBe(409);
    const nowhere = await inject('POST', '/api/content/guide/steps', f.coordinator, step('00000000-0000-4000-8000-000000000001', 'ingen', 'end'));
    expect(nowhere.json().error.fields).toEqual([expect.objectContaining({ path: 'guideId', code: 'unknown_guide' })]);
    // A step stays in its guide.
    const end = steps.find((s) => s.key === 'bhg-slutt')!;
    const move = await inject('PUT', `/api/content/guide/steps/${end.id}`, f.coordinator, {
      step: { ...step(school, 'bhg-slutt', 'end'), deadlineDays: 14 }, version: end.version,
    });
    expect(move.statusCode).toBe(400);
    expect(move.json().error.fields).toEqual([expect.objectContaining({ path: 'step.guideId', code: 'guide_fixed' })]);
  });

  it('the public entry lets the reader choose between the published guides, each with its own overview and steps', async () => {
    const entry = await t.app.inject({ url: `/k/${f.slug}/handlingsveileder?lang=nn` });
    expect(entry.statusCode).toBe(200);
    expect(entry.body).toContain(`href="/k/${f.slug}/handlingsveileder/barnehage?lang=nn"`);
    expect(entry.body).toContain('>For skulen</a>');
    // The audience has no nynorsk text: bokmål, marked so.
    expect(entry.body).toContain('<p class="ds-paragraph" data-size="sm" lang="nb">Ansatte i barnehagene</p>');
    const overview = await t.app.inject({ url: `/k/${f.slug}/handlingsveileder/skole` });
    expect(overview.body).toContain('<h1 class="ds-heading" data-size="lg">For skolen</h1>');
    expect(overview.body).toContain(`href="/k/${f.slug}/handlingsveileder/skole/skole-start"`);
    expect(overview.body).not.toContain('bhg-start');
    // Each level leads straight to its first step (the start has its own button).
    expect(overview.body).toContain(`<a class="ds-link" href="/k/${f.slug}/handlingsveileder/skole/skole-slutt"><strong>Begynn på Nivå 1</strong></a>`);
    const stepPage = await t.app.inject({ url: `/k/${f.slug}/handlingsveileder/barnehage/bhg-slutt?lang=nn` });
    expect(stepPage.body).toContain('innan 14 dagar');
    // A step under another guide's address is not found.
    expect((await t.app.inject({ url: `/k/${f.slug}/handlingsveileder/skole/bhg-slutt` })).statusCode).toBe(404);
  });

  it('keeps the addresses from before several guides working, by redirect', async () => {
    const entry = await t.app.inject({ url: `/k/${f.slug}/veileder?lang=en` });
    expect(entry.statusCode).toBe(301);
    expect(entry.headers.location).toBe(`/k/${f.slug}/handlingsveileder?lang=en`);
    const oldStep = await t.app.inject({ url: `/k/${f.slug}/veileder/bhg-start` });
    expect(oldStep.statusCode).toBe(301);
    expect(oldStep.headers.location).toBe(`/k/${f.slug}/handlingsveileder/barnehage/bhg-start`);
    expect((await t.app.inject({ url: `/k/${f.slug}/veileder/finnes-ikke` })).statusCode).toBe(404);
  });

  it('an unpublished guide is neither offered nor readable; with one guide left, the entry goes straight on', async () => {
    const editor = (await inject('GET', '/api/content/guide', f.coordinator)).json() as GuideEditor;
    const g = editor.guides.find((x) => x.id === school)!;
    const r = await inject('PUT', `/api/content/guides/${school}`, f.coordinator, {
      guide: { slug: g.slug, name: { nb: g.name.nb, nn: g.name.nn }, published: false }, version: g.version,
    });
    expect(r.statusCode).toBe(200);
    expect((await t.app.inject({ url: `/k/${f.slug}/handlingsveileder/skole` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/k/${f.slug}/handlingsveileder/skole/skole-start` })).statusCode).toBe(404);
    const entry = await t.app.inject({ url: `/k/${f.slug}/handlingsveileder?lang=nn` });
    expect(entry.statusCode).toBe(302);
    expect(entry.headers.location).toBe(`/k/${f.slug}/handlingsveileder/barnehage?lang=nn`);
    // A stale version is refused.
    const stale = await inject('PUT', `/api/content/guides/${school}`, f.coordinator, { guide: { slug: g.slug, name: { nb: 'X y' } }, version: g.version });
    expect(stale.statusCode).toBe(409);
  });

  it('a guide is deleted with its steps, audited', async () => {
    const r = await inject('DELETE', `/api/content/guides/${school}`, f.coordinator);
    expect(r.statusCode).toBe(200);
    const editor = r.json() as GuideEditor;
    expect(editor.guides.map((g) => g.slug)).toEqual(['barnehage']);
    expect(editor.steps.map((s) => s.key).sort()).toEqual(['bhg-slutt', 'bhg-start']);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('tenant_id', '=', f.tenantId).where('action', 'in', ['guide.delete', 'guide_step.delete']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['guide.delete', 'guide_step.delete', 'guide_step.delete']);
    expect((await inject('DELETE', `/api/content/guides/${school}`, f.coordinator)).statusCode).toBe(404);
  });
});
