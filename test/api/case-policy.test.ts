import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent, residentHeaders } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';

/**
 * The access policy of DESIGN.md §4 for concerns and cases, rule by rule, through the HTTP API:
 * for each person, may they read the case (GET the case and its log) and write in it (POST an
 * entry), and read the level-0 concern (GET) and write in it (POST a step)? «deny» on a read
 * is always 404 (rule 10); a write is refused with 403 where the person may read, else 404.
 */
type Verdict = 'allow' | 'deny';
type Person =
  | 'author' | 'colleague' | 'addedColleague' | 'leader' | 'resourcePerson' | 'otherUnitLeader' | 'nurse' | 'nurseNotAdded'
  | 'otherTenantLeader' | 'administrator' | 'analyst' | 'coordinator'
  | 'guardian' | 'contactPerson' | 'youngPerson14' | 'youngPerson15' | 'youngPerson16';
/** base: no consent · consented: a valid consent covers the health centre · withdrawn / expired: it did */
type CaseKey = 'base' | 'consented' | 'withdrawn' | 'expired' | 'teen14' | 'teen15' | 'teen16' | 'restricted';

interface PolicyRow {
  rule: number;
  who: string;
  as: Person;
  case: CaseKey;
  readCase: Verdict;
  writeCase: Verdict;
  /** rule 2: the level-0 concern the author registered in the owning unit; left out where the row is about a case state */
  concern?: { read: Verdict; write: Verdict };
}

const rows: PolicyRow[] = [
  { rule: 3, who: 'the author, relay holder in the owning unit', as: 'author', case: 'base', readCase: 'allow', writeCase: 'allow', concern: { read: 'allow', write: 'allow' } },
  { rule: 3, who: 'a colleague in the same unit, not added', as: 'colleague', case: 'base', readCase: 'deny', writeCase: 'deny', concern: { read: 'deny', write: 'deny' } },
  { rule: 3, who: 'a colleague in the same unit, added to the case', as: 'addedColleague', case: 'base', readCase: 'allow', writeCase: 'allow', concern: { read: 'deny', write: 'deny' } },
  { rule: 3, who: 'the leader of the owning unit', as: 'leader', case: 'base', readCase: 'allow', writeCase: 'allow', concern: { read: 'allow', write: 'allow' } },
  { rule: 3, who: 'a resource person of the owning unit (oversight, read only)', as: 'resourcePerson', case: 'base', readCase: 'allow', writeCase: 'deny', concern: { read: 'allow', write: 'deny' } },
  { rule: 3, who: 'the leader of another unit', as: 'otherUnitLeader', case: 'base', readCase: 'deny', writeCase: 'deny', concern: { read: 'deny', write: 'deny' } },
  { rule: 3, who: 'a member from another unit without consent', as: 'nurse', case: 'base', readCase: 'deny', writeCase: 'deny', concern: { read: 'deny', write: 'deny' } },
  { rule: 3, who: 'a member from another unit while a consent covers it', as: 'nurse', case: 'consented', readCase: 'allow', writeCase: 'allow' },
  { rule: 3, who: 'staff of a consented unit who were never added', as: 'nurseNotAdded', case: 'consented', readCase: 'deny', writeCase: 'deny' },
  { rule: 4, who: 'a member from another unit after the consent was withdrawn', as: 'nurse', case: 'withdrawn', readCase: 'deny', writeCase: 'deny' },
  { rule: 4, who: 'a member from another unit after the consent expired', as: 'nurse', case: 'expired', readCase: 'deny', writeCase: 'deny' },
  { rule: 1, who: 'the leader of a unit in another municipality', as: 'otherTenantLeader', case: 'base', readCase: 'deny', writeCase: 'deny', concern: { read: 'deny', write: 'deny' } },
  { rule: 7, who: 'a guardian with parental responsibility (writes the guardians’ view)', as: 'guardian', case: 'base', readCase: 'allow', writeCase: 'allow', concern: { read: 'deny', write: 'deny' } },
  { rule: 7, who: 'a guardian with parental responsibility while violence or abuse is suspected (case closed to residents)', as: 'guardian', case: 'restricted', readCase: 'deny', writeCase: 'deny' },
  { rule: 3, who: 'the relay holder of a case closed to residents', as: 'author', case: 'restricted', readCase: 'allow', writeCase: 'allow' },
  { rule: 7, who: 'a guardian without parental responsibility (contact person)', as: 'contactPerson', case: 'base', readCase: 'deny', writeCase: 'deny', concern: { read: 'deny', write: 'deny' } },
  { rule: 3, who: 'the young person below the municipality’s age (14 of 15)', as: 'youngPerson14', case: 'teen14', readCase: 'deny', writeCase: 'deny' },
  { rule: 3, who: 'the young person at the municipality’s age (15 of 15, writes the child’s voice)', as: 'youngPerson15', case: 'teen15', readCase: 'allow', writeCase: 'allow' },
  { rule: 3, who: 'the young person above the municipality’s age (16 of 15)', as: 'youngPerson16', case: 'teen16', readCase: 'allow', writeCase: 'allow' },
  { rule: 8, who: 'the system administrator', as: 'administrator', case: 'base', readCase: 'deny', writeCase: 'deny', concern: { read: 'deny', write: 'deny' } },
  { rule: 8, who: 'an analyst', as: 'analyst', case: 'base', readCase: 'deny', writeCase: 'deny', concern: { read: 'deny', write: 'deny' } },
  { rule: 8, who: 'the municipal coordinator', as: 'coordinator', case: 'base', readCase: 'deny', writeCase: 'deny', concern: { read: 'deny', write: 'deny' } },
];

