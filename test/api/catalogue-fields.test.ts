import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildService } from '../helpers/content-factories.js';
import { isMunicipalityNumber, isPhoneNumber } from '../../src/contracts/catalogue-fields.js';

/**
 * The catalogue's fields (issue 9, item 5) through HTTP: who can refer beside self-referral,
 * target groups and ages to 25, cost, drop-in, phone lists, contact persons, an inter-municipal
 * provider and a department as provider; the staff catalogue's filters; bad input.
 */
type Headers = Record<string, string>;
let t: TestContext;
const f = {} as { tenantId: string; unit: string; department: string; coordinator: Headers; staff: Headers };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const unit = await buildUnit(db, tenant.id, { name: 'Helsetjenesten', type: 'health_centre' });
  const department = await buildUnit(db, tenant.id, { name: 'Helsestasjon for ungdom', type: 'health_centre' });
  await db.updateTable('units').set({ parent_id: unit.id }).where('id', '=', department.id).execute();
  Object.assign(f, {
    tenantId: tenant.id, unit: unit.id, department: department.id,
    coordinator: await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] })),
    staff: await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[unit.id, 'employee']] })),
  });
});
afterAll(() => t.close());

let n = 0;
const input = (over: Record<string, unknown> = {}) => ({
  slug: `tjeneste-${++n}`,
  unitId: f.department,
  serviceType: 'health',
  ageFrom: 13,
  ageTo: 25,
  referrers: ['self', 'school_nurse', 'doctor'],
  content: { nb: { name: `Tjeneste ${n}`, summary: 'For ungdom.', whatWeOffer: 'Samtaler.', howToGetHelp: 'Kom innom.' } },
  ...over,
});
const req = (method: 'GET' | 'POST' | 'PUT', url: string, h: Headers, payload?: object) => t.app.inject({ method, url, headers: h, payload });
const create = (over: Record<string, unknown> = {}) => req('POST', '/api/content/services', f.coordinator, input(over));
const fieldPaths = (res: { json(): { error: { fields: { path: string }[] } } }) => res.json().error.fields.map((p) => p.path);
const count = async () => (await t.database.db.selectFrom('services').select('id').where('tenant_id', '=', f.tenantId).execute()).length;
const publish = async (id: string) => req('POST', `/api/content/services/${id}/publish`, f.coordinator, { version: 1 });

