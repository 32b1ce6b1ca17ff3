import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { syntheticNationalId } from '../../src/server/features/children/national-id.js';

/**
 * Runs with DEMO_MODE=false, so synthetic numbers are refused. The good rows use numbers with
 * valid checksums made up here; they are test values, not taken from any register.
 */
let t: TestContext;
const f = {} as { tenantId: string; admin: Record<string, string>; employee: Record<string, string>; otherAdmin: Record<string, string> };

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
/** A fødselsnummer with valid checksums for a birth date; `n` picks the individual number. */
function fnr(birthDate: string, n: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const base = y >= 2000 ? 500 : 0;
  for (let k = 0; k < 500; k++) {
    const head = `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y % 100).padStart(2, '0')}${String(base + ((n + k) % 500)).padStart(3, '0')}`;
    const digits = head.split('').map(Number);
    let k1 = 11 - (digits.reduce((s, v, i) => s + v * K1[i]!, 0) % 11);
    if (k1 === 11) k1 = 0;
    let k2 = 11 - ([...digits, k1].reduce((s, v, i) => s + v * K2[i]!, 0) % 11);
    if (k2 === 11) k2 = 0;
    if (k1 !== 10 && k2 !== 10) return `${head}${k1}${k2}`;
  }
  throw new Error('no number');
}
const breakChecksum = (id: string) => id.slice(0, 10) + String((Number(id[10]) + 1) % 10);

beforeAll(async () => {
  t = await createTestApp({ DEMO_MODE: 'false' });
  const db = t.database.db;
  const tenant = await buildTenant(db);
  f.tenantId = tenant.id;
  await buildUnit(db, tenant.id, { name: 'Lia skole' });
  await buildUnit(db, tenant.id, { name: 'Berg barnehage', type: 'kindergarten' });
  f.admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
  f.employee = await sessionHeaders(db, await buildUser(db, tenant.id));
  const other = await buildTenant(db);
  await buildUnit(db, other.id, { name: 'Utenbys skole' });
  f.otherAdmin = await sessionHeaders(db, await buildUser(db, other.id, { municipalRoles: ['system_admin'] }));
});
afterAll(() => t.close());

