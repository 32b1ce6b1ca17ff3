import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { residentHeaders } from '../helpers/case-factories.js';
import { buildService } from '../helpers/content-factories.js';
import { publishedServiceView, searchPublishedServices } from '../../src/server/features/catalogue/catalogue.service.js';
import { sql } from 'kysely';
import { catalogueQuery, serviceNeeds, serviceTypes, type CatalogueQuery, type ServiceNeed, type ServiceType } from '../../src/contracts/catalogue.js';

type Headers = Record<string, string>;
let t: TestContext;
const f = {} as {
  tenantId: string; otherTenantId: string; staff: Headers; resident: Headers;
  kindergarten: string; nurse: string; talk: string; draft: string; archived: string; foreign: string; translated: string;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const other = await buildTenant(db);
  const unit = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const child = await buildChild(db, tenant.id);
  const guardian = await buildGuardian(db, tenant.id, child.id);
  const s = (over: Parameters<typeof buildService>[2]) => buildService(db, tenant.id, over).then((r) => r.id);
  Object.assign(f, {
    tenantId: tenant.id,
    otherTenantId: other.id,
    staff: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'employee']] })),
    resident: await residentHeaders(db, guardian.national_id),
    kindergarten: await s({
      name: 'Åpen barnehage', slug: 'apen-barnehage', serviceType: 'kindergarten', ageFrom: 0, ageTo: 5, needs: ['development', 'leisure_and_friends'],
      nb: { summary: 'Lek og møteplass for små barn og foreldre.', whatWeOffer: 'Et sted å møtes for familier med små barn.' },
    }),
    nurse: await s({
      name: 'Skolehelsetjenesten', slug: 'skolehelsetjenesten', unitId: unit.id, serviceType: 'health', ageFrom: 6, ageTo: 20,
      needs: ['someone_to_talk_to', 'physical_health'],
      nb: { whatWeOffer: 'Helsesykepleier på skolen. Vi samarbeider med barnehagene før skolestart.' },
    }),
    talk: await s({
      name: 'Ungdomskontakten', slug: 'ungdomskontakten', serviceType: 'mental_health', ageFrom: 13, ageTo: 23, needs: ['someone_to_talk_to', 'mental_health'],
      nb: { whatWeOffer: 'Noen å snakke med når livet er vanskelig.' },
    }),
    translated: await s({
      name: 'Familiesenteret', slug: 'familiesenteret', serviceType: 'family', ageFrom: 0, ageTo: 18, needs: ['family_and_parenting'],
      nb: { summary: 'Hjelp til familier.', whatWeOffer: 'Foreldreveiledning.' },
      nn: { name: 'Familiesenteret (nynorsk)', summary: 'Hjelp til familiar.', whatWeOffer: 'Foreldrerettleiing.' },
    }),
    draft: await s({ name: 'Barnehage i planlegging', status: 'draft', serviceType: 'kindergarten' }),
    archived: await s({ name: 'Nedlagt barnehage', status: 'archived', serviceType: 'kindergarten' }),
    foreign: (await buildService(db, other.id, { name: 'Barnehage i nabokommunen', slug: 'apen-barnehage', serviceType: 'kindergarten' })).id,
  });
});
afterAll(() => t.close());

const search = (query: Partial<Record<string, unknown>>) => searchPublishedServices(t.database.db, f.tenantId, catalogueQuery.parse(query) as CatalogueQuery);
const ids = async (query: Partial<Record<string, unknown>>) => (await search(query)).items.map((i) => i.id);
const get = (url: string, headers: Headers = f.staff) => t.app.inject({ method: 'GET', url, headers });