describe('a service with every new field', () => {
  it('stores and returns who can refer, cost with its text, drop-in, ages to 25, phones, contact persons, an inter-municipal host and the department path', async () => {
    const res = await create({
      targetGroups: ['young_adults'],
      cost: 'fee', dropIn: true,
      content: {
        nb: { name: 'Ettervern', summary: 'For unge voksne.', whatWeOffer: 'Oppfølging.', howToGetHelp: 'Ring.', costText: 'Egenandel 50 kroner.' },
        en: { name: 'Aftercare', summary: 'For young adults.', whatWeOffer: 'Follow-up.', howToGetHelp: 'Call.', costText: 'A fee of NOK 50.' },
      },
      phones: [{ number: '+47 22 33 44 55', label: 'Sentralbord' }, { number: '116 111', label: 'Alarmtelefonen' }, { number: '+46 8 123 456 78' }],
      contactPersons: [{ name: 'Kari Nordmann', role: 'Helsesykepleier', phone: '41 00 00 00', email: 'kari@example.test' }, { name: 'Ola Nordmann' }],
      interMunicipal: { name: 'Barnevernet i Midtfjorden', hostMunicipalityNumber: '4601', hostMunicipalityName: 'Bergen' },
    });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({
      unit: { id: f.department, name: 'Helsetjenesten › Helsestasjon for ungdom' },
      ageFrom: 13, ageTo: 25, targetGroups: ['young_adults'], referrers: ['self', 'school_nurse', 'doctor'], selfReferral: true,
      cost: 'fee', dropIn: true,
      phones: [{ number: '+47 22 33 44 55', label: 'Sentralbord' }, { number: '116 111', label: 'Alarmtelefonen' }, { number: '+46 8 123 456 78', label: '' }],
      contactPersons: [
        { name: 'Kari Nordmann', role: 'Helsesykepleier', phone: '41 00 00 00', email: 'kari@example.test' },
        { name: 'Ola Nordmann', role: '', phone: null, email: null },
      ],
      interMunicipal: { name: 'Barnevernet i Midtfjorden', hostMunicipalityNumber: '4601', hostMunicipalityName: 'Bergen' },
    });
    expect(s.content.en.costText).toBe('A fee of NOK 50.');
    expect((await publish(s.id)).statusCode).toBe(200);
    const view = (await req('GET', `/api/catalogue/services/${s.id}?lang=en`, f.staff)).json();
    expect(view).toMatchObject({ unitName: 'Helsetjenesten › Helsestasjon for ungdom', costText: 'A fee of NOK 50.', dropIn: true, language: 'en' });
  });

  it('a service for pregnant women needs no age range; without one it needs a target group', async () => {
    const ok = await create({ ageFrom: null, ageTo: null, targetGroups: ['pregnant'] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ ageFrom: null, ageTo: null, targetGroups: ['pregnant'] });
    const before = await count();
    const none = await create({ ageFrom: null, ageTo: null, targetGroups: [] });
    expect([none.statusCode, fieldPaths(none)]).toEqual([400, ['body.targetGroups']]);
    const half = await create({ ageFrom: 3, ageTo: null, targetGroups: ['parents'] });
    expect([half.statusCode, fieldPaths(half)]).toEqual([400, ['body.ageTo']]);
    expect(await count()).toBe(before);
  });

  it('self-referral is «self» among who can refer: derived when only the list is sent, the list from it when only it is sent, refused when they disagree', async () => {
    expect((await create({ referrers: ['doctor'] })).json()).toMatchObject({ referrers: ['doctor'], selfReferral: false });
    const old = await create({ referrers: undefined, selfReferral: true });
    expect(old.json()).toMatchObject({ referrers: ['self'], selfReferral: true });
    const both = await create({ referrers: ['self', 'guardians', 'self'], selfReferral: true });
    expect(both.json()).toMatchObject({ referrers: ['self', 'guardians'], selfReferral: true });
    const before = await count();
    const disagree = await create({ referrers: ['doctor'], selfReferral: true });
    expect([disagree.statusCode, fieldPaths(disagree)]).toEqual([400, ['body.selfReferral']]);
    const neither = await create({ referrers: undefined });
    expect([neither.statusCode, fieldPaths(neither)]).toEqual([400, ['body.referrers']]);
    expect(await count()).toBe(before);
  });
});

describe('bad input: a field-level 400 naming the field, nothing written', () => {
  it.each([
    ['an invalid phone number, by its index', { phones: [{ number: '22 33 44 55' }, { number: '12345' }] }, 'body.phones.1.number'],
    ['letters for a phone number', { phones: [{ number: 'ring oss' }] }, 'body.phones.0.number'],
    ['an international number too short', { phones: [{ number: '+46 123' }] }, 'body.phones.0.number'],
    ['a contact person with a bad phone', { contactPersons: [{ name: 'Kari', phone: '0' }] }, 'body.contactPersons.0.phone'],
    ['a contact person without a name', { contactPersons: [{ role: 'Leder' }] }, 'body.contactPersons.0.name'],
    ['a contact person with a bad e-mail', { contactPersons: [{ name: 'Kari', email: 'kari' }] }, 'body.contactPersons.0.email'],
    ['a host municipality number that is no number', { interMunicipal: { name: 'Samarbeid', hostMunicipalityNumber: '46x1', hostMunicipalityName: 'Bergen' } }, 'body.interMunicipal.hostMunicipalityNumber'],
    ['a host municipality number of no county', { interMunicipal: { name: 'Samarbeid', hostMunicipalityNumber: '9999', hostMunicipalityName: 'Bergen' } }, 'body.interMunicipal.hostMunicipalityNumber'],
    ['an inter-municipal service without a host name', { interMunicipal: { name: 'Samarbeid', hostMunicipalityNumber: '4601' } }, 'body.interMunicipal.hostMunicipalityName'],
    ['an age over 25', { ageTo: 26 }, 'body.ageTo'],
    ['an unknown referrer', { referrers: ['neighbour'] }, 'body.referrers.0'],
    ['an unknown target group', { targetGroups: ['pets'] }, 'body.targetGroups.0'],
    ['an unknown cost', { cost: 'cheap' }, 'body.cost'],
    ['a fee without a text', { cost: 'fee' }, 'body.content.nb.costText'],
    ['drop-in as text', { dropIn: 'ja' }, 'body.dropIn'],
    ['an unknown field on the service', { price: 100 }, 'body.price'],
    ['an unknown field on a phone', { phones: [{ number: '22 33 44 55', extension: '12' }] }, 'body.phones.0.extension'],
  ])('%s', async (_what, over, path) => {
    const before = await count();
    const res = await create(over);
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res)).toContain(path);
    expect(await count()).toBe(before);
  });

  it('a fee in a translation needs its text too', async () => {
    const res = await create({
      cost: 'fee',
      content: {
        nb: { name: 'Kurs', summary: 'x', whatWeOffer: 'x', howToGetHelp: 'x', costText: '200 kroner' },
        nn: { name: 'Kurs', summary: 'x', whatWeOffer: 'x', howToGetHelp: 'x' },
      },
    });
    expect(fieldPaths(res)).toEqual(['body.content.nn.costText']);
  });

  it('validates phone numbers as Norwegian or international, and municipality numbers by county', () => {
    for (const ok of ['22 33 44 55', '22334455', '+47 22 33 44 55', '0047 22334455', '113', '116 111', '+46 8 123 456 78', '0046 812345678', '+1 202-555-0123']) {
      expect(isPhoneNumber(ok), ok).toBe(true);
    }
    for (const bad of ['', '1234567', '123456789', '02233445', '+47 123', '+0 1234567', '++4722334455', '22  33 44 55', 'tlf 22334455', '+1234567890123456']) {
      expect(isPhoneNumber(bad), bad).toBe(false);
    }
    for (const ok of ['0301', '4601', '1103', '5001', '3101']) expect(isMunicipalityNumber(ok), ok).toBe(true);
    for (const bad of ['0000', '9999', '4600', '460', '46011', '1201']) expect(isMunicipalityNumber(bad), bad).toBe(false);
  });
});