let t: TestContext;
const today = todayInNorway();
const dayOffset = (days: number, from = today) => {
  const d = new Date(`${from}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const yearsAgo = (years: number, days = 0) => dayOffset(days, `${Number(today.slice(0, 4)) - years}${today.slice(4)}`);
const headers = {} as Record<Person, Record<string, string>>;
const residents = new Set<Person>(['guardian', 'contactPerson', 'youngPerson14', 'youngPerson15', 'youngPerson16']);
const caseIds = {} as Record<CaseKey, string>;
let concernId: string;
/** what the decision rows below build their own cases from */
let decisionSetup: (holder: 'author' | 'nurse', status: 'open' | 'closed') => Promise<string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db); // young_person_age 15 by default
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const ppt = await buildUnit(db, tenant.id, { name: 'PPT', type: 'ppt' });
  const user = async (units: [string, 'employee' | 'leader' | 'resource_person'][], municipalRoles: ('system_admin' | 'analyst' | 'municipal_coordinator')[] = []) =>
    buildUser(db, tenant.id, { units, municipalRoles });
  const author = await user([[school.id, 'employee']]);
  const addedColleague = await user([[school.id, 'employee']]);
  const nurse = await user([[health.id, 'employee']]);
  const people: Partial<Record<Person, { id: string; tenant_id: string }>> = {
    author, addedColleague, nurse,
    colleague: await user([[school.id, 'employee']]),
    leader: await user([[school.id, 'leader']]),
    resourcePerson: await user([[school.id, 'resource_person']]),
    otherUnitLeader: await user([[ppt.id, 'leader']]),
    nurseNotAdded: await user([[health.id, 'employee']]),
    // Municipal roles grant nothing in a case, even to someone who also works in another unit.
    administrator: await user([], ['system_admin']),
    analyst: await user([[ppt.id, 'employee']], ['analyst']),
    coordinator: await user([], ['municipal_coordinator']),
  };
  const other = await buildTenant(db);
  people.otherTenantLeader = await buildUser(db, other.id, { units: [[(await buildUnit(db, other.id)).id, 'leader']] });
  for (const [who, u] of Object.entries(people)) headers[who as Person] = await sessionHeaders(db, u);

  const child = await buildChild(db, tenant.id, { unitId: school.id, birthDate: yearsAgo(10) });
  const guardian = await buildGuardian(db, tenant.id, child.id);
  const contact = await buildGuardian(db, tenant.id, child.id, { parentalResponsibility: false });
  headers.guardian = await residentHeaders(db, guardian.national_id);
  headers.contactPerson = await residentHeaders(db, contact.national_id);
  const open = async (childId: string, memberIds: string[]) =>
    (await buildCase(db, tenant.id, { childId, owningUnitId: school.id, holderId: author.id, memberIds })).id;
  caseIds.base = await open(child.id, [addedColleague.id, nurse.id]);
  caseIds.restricted = await open(child.id, []);
  await db.updateTable('cases').set({ residents_restricted: true }).where('id', '=', caseIds.restricted).execute();
  for (const key of ['consented', 'withdrawn', 'expired'] as const) {
    const c = await buildChild(db, tenant.id, { unitId: school.id });
    await buildGuardian(db, tenant.id, c.id);
    caseIds[key] = await open(c.id, [nurse.id]);
  }
  for (const [key, birthDate] of [['teen14', yearsAgo(15, 1)], ['teen15', yearsAgo(15)], ['teen16', yearsAgo(16)]] as const) {
    const c = await buildChild(db, tenant.id, { unitId: school.id, birthDate });
    caseIds[key] = await open(c.id, []);
    headers[key === 'teen14' ? 'youngPerson14' : key === 'teen15' ? 'youngPerson15' : 'youngPerson16'] = await residentHeaders(db, c.national_id);
  }

  // Consents through the API, as the relay holder records and withdraws them.
  const consent = async (caseId: string, validFrom: string, validTo: string) => {
    const guardianIds = (await t.app.inject({ url: `/api/cases/${caseId}/consents`, headers: headers.author })).json().guardians.map((g: { id: string }) => g.id);
    const r = await t.app.inject({
      method: 'POST', url: `/api/cases/${caseId}/consents`, headers: headers.author,
      payload: { decision: 'given', guardianIds, unitIds: [health.id], purpose: 'Samarbeid med helsestasjonen', validFrom, validTo, childViewMissingReason: 'Ikke spurt i testen' },
    });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  };
  await consent(caseIds.consented, dayOffset(-10), dayOffset(100));
  const toWithdraw = await consent(caseIds.withdrawn, dayOffset(-10), dayOffset(100));
  const w = await t.app.inject({ method: 'POST', url: `/api/cases/${caseIds.withdrawn}/consents/${toWithdraw}/withdraw`, headers: headers.author, payload: { reason: 'Trukket' } });
  expect(w.statusCode).toBe(200);
  await consent(caseIds.expired, dayOffset(-100), dayOffset(-1));

  // A fresh case per decision row (each changes it): the school owns it, a consent covers the
  // health centre, the colleague and the nurse are members (the nurse holds it in one variant).
  let born = 0; // a birth date each: synthetic national IDs of one date run out of check digits
  decisionSetup = async (holder, status) => {
    const c = await buildChild(db, tenant.id, { unitId: school.id, birthDate: yearsAgo(9, born++) });
    await buildGuardian(db, tenant.id, c.id);
    const holderId = holder === 'nurse' ? nurse.id : author.id;
    const memberIds = holder === 'nurse' ? [addedColleague.id] : [addedColleague.id, nurse.id];
    const k = await buildCase(db, tenant.id, { childId: c.id, owningUnitId: school.id, holderId, memberIds, status });
    await buildConsent(db, tenant.id, { caseId: k.id, recordedBy: author.id, unitIds: [health.id] });
    return k.id;
  };

  const registered = await t.app.inject({
    method: 'POST', url: '/api/concerns', headers: headers.author,
    payload: { childId: child.id, unitId: school.id, observedOn: today, observation: 'Trist og stille i friminuttene', concernScale: 2 },
  });
  expect(registered.statusCode).toBe(201);
  concernId = registered.json().id;
});
afterAll(() => t.close());

const may = (v: Verdict) => (v === 'allow' ? 'may' : 'may not');
const caseSentence = (r: PolicyRow) => `rule ${r.rule} · ${r.who} ${may(r.readCase)} read the case and ${may(r.writeCase)} write in it`;
const concernSentence = (r: PolicyRow) => `rule 2 · ${r.who} ${may(r.concern!.read)} read the concern and ${may(r.concern!.write)} write in it`;
const statusFor = (verdict: Verdict, mayRead: Verdict, okStatus: number) => (verdict === 'allow' ? okStatus : mayRead === 'allow' ? 403 : 404);

describe('the access policy (DESIGN.md §4), rule by rule, through the HTTP API', () => {
  it.each(rows.map((r) => [caseSentence(r), r] as const))('%s', async (_, row) => {
    const h = headers[row.as];
    const url = `/api/cases/${caseIds[row.case]}`;
    const read = await t.app.inject({ url, headers: h });
    expect(read.statusCode).toBe(row.readCase === 'allow' ? 200 : 404);
    const log = await t.app.inject({ url: `${url}/entries`, headers: h });
    expect(log.statusCode).toBe(row.readCase === 'allow' ? 200 : 404);
    // Each writes what their access lets them write: staff a note, guardians their view, the young person their voice.
    const kind = row.as === 'guardian' || row.as === 'contactPerson' ? 'guardians_view' : row.as.startsWith('youngPerson') ? 'child_voice' : 'note';
    const write = await t.app.inject({ method: 'POST', url: `${url}/entries`, headers: h, payload: { kind, occurredOn: today, body: `Skrevet av ${row.as}` } });
    expect(write.statusCode).toBe(statusFor(row.writeCase, row.readCase, 200));
    const written = await t.database.db.selectFrom('case_entries').select('id').where('case_id', '=', caseIds[row.case]).where('body', '=', `Skrevet av ${row.as}`).execute();
    expect(written).toHaveLength(row.writeCase === 'allow' ? 1 : 0);
  });

  it.each(rows.filter((r) => r.concern).map((r) => [concernSentence(r), r] as const))('%s', async (_, row) => {
    const h = headers[row.as];
    const { read, write } = row.concern!;
    expect((await t.app.inject({ url: `/api/concerns/${concernId}`, headers: h })).statusCode).toBe(read === 'allow' ? 200 : 404);
    const step = await t.app.inject({
      method: 'POST', url: `/api/concerns/${concernId}/steps`, headers: h,
      payload: { kind: 'discussion_colleague', occurredOn: today, summary: `Drøftet av ${row.as}` },
    });
    // Residents never reach a staff route: the same 404 as no access.
    expect(step.statusCode).toBe(residents.has(row.as) ? 404 : statusFor(write, read, 201));
  });

  it('a resident writes only their own voice, never a staff entry', async () => {
    for (const who of ['guardian', 'youngPerson16'] as const) {
      const caseId = who === 'guardian' ? caseIds.base : caseIds.teen16;
      const r = await t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/entries`, headers: headers[who], payload: { kind: 'observation', occurredOn: today, body: 'Ikke tillatt' } });
      expect(r.statusCode).toBe(403);
    }
    const wrongVoice = await t.app.inject({ method: 'POST', url: `/api/cases/${caseIds.base}/entries`, headers: headers.guardian, payload: { kind: 'child_voice', occurredOn: today, body: 'Ikke tillatt' } });
    expect(wrongVoice.statusCode).toBe(403);
  });
});