describe('searching the published catalogue', () => {
  it('finds «barnehage» when searching for «barnehagene» (norwegian stemming), the name first', async () => {
    expect(await ids({ q: 'barnehagene' })).toEqual([f.kindergarten, f.nurse]);
  });

  it('falls back to word prefixes when the full-text query finds nothing', async () => {
    expect(await ids({ q: 'helsesyk' })).toEqual([f.nurse]);
    expect(await ids({ q: 'ungdomskont' })).toEqual([f.talk]);
    expect(await ids({ q: 'finnesikke' })).toEqual([]);
  });

  it('never finds what the text excludes: a negative search that finds nothing gets no prefix fallback', async () => {
    expect(await ids({ q: 'helsesykepleier -skolen' })).toEqual([]);
    expect(await ids({ q: 'åpen -barnehage' })).toEqual([]);
    // «Noen å snakke med» is the school nurse's need, searched as its label: only the excluded phrase's service goes.
    expect(await ids({ q: 'snakke -"livet er"' })).toEqual([f.nurse]);
    expect(await ids({ q: 'barnehagene -helsesykepleier' })).toEqual([f.kindergarten]);
  });

  it('searches a text of stop words only («og», «i») as no text', async () => {
    expect(await ids({ q: 'og' })).toEqual(await ids({}));
    expect(await ids({ q: 'og i', age: 3 })).toEqual([f.translated, f.kindergarten]);
    const res = await get(`/api/catalogue/services?q=${encodeURIComponent('i og')}&type=kindergarten`);
    expect(res.json()).toMatchObject({ total: 1, items: [{ id: f.kindergarten }] });
  });

  it('takes tsquery syntax in the text as words, never as an error', async () => {
    for (const q of ["barn' & | !", '"snakke med', 'or -', '::*', '\\']) {
      const res = await get(`/api/catalogue/services?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
    }
  });

  it('filters by the child’s age, any of the needs and the type', async () => {
    expect(await ids({ age: 14 })).toEqual([f.translated, f.nurse, f.talk]);
    expect(await ids({ age: 3 })).toEqual([f.translated, f.kindergarten]);
    expect(await ids({ need: 'someone_to_talk_to' })).toEqual([f.nurse, f.talk]);
    expect(await ids({ need: ['mental_health', 'development'] })).toEqual([f.talk, f.kindergarten]);
    expect(await ids({ type: 'kindergarten' })).toEqual([f.kindergarten]);
    expect(await ids({ age: 14, need: 'someone_to_talk_to', q: 'snakke' })).toEqual([f.talk, f.nurse]);
    expect(await ids({ age: 14, need: 'someone_to_talk_to', q: 'livet' })).toEqual([f.talk]);
  });

  it('shows published services only, of the own municipality', async () => {
    const all = await ids({});
    expect(all).toEqual([f.translated, f.nurse, f.talk, f.kindergarten]);
    expect(all).not.toContain(f.draft);
    expect(all).not.toContain(f.archived);
    expect(all).not.toContain(f.foreign);
  });

  it('names and summaries in the asked language, bokmål where not translated', async () => {
    const nn = await search({ lang: 'nn', type: 'family' });
    expect(nn.items[0]).toMatchObject({ name: 'Familiesenteret (nynorsk)', summary: 'Hjelp til familiar.' });
    expect((await search({ lang: 'nn', q: 'helsesykepleier' })).items[0]).toMatchObject({ name: 'Skolehelsetjenesten' });
    expect((await search({ lang: 'en', type: 'family' })).items[0]).toMatchObject({ name: 'Familiesenteret', summary: 'Hjelp til familier.' });
  });
});

describe('what the search reads', () => {
  it('finds words of the summary and of every text in nynorsk and English, names first', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const id = (over: Parameters<typeof buildService>[2]) => buildService(db, tenant.id, over).then((r) => r.id);
    const named = await id({ name: 'Samtaletilbud for barn' });
    const summary = await id({ name: 'Ungdomstorget', nb: { summary: 'Samtaletilbud for ungdom.' } });
    const nnSummary = await id({ name: 'Familiehuset', nn: { summary: 'Rettleiingssamtalar for familiar.' } });
    const nnHelp = await id({ name: 'Læringssenteret', nn: { howToGetHelp: 'Ring til vaksenopplæringa.' } });
    const enWho = await id({ name: 'Helsehuset', en: { whoWeAre: 'We are nurses and physiotherapists.' } });
    const enHelp = await id({ name: 'Kulturskolen', en: { howToGetHelp: 'Send us a text message.' } });
    const found = async (q: string) => (await searchPublishedServices(db, tenant.id, catalogueQuery.parse({ q }))).items.map((i) => i.id);
    expect(await found('samtaletilbud')).toEqual([named, summary]);
    expect(await found('rettleiingssamtalar')).toEqual([nnSummary]);
    expect(await found('vaksenopplæringa')).toEqual([nnHelp]);
    expect(await found('physiotherapists')).toEqual([enWho]);
    expect(await found('message')).toEqual([enHelp]);
  });
});

describe('the database keeps services within the contract', () => {
  it('allows exactly the contract’s types and needs, so no row can fail the response validation', async () => {
    const db = t.database.db;
    const { rows } = await sql<{ name: string; def: string }>`SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'services'::regclass AND conname IN ('services_service_type_check', 'services_needs_check')`.execute(db);
    const values = (name: string) => new Set([...(rows.find((r) => r.name === name)?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]));
    expect(values('services_service_type_check')).toEqual(new Set(serviceTypes));
    expect(values('services_needs_check')).toEqual(new Set(serviceNeeds));
    await expect(buildService(db, f.tenantId, { serviceType: 'spa' as ServiceType })).rejects.toMatchObject({ code: '23514' });
    await expect(buildService(db, f.tenantId, { needs: ['bullying', 'flying' as ServiceNeed] })).rejects.toMatchObject({ code: '23514' });
    await buildService(db, f.tenantId, { status: 'draft', serviceType: 'other', needs: [...serviceNeeds] });
  });
});

describe('paging', () => {
  it('pages by number with the total, and a page past the end is empty with the same total', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    for (let i = 0; i < 23; i++) await buildService(db, tenant.id, { name: `Tilbud ${String(i).padStart(2, '0')}`, serviceType: 'leisure' });
    const q = (page: number) => searchPublishedServices(db, tenant.id, catalogueQuery.parse({ limit: 10, page }));
    const [p1, p3, p4] = [await q(1), await q(3), await q(4)];
    expect(p1).toMatchObject({ total: 23, page: 1, pages: 3 });
    expect(p1.items.map((i) => i.name)[0]).toBe('Tilbud 00');
    expect(p3.items.map((i) => i.name)).toEqual(['Tilbud 20', 'Tilbud 21', 'Tilbud 22']);
    expect(p4).toMatchObject({ items: [], total: 23, page: 4, pages: 3 });
    const none = await searchPublishedServices(db, tenant.id, catalogueQuery.parse({ q: 'finnesikke' }));
    expect(none).toMatchObject({ items: [], total: 0, pages: 0 });
  });
});

describe('one published service', () => {
  it('by slug for the public site: rendered, in the asked language with fallback; drafts and archived are null', async () => {
    const db = t.database.db;
    const view = await publishedServiceView(db, f.tenantId, 'familiesenteret', 'nn');
    expect(view).toMatchObject({ id: f.translated, language: 'nn', name: 'Familiesenteret (nynorsk)', whatWeOfferHtml: '<p>Foreldrerettleiing.</p>' });
    expect(await publishedServiceView(db, f.tenantId, 'skolehelsetjenesten', 'en')).toMatchObject({ language: 'nb', unitName: 'Helsestasjonen' });
    // The same slug in another municipality is that municipality's own service.
    expect((await publishedServiceView(db, f.otherTenantId, 'apen-barnehage', 'nb'))?.id).toBe(f.foreign);
    expect((await publishedServiceView(db, f.tenantId, 'apen-barnehage', 'nb'))?.id).toBe(f.kindergarten);
    const draftSlug = (await db.selectFrom('services').select('slug').where('id', '=', f.draft).executeTakeFirstOrThrow()).slug;
    expect(await publishedServiceView(db, f.tenantId, draftSlug, 'nb')).toBeNull();
    expect(await publishedServiceView(db, f.tenantId, 'finnes-ikke', 'nb')).toBeNull();
  });

  it('by id for staff inside Samla; 404 for drafts, archived and other municipalities’ services', async () => {
    const ok = await get(`/api/catalogue/services/${f.translated}?lang=nn`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Familiesenteret (nynorsk)', language: 'nn' });
    for (const id of [f.draft, f.archived, f.foreign, '00000000-0000-4000-8000-000000000000']) {
      expect((await get(`/api/catalogue/services/${id}`)).statusCode).toBe(404);
    }
  });
});

describe('the staff catalogue over HTTP', () => {
  it('answers staff with the search result; residents get 404 and no session 401', async () => {
    const res = await get('/api/catalogue/services?q=barnehagene&age=4');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, page: 1, pages: 1, items: [{ id: f.kindergarten, name: 'Åpen barnehage', status: 'published' }] });
    expect((await get('/api/catalogue/services?need=someone_to_talk_to&need=mental_health')).json().total).toBe(2);
    expect((await get('/api/catalogue/services', f.resident)).statusCode).toBe(404);
    expect((await get(`/api/catalogue/services/${f.nurse}`, f.resident)).statusCode).toBe(404);
    expect((await get('/api/catalogue/services', {})).statusCode).toBe(401);
  });

  it('reads the age as digits only; an empty age is no filter', async () => {
    const all = (await get('/api/catalogue/services')).json().total;
    expect(all).toBe(4);
    expect((await get('/api/catalogue/services?age=')).json().total).toBe(all);
    expect((await get('/api/catalogue/services?age=%20')).json().total).toBe(all);
    expect((await get('/api/catalogue/services?age=0')).json().total).toBe(2);
    expect((await get('/api/catalogue/services?age=%2014')).json().items.map((i: { id: string }) => i.id)).toEqual([f.translated, f.nurse, f.talk]);
  });

  it('refuses bad filters with field-level 400s', async () => {
    for (const [query, field] of [['age=99', 'querystring.age'], ['age=0x10', 'querystring.age'], ['age=1e1', 'querystring.age'], ['age=-1', 'querystring.age'], ['need=flying', 'querystring.need'], ['type=spa', 'querystring.type'], ['page=0', 'querystring.page'], ['lang=de', 'querystring.lang']]) {
      const res = await get(`/api/catalogue/services?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.fields.map((p: { path: string }) => p.path), query).toContain(field);
    }
  });
});

