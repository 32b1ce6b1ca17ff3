import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { syntheticNationalId } from '../../src/server/features/children/national-id.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';

/**
 * Imports and protected addresses (DESIGN §4.7): an import raises protection and never lowers
 * it, merged rows take the strictest, and what the import stores is what GET /api/children/:id
 * then hides. Also rows refused for a future birth date or a control character in a cell.
 * Demo mode (the test default), so the numbers are synthetic ones.
 */
let t: TestContext;
const f = {} as { tenantId: string; admin: Record<string, string>; teacher: Record<string, string> };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  f.tenantId = tenant.id;
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  f.admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
  f.teacher = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'employee']] }));
});
afterAll(() => t.close());

type Job = { status: string; totalRows: number; acceptedRows: number; rejected: { row: number; field: string; code: string }[] };

async function importChildren(lines: string[]): Promise<Job> {
  const r = await t.app.inject({
    method: 'POST', url: '/api/admin/imports/children',
    headers: { ...f.admin, 'content-type': 'text/csv; charset=utf-8' }, payload: `${lines.join('\n')}\n`,
  });
  expect(r.statusCode).toBe(202);
  for (let i = 0; i < 400; i++) {
    const job = (await t.app.inject({ url: `/api/admin/imports/${r.json().id}`, headers: f.admin })).json() as Job;
    if (job.status !== 'running') return job;
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('import did not finish');
}

const HEADER = 'fodselsnummer;fornavn;etternavn;enhet;fra_dato;adresse;postnummer;poststed;adressesperre;foresatt_fodselsnummer;foresatt_navn;foresatt_foreldreansvar;foresatt_adressesperre';
const HEADER_WITHOUT_PROTECTION = 'fodselsnummer;fornavn;etternavn;enhet;fra_dato;adresse;postnummer;poststed';

const stored = (table: 'children' | 'guardians', nationalId: string) =>
  t.database.db.selectFrom(table).select(['id', 'address_protection', 'street_address']).where('national_id', '=', nationalId).executeTakeFirstOrThrow();

const detail = async (childId: string) => {
  const r = await t.app.inject({ url: `/api/children/${childId}`, headers: f.teacher });
  expect(r.statusCode).toBe(200);
  return r;
};

describe('re-importing a protected child', () => {
  const child = syntheticNationalId('2015-03-04', 1);
  const row = (protection: string) => `${child};Ola;Skjult;Lia skole;2021-08-15;Hemmeligveien 1;1234;Lia;${protection};;;;`;

  it('keeps strengt fortrolig when the file lacks the column, a blank cell or says fortrolig, and the address stays hidden', async () => {
    expect(await importChildren([HEADER, row('strengt_fortrolig')])).toMatchObject({ status: 'done', acceptedRows: 1 });
    const { id } = await stored('children', child);

    for (const lines of [
      [HEADER_WITHOUT_PROTECTION, `${child};Ola;Skjult;Lia skole;2021-08-15;Hemmeligveien 1;1234;Lia`],
      [HEADER, row('')],
      [HEADER, row('fortrolig')],
      [HEADER, row('nei')],
    ]) {
      expect(await importChildren(lines)).toMatchObject({ status: 'done', acceptedRows: 1, rejected: [] });
      expect(await stored('children', child)).toMatchObject({ address_protection: 'strengt_fortrolig', street_address: 'Hemmeligveien 1' });
      const r = await detail(id);
      expect(r.json().address).toEqual({ protection: 'strengt_fortrolig' });
      expect(r.body).not.toContain('Hemmeligveien');
    }
  });

  it('raises protection from none to fortrolig and from fortrolig to strengt fortrolig', async () => {
    const other = syntheticNationalId('2016-01-02', 2);
    const line = (p: string) => `${other};Kari;Heving;Lia skole;2021-08-15;Åpenveien 2;1234;Lia;${p};;;;`;
    await importChildren([HEADER, line('')]);
    expect((await stored('children', other)).address_protection).toBe('none');
    await importChildren([HEADER, line('fortrolig')]);
    expect((await stored('children', other)).address_protection).toBe('fortrolig');
    await importChildren([HEADER, line('strengt_fortrolig')]);
    expect((await stored('children', other)).address_protection).toBe('strengt_fortrolig');
  });
});

describe('rows that merge', () => {
  it('give a child and a guardian the strictest protection of their rows, wherever it comes first', async () => {
    const child = syntheticNationalId('2014-05-06', 3);
    const mother = syntheticNationalId('1984-01-01', 4);
    const father = syntheticNationalId('1983-01-01', 5);
    const job = await importChildren([
      HEADER,
      `${child};Per;Flett;Lia skole;2021-08-15;Veien 3;1234;Lia;;${mother};Mor Flett;ja;`,
      `${child};Per;Flett;Lia skole;2021-08-15;Veien 3;1234;Lia;strengt_fortrolig;${father};Far Flett;ja;`,
      `${child};Per;Flett;Lia skole;2021-08-15;Veien 3;1234;Lia;fortrolig;${mother};Mor Flett;ja;fortrolig`,
    ]);
    // The third row repeats the mother's link (a duplicate) and is refused, yet its flag still counts.
    expect(job.rejected).toEqual([{ row: 4, field: 'fodselsnummer', code: 'duplicate_in_file' }]);
    expect((await stored('children', child)).address_protection).toBe('strengt_fortrolig');
    expect((await stored('guardians', mother)).address_protection).toBe('fortrolig');
    expect((await stored('guardians', father)).address_protection).toBe('none');
  });

  it('give a guardian of siblings the strictest protection of all the siblings’ rows', async () => {
    const [first, second] = [syntheticNationalId('2013-02-02', 6), syntheticNationalId('2017-02-02', 7)];
    const parent = syntheticNationalId('1980-03-03', 8);
    await importChildren([
      HEADER,
      `${first};Eldste;Søsken;Lia skole;2021-08-15;Veien 4;1234;Lia;;${parent};Forelder Søsken;ja;`,
      `${second};Yngste;Søsken;Lia skole;2021-08-15;Veien 4;1234;Lia;;${parent};Forelder Søsken;ja;strengt_fortrolig`,
    ]);
    expect((await stored('guardians', parent)).address_protection).toBe('strengt_fortrolig');
    // Neither child is flagged, but the guardian's protection hides both households' addresses.
    for (const nid of [first, second]) {
      const r = await detail((await stored('children', nid)).id);
      expect(r.json().address).toEqual({ protection: 'strengt_fortrolig' });
      expect(r.body).not.toContain('Veien 4');
    }
  });

  it('refuse a second address for the same child as conflicting_rows on the address column', async () => {
    const child = syntheticNationalId('2012-07-07', 9);
    const job = await importChildren([
      HEADER,
      `${child};Ada;Adresse;Lia skole;2021-08-15;Veien 5;1234;Lia;;${syntheticNationalId('1980-04-04', 10)};Mor Adresse;ja;`,
      `${child};Ada;Adresse;Lia skole;2021-08-15;Veien 6;1234;Lia;;${syntheticNationalId('1981-04-04', 11)};Far Adresse;ja;`,
      `${child};Ada;Adresse;Lia skole;2021-08-15;Veien 5;4321;Lia;;${syntheticNationalId('1982-04-04', 12)};Tredje Adresse;nei;`,
    ]);
    expect(job).toMatchObject({ acceptedRows: 1 });
    expect(job.rejected).toEqual([
      { row: 3, field: 'adresse', code: 'conflicting_rows' },
      { row: 4, field: 'postnummer', code: 'conflicting_rows' },
    ]);
    expect((await stored('children', child)).street_address).toBe('Veien 5');
  });
});

describe('rows refused one by one', () => {
  it('refuses a child or guardian born after today with national_id_date', async () => {
    const future = todayInNorway(new Date(Date.now() + 3 * 86_400_000));
    const job = await importChildren([
      HEADER,
      `${syntheticNationalId(future, 13)};Ikke;Født;Lia skole;2021-08-15;;;;;;;;`,
      `${syntheticNationalId('2016-06-06', 14)};Har;Framtidsforelder;Lia skole;2021-08-15;;;;;${syntheticNationalId(future, 15)};Ikke Født;ja;`,
      `${syntheticNationalId('2016-06-07', 16)};Helt;Vanlig;Lia skole;2021-08-15;;;;;;;;`,
    ]);
    expect(job).toMatchObject({ status: 'done', totalRows: 3, acceptedRows: 1 });
    expect(job.rejected).toEqual([
      { row: 2, field: 'fodselsnummer', code: 'national_id_date' },
      { row: 3, field: 'foresatt_fodselsnummer', code: 'national_id_date' },
    ]);
  });

  it('refuses a cell with NUL or another control character by row and field, and imports the other rows', async () => {
    const [nul, bell, good, tab] = [17, 18, 19, 20].map((n) => syntheticNationalId('2015-09-09', n));
    const job = await importChildren([
      HEADER,
      `${nul};Nul\u0000l;Tegn;Lia skole;2021-08-15;;;;;;;;`,
      `${bell};Bjelle;Tegn;Lia skole;2021-08-15;Vei\u0007 1;;;;;;;`,
      `${good};God;Tegn;Lia skole;2021-08-15;;;;;;;;`,
      `${tab};Tab;Tegn;Lia skole;2021-08-15;Vei\t2;;;;;;;`,
    ]);
    expect(job).toMatchObject({ status: 'done', totalRows: 4, acceptedRows: 2 });
    expect(job.rejected).toEqual([
      { row: 2, field: 'fornavn', code: 'invalid_character' },
      { row: 3, field: 'adresse', code: 'invalid_character' },
    ]);
    const names = await t.database.db.selectFrom('children').select('given_name').where('family_name', '=', 'Tegn').orderBy('given_name').execute();
    expect(names.map((n) => n.given_name)).toEqual(['God', 'Tab']);
  });

  it('refuses a NUL in a units or staff file per row too', async () => {
    const upload = async (kind: string, csv: string) => {
      const r = await t.app.inject({ method: 'POST', url: `/api/admin/imports/${kind}`, headers: { ...f.admin, 'content-type': 'text/csv' }, payload: csv });
      expect(r.statusCode).toBe(202);
      for (;;) {
        const job = (await t.app.inject({ url: `/api/admin/imports/${r.json().id}`, headers: f.admin })).json() as Job;
        if (job.status !== 'running') return job;
        await new Promise((res) => setTimeout(res, 25));
      }
    };
    const units = await upload('units', 'navn;type\nNul\u0000 skole;barneskole\nGod skole;barneskole\n');
    expect(units).toMatchObject({ status: 'done', acceptedRows: 1, rejected: [{ row: 2, field: 'navn', code: 'invalid_character' }] });
    const staff = await upload('staff', 'navn;epost;enhet;rolle\nNul\u0000 Ansatt;nul@example.test;Lia skole;ansatt\nGod Ansatt;god@example.test;Lia skole;ansatt\n');
    expect(staff).toMatchObject({ status: 'done', acceptedRows: 1, rejected: [{ row: 2, field: 'navn', code: 'invalid_character' }] });
  });
});