/**
 * Decisions about the case itself (issue 9): changing its level, closing and reopening it belong
 * to the relay holder and the owning unit (its leader, a member working there). A member through
 * consent — the school nurse — and read-only oversight may only propose them in the log (403);
 * everyone else gets the same 404 as for reading. A refused decision changes nothing.
 */
interface DecisionRow {
  who: string;
  as: Person;
  /** who holds the case: the author in the school, or the nurse under the consent */
  holder: 'author' | 'nurse';
  verdict: 'allow' | 403 | 404;
}
const decisionRows: DecisionRow[] = [
  { who: 'the relay holder in the owning unit', as: 'author', holder: 'author', verdict: 'allow' },
  { who: 'the relay holder from another service, under a consent', as: 'nurse', holder: 'nurse', verdict: 'allow' },
  { who: 'a member working in the owning unit', as: 'addedColleague', holder: 'author', verdict: 'allow' },
  { who: 'the leader of the owning unit', as: 'leader', holder: 'author', verdict: 'allow' },
  { who: 'a member from another service through consent (the school nurse)', as: 'nurse', holder: 'author', verdict: 403 },
  { who: 'a resource person of the owning unit (read-only oversight)', as: 'resourcePerson', holder: 'author', verdict: 403 },
  { who: 'a colleague in the owning unit, not added', as: 'colleague', holder: 'author', verdict: 404 },
  { who: 'staff of the consented service who were never added', as: 'nurseNotAdded', holder: 'author', verdict: 404 },
  { who: 'the leader of another unit', as: 'otherUnitLeader', holder: 'author', verdict: 404 },
  { who: 'the leader of a unit in another municipality', as: 'otherTenantLeader', holder: 'author', verdict: 404 },
  { who: 'a guardian with parental responsibility', as: 'guardian', holder: 'author', verdict: 404 },
  { who: 'the system administrator', as: 'administrator', holder: 'author', verdict: 404 },
  { who: 'the municipal coordinator', as: 'coordinator', holder: 'author', verdict: 404 },
];
const decisionSentence = (r: DecisionRow) =>
  `${r.who} ${r.verdict === 'allow' ? 'may' : `may not (${r.verdict})`} change the level, close and reopen the case`;