describe('search in every language (issue 9)', () => {
  it('finds services written in Norwegian only by English words of their type, needs and target groups, and English texts by English stems', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const id = (over: Parameters<typeof buildService>[2]) => buildService(db, tenant.id, over).then((r) => r.id);
    const kindergarten = await id({ name: 'Solsikken barnehage', serviceType: 'kindergarten', ageFrom: 1, ageTo: 5 });
    const pregnant = await id({ name: 'Jordmortjenesten', serviceType: 'health', ageFrom: null, ageTo: null, targetGroups: ['pregnant'] });
    const english = await id({ name: 'Foreldrekurs', serviceType: 'family', en: { name: 'Parenting courses', whatWeOffer: 'Courses for parents of toddlers.' } });
    const found = async (q: string, lang = 'en') => (await searchPublishedServices(db, tenant.id, catalogueQuery.parse({ q, lang }))).items.map((i) => i.id);
    // Before: «kindergarten» found only services with an English text that said it.
    expect(await found('kindergarten')).toEqual([kindergarten]);
    expect(await found('kindergartens')).toEqual([kindergarten]);
    expect(await found('kindergarten', 'nb')).toEqual([kindergarten]);
    expect(await found('pregnant')).toEqual([pregnant]);
    expect(await found('gravide')).toEqual([pregnant]);
    // English stemming: «course» finds «courses», «toddler» finds «toddlers».
    expect(await found('course toddler')).toEqual([english]);
    // Norwegian stemming as before, and stop words in either language are no words.
    expect(await found('barnehagene')).toEqual([kindergarten]);
    expect(await found('the kindergarten')).toEqual([kindergarten]);
  });

  it('no prefix fallback from one- and two-letter words: «a\'b» finds nothing instead of nearly everything', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    for (let i = 0; i < 5; i++) {
      await buildService(db, tenant.id, { name: `Avlastning og besøk ${i}`, nb: { whatWeOffer: 'Aktiviteter, avlastning og besøkshjem for barn.' } });
    }
    const found = async (q: string) => (await searchPublishedServices(db, tenant.id, catalogueQuery.parse({ q }))).total;
    expect(await found("a'b")).toBe(0);
    expect(await found('a b')).toBe(0);
    // A real word typed half-way still falls back to its prefix.
    expect(await found('avlast')).toBe(5);
    expect(await found('avlast b')).toBe(0);
  });
});
