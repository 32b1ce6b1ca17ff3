import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../test/helpers/app.js';
import { catalogueQuery, serviceNeeds, type CatalogueQuery } from '../../../contracts/catalogue.js';
import { withTenant } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { publishedServiceView, searchPublishedServices } from '../catalogue/catalogue.service.js';
import { installDefaultContent } from '../guide/default-content/install.js';
import { defaultDocuments } from '../guide/default-content/index.js';
import { publishedDocumentView } from '../library/library.published.js';
import { collectMyWork } from '../my-work/my-work.service.js';
import { DEMO_KNOWN, DEMO_UNITS } from './demo-known.js';
import { generateDemo } from './demo-generator.js';
import { DEMO_SERVICES } from './demo-services.js';

const TODAY = '2026-03-10';

/** The public face of «Eksempel kommune»: its service catalogue, the default guide and documents, its own routines. */
describe('demo public content', () => {
  let ctx: TestContext;
  let h: TestContext['database'];
  let tenantId: string;
  const search = (q: Partial<CatalogueQuery>) => searchPublishedServices(h.db, tenantId, catalogueQuery.parse({ limit: 100, ...q }));
  const count = async (table: 'guide_steps' | 'documents' | 'document_versions') =>
    Number((await h.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    ctx = await createTestApp();
    h = ctx.database;
    ({ tenantId } = await generateDemo(h.db, { seed: 7, children: 200, today: TODAY }));
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('has about 25 published services and 2 drafts for ages 0–25, in bokmål with some nynorsk and English, by the demo units', async () => {
    const rows = await h.db.selectFrom('services as s').leftJoin('units as u', 'u.id', 's.unit_id')
      .select(['s.slug', 's.status', 's.age_from', 's.age_to', 's.needs', 's.content', 's.email', 's.phones', 's.links', 'u.name as unit'])
      .execute();
    const published = rows.filter((r) => r.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(24);
    expect(published.length).toBeLessThanOrEqual(32);
    expect(rows.filter((r) => r.status === 'draft')).toHaveLength(2);
    expect(Math.min(...published.map((r) => r.age_from ?? 99))).toBe(0);
    expect(Math.max(...published.map((r) => r.age_to ?? 0))).toBe(25);
    // Every need a resident can filter by finds at least one service.
    for (const need of serviceNeeds) expect(published.some((r) => r.needs.includes(need)), need).toBe(true);
    const content = published.map((r) => r.content as { nn: unknown; en: unknown });
    expect(content.filter((c) => c.nn !== null).length).toBeGreaterThanOrEqual(3);
    expect(content.filter((c) => c.en !== null).length).toBeGreaterThanOrEqual(3);
    for (const unit of [DEMO_UNITS.healthCentre, DEMO_UNITS.ppt, DEMO_UNITS.childWelfare, DEMO_UNITS.mentalHealth, DEMO_UNITS.nav, DEMO_UNITS.leisure]) {
      expect(rows.some((r) => r.unit === unit), unit).toBe(true);
    }
    // Contact details are made up: a number nobody has, the municipality's made-up domain, example.no links.
    for (const r of rows) {
      for (const p of r.phones as { number: string }[]) expect(p.number, r.slug).toMatch(/^12 34 5\d \d\d$/);
      expect(r.email, r.slug).toMatch(/@eksempel\.kommune\.no$/);
      for (const l of r.links as { url: string }[]) expect(l.url).toMatch(/^https:\/\/www\.example\.no\//);
    }
    expect(new Set(DEMO_SERVICES.map((s) => s.slug)).size).toBe(DEMO_SERVICES.length);
  });

  it('finds the conversation service for a 14-year-old who needs someone to talk to by searching «snakke», and no draft', async () => {
    const found = await search({ q: 'snakke', age: 14, need: ['someone_to_talk_to'] });
    const slugs = found.items.map((i) => i.slug);
    expect(slugs).toContain(DEMO_KNOWN.talkServiceSlug);
    expect(found.items.find((i) => i.slug === DEMO_KNOWN.talkServiceSlug)?.name).toBe(DEMO_KNOWN.talkServiceName);
    expect(slugs).not.toContain('jentegruppe-nordby');
    for (const item of found.items) {
      expect(item.ageFrom! <= 14 && item.ageTo! >= 14, item.slug).toBe(true);
      expect(item.needs).toContain('someone_to_talk_to');
    }
    const view = await publishedServiceView(h.db, tenantId, DEMO_KNOWN.talkServiceSlug, 'en');
    expect(view).toMatchObject({ language: 'en', selfReferral: true, unitName: DEMO_UNITS.mentalHealth });
    expect(view?.whatWeOfferHtml).toContain('<li>');
  });

  it('has the catalogue fields a municipality fills in: fees, drop-in, aftercare to 25, pregnant women, an inter-municipal service, phone lists and contact persons', async () => {
    const all = await search({ limit: 100 });
    const bySlug = new Map(all.items.map((i) => [i.slug, i]));
    expect(all.items.filter((i) => i.cost === 'fee').length).toBeGreaterThanOrEqual(2);
    expect(bySlug.get('helsestasjon-for-ungdom')).toMatchObject({ dropIn: true, cost: 'free', referrers: expect.arrayContaining(['self', 'school_nurse']) });
    expect(bySlug.get('ettervern')).toMatchObject({ ageTo: 25, targetGroups: ['young_adults'] });
    expect(bySlug.get('svangerskapsomsorg')).toMatchObject({ ageFrom: null, ageTo: null, targetGroups: expect.arrayContaining(['pregnant']) });
    expect(all.items.filter((i) => i.interMunicipalName !== null).length).toBeGreaterThanOrEqual(1);
    expect((await search({ targetGroup: ['pregnant'] })).items.map((i) => i.slug)).toEqual(['svangerskapsomsorg']);
    const hfu = await publishedServiceView(h.db, tenantId, 'helsestasjon-for-ungdom', 'nb');
    expect(hfu?.phones.length).toBeGreaterThanOrEqual(2);
    expect(hfu?.contactPersons.length).toBeGreaterThanOrEqual(1);
    // An SFO is a department of its school.
    expect((await publishedServiceView(h.db, tenantId, 'leksehjelp-lia-sfo', 'nb'))?.unitName).toBe(`${DEMO_UNITS.liaSchool} › ${DEMO_UNITS.liaSfo}`);
  });

  it('is searchable by Norwegian word forms and filters', async () => {
    const kindergartens = await search({ q: 'barnehagene' });
    expect(kindergartens.items.map((i) => i.slug)).toEqual(expect.arrayContaining(['ressursteam-i-barnehagene', 'apen-barnehage-eventyrskogen']));
    expect((await search({ q: 'logoped' })).items.map((i) => i.slug)).toContain('logoped');
    const babies = await search({ age: 1, need: ['family_and_parenting'] });
    expect(babies.items.map((i) => i.slug)).toContain('helsestasjon-0-5-ar');
    expect(babies.items.map((i) => i.slug)).not.toContain(DEMO_KNOWN.talkServiceSlug);
    expect((await search({ type: 'nav' })).items.map((i) => i.slug)).toEqual(['nav-ungdomskontakt']);
  });

  it('has the default guide and documents installed once, and installing again changes nothing', async () => {
    const steps = await count('guide_steps');
    const documents = await count('documents');
    expect(steps).toBeGreaterThan(5);
    expect(await h.db.selectFrom('guide_steps').select('id').where('kind', '=', 'start').execute()).toHaveLength(1);
    const slugs = (await h.db.selectFrom('documents').select('slug').execute()).map((d) => d.slug);
    expect(slugs).toEqual(expect.arrayContaining(defaultDocuments.map((d) => d.slug)));
    expect(slugs.filter((s) => s === 'samtykke-til-tverrfaglig-samarbeid')).toHaveLength(1);
    const consent = await publishedDocumentView(h.db, tenantId, 'samtykke-til-tverrfaglig-samarbeid');
    expect(consent?.file?.type).toBe('application/pdf');
    expect(await installDefaultContent(h.db, null, tenantId)).toEqual({ guideInstalled: false, documentsInstalled: 0 });
    expect(await count('guide_steps')).toBe(steps);
    expect(await count('documents')).toBe(documents);
  });

  it('has a routine with two published versions, the older one still readable with its date', async () => {
    const current = await publishedDocumentView(h.db, tenantId, DEMO_KNOWN.versionedRoutineSlug);
    expect(current).toMatchObject({ versionNo: 2, isCurrent: true, title: DEMO_KNOWN.versionedRoutineTitle });
    expect(current?.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    expect(current?.changeNote).not.toBe('');
    const older = await publishedDocumentView(h.db, tenantId, DEMO_KNOWN.versionedRoutineSlug, 1);
    expect(older).toMatchObject({ versionNo: 1, isCurrent: false });
    expect(older!.publishedAt < current!.publishedAt).toBe(true);
    expect(current!.publishedAt.slice(0, 10) < TODAY).toBe(true);
  });

  it('gives every document an owner, and the coordinator is reminded on «Mitt arbeid» of the ones past review', async () => {
    const coordinator = await h.db.selectFrom('users').select(['id', 'tenant_id']).where('external_subject', '=', 'demo:coordinator').executeTakeFirstOrThrow();
    expect(await h.db.selectFrom('documents').select('id').where('owner_id', 'is', null).execute()).toEqual([]);
    const overdue = await h.db.selectFrom('documents').select('slug').where('review_due', '<', TODAY).execute();
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThanOrEqual(3);
    const actor: StaffActor = {
      kind: 'staff', userId: coordinator.id, tenantId: coordinator.tenant_id, name: 'Randi Kvam', requestId: 'test',
      municipalRoles: new Set(['municipal_coordinator']), unitRoles: new Map(),
    };
    const work = await withTenant(h.db, tenantId, (trx) => collectMyWork(trx, actor, TODAY));
    const reviews = work.tasks.filter((t) => t.kind === 'document_review_due');
    expect(reviews.map((t) => t.id).sort()).toHaveLength(overdue.length);
    expect(reviews.every((t) => t.overdue)).toBe(true);
  });

  it('shows on the public pages without login: the search the journey makes, the service, the older version of the routine', async () => {
    const get = (url: string) => ctx.app.inject({ method: 'GET', url });
    const found = await get('/k/eksempel/tjenester?q=snakke&alder=14&behov=someone_to_talk_to');
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(DEMO_KNOWN.talkServiceName);
    const service = await get(`/k/eksempel/tjenester/${DEMO_KNOWN.talkServiceSlug}`);
    expect(service.statusCode).toBe(200);
    expect(service.body).toContain('@eksempel.kommune.no');
    const older = await get(`/k/eksempel/dokumenter/${DEMO_KNOWN.versionedRoutineSlug}/versjoner/1`);
    expect(older.statusCode).toBe(200);
    expect(older.body).toContain('15 prosent');
    expect((await get(`/k/eksempel/dokumenter/${DEMO_KNOWN.versionedRoutineSlug}`)).body).toContain('10 prosent');
    expect((await get('/k/eksempel/dokumenter/samtykke-til-tverrfaglig-samarbeid/versjoner/1/fil')).headers['content-type']).toContain('application/pdf');
  });
});