describe('who decides on the case: level, closing, reopening (issue 9)', () => {
  it.each(decisionRows.map((r) => [decisionSentence(r), r] as const))('%s', async (_, row) => {
    const h = headers[row.as];
    const db = t.database.db;
    const state = async (id: string) => db.selectFrom('cases').select(['level', 'status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    const expected = (ok: number) => (row.verdict === 'allow' ? ok : row.verdict);

    const openId = await decisionSetup(row.holder, 'open');
    const level = await t.app.inject({ method: 'POST', url: `/api/cases/${openId}/level`, headers: h, payload: { level: 2, reason: 'Trenger samarbeid', version: 1 } });
    expect(level.statusCode).toBe(expected(200));
    if (row.verdict === 403) expect(level.json().error.code).toMatch(/^(decision_holder_or_unit_only|forbidden)$/);
    expect((await state(openId)).level).toBe(row.verdict === 'allow' ? 2 : 1);

    const close = await t.app.inject({ method: 'POST', url: `/api/cases/${openId}/close`, headers: h, payload: { reason: 'goals_reached', version: (await state(openId)).version } });
    expect(close.statusCode).toBe(expected(200));
    expect((await state(openId)).status).toBe(row.verdict === 'allow' ? 'closed' : 'open');

    const closedId = await decisionSetup(row.holder, 'closed');
    const reopen = await t.app.inject({ method: 'POST', url: `/api/cases/${closedId}/reopen`, headers: h, payload: { reason: 'Ny bekymring', version: 1 } });
    expect(reopen.statusCode).toBe(expected(200));
    expect((await state(closedId)).status).toBe(row.verdict === 'allow' ? 'open' : 'closed');

    // Those refused with 403 can still propose the decision in the log (an open case they write in).
    if (row.verdict === 403 && row.as === 'nurse') {
      const proposal = await t.app.inject({ method: 'POST', url: `/api/cases/${openId}/entries`, headers: h, payload: { kind: 'note', occurredOn: today, body: 'Foreslår nivå 2' } });
      expect(proposal.statusCode).toBe(200);
    }
  });
});
