import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { addDays, todayInNorway } from '../../src/server/platform/text/dates.js';
import type { GuideStepDetail } from '../../src/contracts/guide.js';

/*
 * Guide steps with «how», a staff function and a deadline (issue 9, item 3), and the concern's
 * decision deadline taken from the guide's step for that decision when there is one.
 */
type Headers = Record<string, string>;
let t: TestContext;
const f = {} as { tenantId: string; slug: string; schoolId: string; childId: string; coordinator: Headers; teacher: Headers };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const child = await buildChild(db, tenant.id, { unitId: school.id });
  Object.assign(f, {
    tenantId: tenant.id, schoolId: school.id, childId: child.id,
    slug: (await db.selectFrom('tenants').select('slug').where('id', '=', tenant.id).executeTakeFirstOrThrow()).slug,
    coordinator: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] })),
    teacher: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'employee']] })),
  });
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
const stepCount = async () =>
  Number((await t.database.db.selectFrom('guide_steps').select((e) => e.fn.countAll<string>().as('n')).where('tenant_id', '=', f.tenantId).executeTakeFirstOrThrow()).n);
const end = (key: string, over: object = {}) => ({
  key, level: 0, kind: 'end', content: { nb: { title: `Steg ${key}`, body: 'Hva', how: 'Slik gjør du det: **snakk** med barnet.', who: 'Kontaktlæreren' } }, ...over,
});
async function registerConcern(): Promise<{ decisionDue: string }> {
  const r = await inject('POST', '/api/concerns', f.teacher, {
    childId: f.childId, unitId: f.schoolId, observedOn: todayInNorway(), observation: 'Virker trist.', concernScale: 2, signals: [], guardiansNotContacted: false,
  });
  expect(r.statusCode).toBe(201);
  return (await inject('GET', `/api/concerns/${r.json().id}`, f.teacher)).json();
}

describe('bad input: a field-level 400 and nothing written', () => {
  it.each([[0], [-14], [366], [1.5], ['14']])('a deadline of %s days', async (days) => {
    const before = await stepCount();
    const r = await inject('POST', '/api/content/guide/steps', f.coordinator, end('frist', { deadlineDays: days }));
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'body.deadlineDays' })]);
    expect(await stepCount()).toBe(before);
  });

  it('a staff function that is none of the list, a work point that does not exist, and unknown fields', async () => {
    const before = await stepCount();
    for (const [over, path] of [
      [{ staffFunction: 'janitor' }, 'body.staffFunction'],
      [{ workPoint: 'case_close' }, 'body.workPoint'],
      [{ deadline: 14 }, 'body.deadline'],
      [{ content: { nb: { title: 'Steg', hvordan: 'x' } } }, 'body.content.nb.hvordan'],
    ] as const) {
      const r = await inject('POST', '/api/content/guide/steps', f.coordinator, end('frist', over));
      expect(r.statusCode, JSON.stringify(over)).toBe(400);
      expect(r.json().error.fields[0].path).toBe(path);
    }
    expect(await stepCount()).toBe(before);
  });
});