describe('filters where a resident would filter', () => {
  it('who can refer (any of), target group, free only, drop-in only, an age up to 25', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const h = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] }));
    const id = (over: Parameters<typeof buildService>[2]) => buildService(db, tenant.id, over).then((r) => r.id);
    const clinic = await id({ name: 'Helsestasjon for ungdom', referrers: ['self'], cost: 'free', dropIn: true, ageFrom: 13, ageTo: 25 });
    const bup = await id({ name: 'BUP', referrers: ['doctor', 'child_welfare'], cost: 'free', ageFrom: 0, ageTo: 18 });
    const course = await id({ name: 'Foreldrekurs', referrers: ['self'], cost: 'fee', ageFrom: null, ageTo: null, targetGroups: ['parents'] });
    const midwife = await id({ name: 'Jordmor', referrers: ['self', 'doctor'], ageFrom: null, ageTo: null, targetGroups: ['pregnant'] });
    const found = async (query: string) => {
      const res = await req('GET', `/api/catalogue/services?${query}`, h);
      expect(res.statusCode, query).toBe(200);
      return res.json().items.map((i: { id: string }) => i.id);
    };
    expect(await found('referrer=doctor')).toEqual([bup, midwife]);
    expect(await found('referrer=doctor&referrer=self')).toEqual([bup, course, clinic, midwife]);
    expect(await found('targetGroup=pregnant')).toEqual([midwife]);
    expect(await found('targetGroup=pregnant&targetGroup=parents')).toEqual([course, midwife]);
    expect(await found('free=true')).toEqual([bup, clinic]);
    expect(await found('dropIn=true')).toEqual([clinic]);
    expect(await found('age=24')).toEqual([clinic]);
    expect(await found('age=25&dropIn=true&free=true&referrer=self')).toEqual([clinic]);
    expect(await found('free=false')).toHaveLength(4);
    for (const [query, field] of [['age=26', 'querystring.age'], ['referrer=neighbour', 'querystring.referrer'], ['targetGroup=pets', 'querystring.targetGroup'], ['free=yes', 'querystring.free'], ['dropIn=2', 'querystring.dropIn']]) {
      const res = await req('GET', `/api/catalogue/services?${query}`, h);
      expect(res.statusCode, query).toBe(400);
      expect(fieldPaths(res), query).toContain(field);
    }
    const item = (await req('GET', `/api/catalogue/services?targetGroup=parents`, h)).json().items[0];
    expect(item).toMatchObject({ ageFrom: null, ageTo: null, targetGroups: ['parents'], cost: 'fee', referrers: ['self'], selfReferral: true });
  });
});