const upload = (kind: string, csv: string, headers = f.admin, app = t.app) =>
  app.inject({ method: 'POST', url: `/api/admin/imports/${kind}`, headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' }, payload: csv });

type Job = { id: string; status: string; totalRows: number; processedRows: number; acceptedRows: number; rejectedRows: number; rejected: { row: number; field: string; code: string }[] };

/** Polls the job as the UI does until it is no longer running; returns it with the progress seen on the way. */
async function poll(id: string, headers = f.admin): Promise<{ job: Job; body: string; seen: number[] }> {
  const seen: number[] = [];
  for (let i = 0; i < 2400; i++) {
    const r = await t.app.inject({ url: `/api/admin/imports/${id}`, headers });
    expect(r.statusCode).toBe(200);
    const job = r.json() as Job;
    seen.push(job.processedRows);
    if (job.status !== 'running') return { job, body: r.body, seen };
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('import did not finish');
}

const countJobs = async () =>
  Number((await t.database.db.selectFrom('import_jobs').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

const CHILD_HEADER = 'fodselsnummer;fornavn;etternavn;enhet;gruppe;fra_dato;til_dato;adresse;postnummer;poststed;adressesperre;foresatt_fodselsnummer;foresatt_navn;foresatt_foreldreansvar;foresatt_telefon;foresatt_epost;foresatt_adressesperre';

describe('access', () => {
  it('answers an employee 404 on every import route, and creates no job', async () => {
    const before = await countJobs();
    expect((await upload('units', 'navn;type\nA;sfo\n', f.employee)).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/admin/imports', headers: f.employee })).statusCode).toBe(404);
    expect((await upload('units', 'navn;type\nA;sfo\n', {})).statusCode).toBe(401);
    expect(await countJobs()).toBe(before);
  });
});

describe('malformed files', () => {
  it.each([
    ['an unclosed quote', `${CHILD_HEADER}\n"${fnr('2015-03-04', 1)};Ola;Hansen;Lia skole;;2020-08-15;;;;;;;;;;;\n`, 'row.2', 'csv_unclosed_quote'],
    ['a wrong column count', `${CHILD_HEADER}\n${fnr('2015-03-04', 1)};Ola;Hansen;Lia skole\n`, 'row.2', 'csv_column_count'],
    ['a missing required column', 'fodselsnummer;fornavn;enhet;fra_dato\n1;Ola;Lia skole;2020-08-15\n', 'header.etternavn', 'missing_column'],
  ])('refuses %s with 400 naming the row or column, and creates no job', async (_what, csv, path, code) => {
    const before = await countJobs();
    const r = await upload('children', csv);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields[0]).toMatchObject({ path, code });
    // No national ID number; the request id is a UUID, whose last group can hold 11 digits in a row.
    expect(r.body.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '')).not.toMatch(/\d{11}/);
    expect(await countJobs()).toBe(before);
  });

  it('refuses another content type with 415', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/admin/imports/units', headers: f.admin, payload: { navn: 'x' } });
    expect(r.statusCode).toBe(415);
  });

  it('refuses a body over the import limit with 413 body_too_large, creating no job', async () => {
    const small = await createTestApp({ DEMO_MODE: 'false', IMPORT_BODY_LIMIT_BYTES: '2048' });
    try {
      const db = small.database.db;
      const tenant = await buildTenant(db);
      const admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
      const csv = `navn;type\n${Array.from({ length: 200 }, (_, i) => `Enhet ${i};sfo`).join('\n')}\n`;
      const r = await upload('units', csv, admin, small.app);
      expect(r.statusCode).toBe(413);
      expect(r.json().error.code).toBe('body_too_large');
      expect((await db.selectFrom('import_jobs').selectAll().execute()).length).toBe(0);
    } finally {
      await small.close();
    }
  });
});

describe('children import', () => {
  const a = fnr('2015-03-04', 11);
  const b = fnr('2019-11-30', 12);
  const g1 = fnr('1984-06-01', 13);
  const g2 = fnr('1986-01-20', 14);
  const synthetic = syntheticNationalId('2016-05-05', 15);
  const badChecksum = breakChecksum(fnr('2016-02-02', 16));
  const lines = [
    CHILD_HEADER,
    `${a};Ola;Hansen;Lia skole;3B;15.08.2021;;Skoleveien 3;1234;Lia;;${g1};Kari Hansen;ja;99999999;kari@example.test;`,
    `${a};Ola;Hansen;Lia skole;3B;15.08.2021;;Skoleveien 3;1234;Lia;;${g2};Per Hansen;nei;;;`,
    `${badChecksum};Feil;Sjekksum;Lia skole;;2021-08-15;;;;;;;;;;;`,
    `${synthetic};Syn;Tetisk;Lia skole;;2021-08-15;;;;;;;;;;;`,
    `${fnr('2014-07-07', 17)};Ukjent;Enhet;Månen skole;;2021-08-15;;;;;;;;;;;`,
    `${fnr('2013-09-09', 18)};Dårlig;Dato;Lia skole;;31.02.2021;;;;;;;;;;;`,
    `${b};Åse;Berg;berg  BARNEHAGE;Blå;2020-08-01;2026-07-31;Hemmeligveien 1;1234;Lia;strengt_fortrolig;;;;;;`,
    `${a};Ola;Hansen;Lia skole;3B;15.08.2021;;Skoleveien 3;1234;Lia;;${g1};Kari Hansen;ja;99999999;kari@example.test;`,
  ];
  const csv = `\uFEFF${lines.join('\r\n')}\r\n`;
  let job: Job;
  let reportBody: string;

  beforeAll(async () => {
    const r = await upload('children', csv);
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({ status: 'running', totalRows: 8, processedRows: 0 });
    ({ job, body: reportBody } = await poll(r.json().id));
  });

  it('reports exactly the bad rows, with field and code, and finishes', () => {
    expect(job).toMatchObject({ status: 'done', totalRows: 8, processedRows: 8, acceptedRows: 3, rejectedRows: 5 });
    expect(job.rejected).toEqual([
      { row: 4, field: 'fodselsnummer', code: 'national_id_checksum' },
      { row: 5, field: 'fodselsnummer', code: 'national_id_synthetic' },
      { row: 6, field: 'enhet', code: 'unknown_unit' },
      { row: 7, field: 'fra_dato', code: 'invalid_date' },
      { row: 9, field: 'fodselsnummer', code: 'duplicate_in_file' },
    ]);
  });

  it('never puts a national ID number or a name in the report', () => {
    for (const secret of [a, b, g1, g2, synthetic, badChecksum, 'Ola', 'Hansen', 'Kari', 'Sjekksum', 'Syn', 'Dårlig']) {
      expect(reportBody).not.toContain(secret);
    }
  });

  it('writes only the good rows: two children, merged guardians, enrolments and the birth date from the number', async () => {
    const db = t.database.db;
    const children = await db.selectFrom('children').selectAll().where('tenant_id', '=', f.tenantId).orderBy('sort_key').execute();
    expect(children.map((c) => [c.national_id, c.birth_date, c.id_type, c.address_protection])).toEqual([
      [b, '2019-11-30', 'fnr', 'strengt_fortrolig'],
      [a, '2015-03-04', 'fnr', 'none'],
    ]);
    expect(children[1]).toMatchObject({ sort_key: 'hansen ola', search_text: 'ola hansen', street_address: 'Skoleveien 3' });
    const links = await db
      .selectFrom('child_guardians as cg').innerJoin('guardians as g', 'g.id', 'cg.guardian_id')
      .select(['g.national_id', 'cg.parental_responsibility', 'cg.child_id']).orderBy('g.national_id').execute();
    expect(links.map((l) => [l.national_id, l.parental_responsibility, l.child_id])).toEqual(
      [[g1, true, children[1]!.id], [g2, false, children[1]!.id]].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    const enrolments = await db.selectFrom('enrolments').select(['child_id', 'group_name', 'from_date', 'to_date']).orderBy('from_date').execute();
    expect(enrolments).toEqual([
      { child_id: children[0]!.id, group_name: 'Blå', from_date: '2020-08-01', to_date: '2026-07-31' },
      { child_id: children[1]!.id, group_name: '3B', from_date: '2021-08-15', to_date: null },
    ]);
  });

  it('audits each imported child once, in the batch’s transaction', async () => {
    const audit = await t.database.db.selectFrom('audit_log').select(['child_id', 'entity_type']).where('action', '=', 'child.import').execute();
    expect(audit).toHaveLength(2);
    expect(audit.every((e) => e.entity_type === 'child' && e.child_id)).toBe(true);
  });

  it('is idempotent: the same file again changes nothing and updates a changed enrolment in place', async () => {
    const changed = csv.replace(/3B;15\.08\.2021;;/g, '4B;15.08.2021;2027-06-20;');
    const r = await upload('children', changed);
    const { job: again } = await poll(r.json().id);
    expect(again).toMatchObject({ status: 'done', acceptedRows: 3 });
    const db = t.database.db;
    expect((await db.selectFrom('children').select('id').where('tenant_id', '=', f.tenantId).execute()).length).toBe(2);
    expect((await db.selectFrom('guardians').select('id').execute()).length).toBe(2);
    const enrolments = await db.selectFrom('enrolments').select(['group_name', 'to_date']).orderBy('from_date').execute();
    expect(enrolments).toEqual([{ group_name: 'Blå', to_date: '2026-07-31' }, { group_name: '4B', to_date: '2027-06-20' }]);
  });
});

describe('an import that fails unexpectedly', () => {
  it('ends as failed with a code and no message, leaving the failed batch unwritten', async () => {
    const db = t.database.db;
    const unit = await buildUnit(db, f.tenantId, { name: 'Sabotert skole' });
    // A real database error in the middle of a batch, raised by a trigger made for this test.
    await sql`CREATE FUNCTION test_refuse_enrolment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.unit_id = ${sql.lit(unit.id)}::uuid THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`.execute(db);
    await sql`CREATE TRIGGER test_refuse_enrolment BEFORE INSERT ON enrolments FOR EACH ROW EXECUTE FUNCTION test_refuse_enrolment()`.execute(db);
    try {
      const before = await countRegistry();
      const good = fnr('2012-12-12', 31);
      const csv = `${CHILD_HEADER}\n${good};Glad;Gutt;Lia skole;;2021-08-15;;;;;;;;;;;\n${fnr('2012-12-13', 32)};Trist;Jente;Sabotert skole;;2021-08-15;;;;;;;;;;;\n`;
      const { job, body } = await poll((await upload('children', csv)).json().id);
      expect(job).toMatchObject({ status: 'failed', processedRows: 0, acceptedRows: 0, rejected: [{ row: 0, field: 'file', code: 'import_failed' }] });
      expect(body).not.toContain(good);
      expect(body).not.toContain('refused');
      expect(await countRegistry()).toEqual(before);
    } finally {
      await sql`DROP TRIGGER test_refuse_enrolment ON enrolments`.execute(db);
      await sql`DROP FUNCTION test_refuse_enrolment()`.execute(db);
    }
  });
});

describe('units and staff import', () => {
  it('imports units with Norwegian type labels, comma separated, and reports bad rows', async () => {
    const csv = 'navn,type,organisasjonsnummer\nNord barnehage,barnehage,123 456 789\nSentrum skole,ungdomsskole,\nFeil,slott,\nnord Barnehage,sfo,\nTall,ppt,12\nlia skole,barneskole,987654321\n';
    const r = await upload('units', csv);
    expect(r.statusCode).toBe(202);
    const { job } = await poll(r.json().id);
    expect(job).toMatchObject({ status: 'done', totalRows: 6, acceptedRows: 3 });
    expect(job.rejected).toEqual([
      { row: 4, field: 'type', code: 'unknown_unit_type' },
      { row: 5, field: 'navn', code: 'duplicate_in_file' },
      { row: 6, field: 'organisasjonsnummer', code: 'organisation_number_format' },
    ]);
    const units = await t.app.inject({ url: '/api/units?limit=100', headers: f.employee });
    const byName = new Map(units.json().items.map((u: { name: string }) => [u.name, u]));
    expect(byName.get('Nord barnehage')).toMatchObject({ type: 'kindergarten', organisationNumber: '123456789' });
    expect(byName.get('Sentrum skole')).toMatchObject({ type: 'lower_secondary_school' });
    // An existing unit is matched by name in any case and keeps its name.
    expect(byName.get('Lia skole')).toMatchObject({ organisationNumber: '987654321' });
    expect(byName.has('lia skole')).toBe(false);
  });

  it('imports staff by e-mail, one row per unit role, idempotently, and reports bad rows', async () => {
    const csv = [
      'navn;epost;enhet;rolle;innloggings_id',
      'Kari Lærer;Kari.Laerer@example.test;Lia skole;ansatt;sub-kari-import',
      'Kari Lærer;kari.laerer@example.test;Berg barnehage;leder;',
      'Per Ukjent;per@example.test;Månen skole;ansatt;',
      'Liv Rolle;liv@example.test;Lia skole;sjef;',
      'Ugyldig;ikke-epost;Lia skole;ansatt;',
      'Kari Lærer;kari.laerer@example.test;Lia skole;ansatt;',
    ].join('\n');
    const first = await poll((await upload('staff', csv)).json().id);
    expect(first.job).toMatchObject({ status: 'done', totalRows: 6, acceptedRows: 2 });
    expect(first.job.rejected).toEqual([
      { row: 4, field: 'enhet', code: 'unknown_unit' },
      { row: 5, field: 'rolle', code: 'unknown_role' },
      { row: 6, field: 'epost', code: 'email_format' },
      { row: 7, field: 'epost', code: 'duplicate_in_file' },
    ]);
    const again = await poll((await upload('staff', csv)).json().id);
    expect(again.job.acceptedRows).toBe(2);
    const users = await t.app.inject({ method: 'POST', url: '/api/admin/users/search', headers: f.admin, payload: { query: 'kari' } });
    expect(users.json().items).toHaveLength(1);
    expect(users.json().items[0]).toMatchObject({ email: 'kari.laerer@example.test', externalSubject: 'sub-kari-import' });
    expect(users.json().items[0].unitRoles.map((r: { unitName: string; role: string }) => `${r.unitName}:${r.role}`)).toEqual([
      'Berg barnehage:leader', 'Lia skole:employee',
    ]);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'user.import').execute();
    expect(audit).toHaveLength(2);
  });

  it('imports the staff function by code or bokmål label, keeps it on a blank cell, and refuses an unknown one (issue 9)', async () => {
    const csv = [
      'navn;epost;enhet;rolle;funksjon',
      'Hege Helse;hege@example.test;Lia skole;ansatt;Helsesykepleier',
      'Tor Lærer;tor@example.test;Lia skole;ansatt;contact_teacher',
      'Ola Ukjent;ola@example.test;Lia skole;ansatt;trollmann',
    ].join('\n');
    const { job } = await poll((await upload('staff', csv)).json().id);
    expect(job.rejected).toEqual([{ row: 4, field: 'funksjon', code: 'unknown_function' }]);
    await poll((await upload('staff', 'navn;epost;enhet;rolle;funksjon\nHege Helse;hege@example.test;Lia skole;leder;\n')).json().id);
    const found = async (query: string) =>
      (await t.app.inject({ method: 'POST', url: '/api/admin/users/search', headers: f.admin, payload: { query } })).json().items[0];
    expect(await found('hege')).toMatchObject({ staffFunction: 'school_nurse' });
    expect(await found('tor@')).toMatchObject({ staffFunction: 'contact_teacher' });
  });

  it('refuses a login id held in another tenant, on that row only', async () => {
    await buildUser(t.database.db, (await buildTenant(t.database.db)).id, { externalSubject: 'sub-elsewhere' });
    const { job } = await poll((await upload('staff', 'navn;epost;enhet;rolle;innloggings_id\nNy;ny@example.test;Lia skole;ansatt;sub-elsewhere\n')).json().id);
    expect(job.rejected).toEqual([{ row: 2, field: 'innloggings_id', code: 'duplicate_external_subject' }]);
  });

  it('lists recent imports newest first, paginated, and keeps each tenant’s jobs to itself', async () => {
    const first = await t.app.inject({ url: '/api/admin/imports?limit=2', headers: f.admin });
    expect(first.statusCode).toBe(200);
    const items = first.json().items;
    expect(items).toHaveLength(2);
    expect(items[0].createdAt >= items[1].createdAt).toBe(true);
    expect(items[0]).not.toHaveProperty('rejected');
    const second = await t.app.inject({ url: `/api/admin/imports?limit=2&cursor=${first.json().nextCursor}`, headers: f.admin });
    expect(second.json().items[0].id).not.toBe(items[1].id);
    expect((await t.app.inject({ url: '/api/admin/imports', headers: f.otherAdmin })).json().items).toEqual([]);
    expect((await t.app.inject({ url: `/api/admin/imports/${items[0].id}`, headers: f.otherAdmin })).statusCode).toBe(404);
  });
});

async function countRegistry() {
  const n = async (table: 'children' | 'guardians' | 'child_guardians' | 'enrolments') =>
    Number((await t.database.db.selectFrom(table).select((e) => e.fn.countAll<string>().as('n')).where('tenant_id', '=', f.tenantId).executeTakeFirstOrThrow()).n);
  return { children: await n('children'), guardians: await n('guardians'), child_guardians: await n('child_guardians'), enrolments: await n('enrolments') };
}

describe('a municipal-scale children import', () => {
  it('imports 10,000 rows in well under a minute, answering at once and letting other requests through', { timeout: 120_000 }, async () => {
    const day = (start: string, i: number) => new Date(Date.parse(start) + i * 86_400_000).toISOString().slice(0, 10);
    const rows = [CHILD_HEADER];
    for (let c = 0; c < 5000; c++) {
      const child = fnr(day('2006-01-01', c), c);
      for (const g of [2 * c, 2 * c + 1]) {
        rows.push(`${child};Barn${c};Skala;${c % 2 ? 'Lia skole' : 'Berg barnehage'};${c % 7}A;2022-08-15;;Vei ${c};1234;Lia;;${fnr(day('1960-01-01', g), g)};Forelder ${g};${g % 2 ? 'nei' : 'ja'};;;`);
      }
    }
    const before = await countRegistry();
    const started = Date.now();
    const r = await upload('children', `${rows.join('\n')}\n`);
    const answeredIn = Date.now() - started;
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({ status: 'running', totalRows: 10_000, processedRows: 0 });

    // Another request is served while the import runs: it does not wait for the whole file.
    const other = await t.app.inject({ url: '/api/units', headers: f.employee });
    expect(other.statusCode).toBe(200);
    const meanwhile = (await t.app.inject({ url: `/api/admin/imports/${r.json().id}`, headers: f.admin })).json();
    expect(meanwhile.status).toBe('running');

    const { job, seen } = await poll(r.json().id);
    const elapsed = Date.now() - started;
    expect(job).toMatchObject({ status: 'done', totalRows: 10_000, processedRows: 10_000, acceptedRows: 10_000, rejected: [] });
    expect(seen.some((n) => n > 0 && n < 10_000)).toBe(true);
    expect(answeredIn).toBeLessThan(5_000);
    expect(elapsed).toBeLessThan(45_000);
    console.info(`10,000 child rows: answered in ${answeredIn} ms, imported in ${elapsed} ms (${t.database.kind})`);

    expect(await countRegistry()).toEqual({
      children: before.children + 5000, guardians: before.guardians + 10_000,
      child_guardians: before.child_guardians + 10_000, enrolments: before.enrolments + 5000,
    });
  });
});