describe('a step with how, who and a deadline', () => {
  it('is stored and shown on the public page in each language, the deadline as words', async () => {
    const r = await inject('POST', '/api/content/guide/steps', f.coordinator, end('samtale', {
      deadlineDays: 14, staffFunction: 'contact_teacher',
      content: {
        nb: { title: 'Samtale med barnet', body: 'Snakk med barnet.', how: 'Velg et **rolig** sted.', who: 'Den som er bekymret' },
        nn: { title: 'Samtale med barnet', body: 'Snakk med barnet.', how: 'Vel ein **roleg** stad.', who: 'Den som er uroleg' },
      },
    }));
    expect(r.statusCode).toBe(201);
    const step = r.json() as GuideStepDetail;
    expect(step).toMatchObject({ deadlineDays: 14, staffFunction: 'contact_teacher', workPoint: null });
    expect(step.content.nb.how).toBe('Velg et **rolig** sted.');
    const nb = await t.app.inject({ url: `/k/${f.slug}/handlingsveileder/bti/samtale` });
    expect(nb.body).toContain('<strong>Frist:</strong> innen 14 dager');
    expect(nb.body).toContain('Kontaktlærer');
    expect(nb.body).toContain('<strong>Slik gjør du det</strong>');
    expect(nb.body).toContain('Velg et <strong>rolig</strong> sted.');
    const nn = await t.app.inject({ url: `/k/${f.slug}/handlingsveileder/bti/samtale?lang=nn` });
    expect(nn.body).toContain('innan 14 dagar');
    expect(nn.body).toContain('Kontaktlærar');
    expect(nn.body).toContain('Vel ein <strong>roleg</strong> stad.');
    const en = await t.app.inject({ url: `/k/${f.slug}/handlingsveileder/bti/samtale?lang=en` });
    expect(en.body).toContain('within 14 days');
    expect(en.body).toContain('Contact teacher');
    // The English page falls back to the bokmål text, marked as such.
    expect(en.body).toContain('Velg et <strong>rolig</strong> sted.');
  });

  it('a step written before «how» existed reads with an empty one', async () => {
    await t.database.db.updateTable('guide_steps').set({ content: JSON.stringify({ nb: { title: 'Gammel', body: '', who: '' } }) })
      .where('tenant_id', '=', f.tenantId).where('key', '=', 'samtale').execute();
    const editor = await inject('GET', '/api/content/guide', f.coordinator);
    expect(editor.statusCode).toBe(200);
    expect((editor.json().steps as GuideStepDetail[]).find((s) => s.key === 'samtale')?.content.nb.how).toBe('');
    expect((await t.app.inject({ url: `/k/${f.slug}/handlingsveileder/bti/samtale` })).statusCode).toBe(200);
  });
});

describe('the concern\'s decision deadline', () => {
  it('comes from the municipality\'s setting while the guide has no step for the decision', async () => {
    expect((await registerConcern()).decisionDue).toBe(addDays(todayInNorway(), 14));
  });

  it('comes from the guide\'s step for the decision once the coordinator gives it a deadline of 7 days', async () => {
    const created = await inject('POST', '/api/content/guide/steps', f.coordinator, end('avgjor', { workPoint: 'concern_decision' }));
    expect(created.statusCode).toBe(201);
    // Tied to the decision but without a deadline: the setting still applies.
    expect((await registerConcern()).decisionDue).toBe(addDays(todayInNorway(), 14));
    const step = created.json() as GuideStepDetail;
    const { id, version, updatedAt: _u, documentIds, ...rest } = step;
    const input = { ...rest, documentIds, deadlineDays: 7, content: { nb: step.content.nb } };
    delete (input as Record<string, unknown>).id;
    const updated = await inject('PUT', `/api/content/guide/steps/${id}`, f.coordinator, { step: input, version });
    expect(updated.statusCode).toBe(200);
    expect((await registerConcern()).decisionDue).toBe(addDays(todayInNorway(), 7));
    expect((await inject('GET', '/api/concern-settings', f.teacher)).json()).toMatchObject({ decisionDays: 7 });
  });

  it('moves with the work point: saving another step as the decision releases the first', async () => {
    const second = await inject('POST', '/api/content/guide/steps', f.coordinator, end('ny-avgjor', { workPoint: 'concern_decision', deadlineDays: 10 }));
    expect(second.statusCode).toBe(201);
    const steps = (await inject('GET', '/api/content/guide', f.coordinator)).json().steps as GuideStepDetail[];
    expect(steps.filter((s) => s.workPoint === 'concern_decision').map((s) => s.key)).toEqual(['ny-avgjor']);
    expect(steps.find((s) => s.key === 'avgjor')).toMatchObject({ deadlineDays: 7, workPoint: null, version: 3 });
    expect((await registerConcern()).decisionDue).toBe(addDays(todayInNorway(), 10));
  });
});
