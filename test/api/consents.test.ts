import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildGuardian, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase, buildConsent, residentHeaders } from '../helpers/case-factories.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';

type Headers = Record<string, string>;
let t: TestContext;
const today = todayInNorway();
const addDays = (days: number) => {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const yearsAgo = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;

const f = {} as {
  tenantId: string;
  school: string; health: string; ppt: string; archived: string; foreignUnit: string;
  teacher: Headers; nurse: Headers; resource: Headers; otherTenantStaff: Headers; leader: Headers; colleague: Headers;
  teacherId: string; nurseId: string; colleagueId: string;
  mother: Headers; father: Headers; contact: Headers; teen: Headers; littleOne: Headers;
  motherId: string; fatherId: string; contactId: string; strangerGuardianId: string;
  caseId: string; teenCaseId: string; otherCaseId: string;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  f.tenantId = tenant.id;
  const school = await buildUnit(db, tenant.id, { name: 'Lia skole' });
  const health = await buildUnit(db, tenant.id, { name: 'Helsestasjonen', type: 'health_centre' });
  const ppt = await buildUnit(db, tenant.id, { name: 'PPT', type: 'ppt' });
  const archived = await buildUnit(db, tenant.id, { name: 'Nedlagt' });
  await db.updateTable('units').set({ archived_at: new Date() }).where('id', '=', archived.id).execute();
  Object.assign(f, { school: school.id, health: health.id, ppt: ppt.id, archived: archived.id });
  const teacher = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  const nurse = await buildUser(db, tenant.id, { units: [[health.id, 'employee']] });
  f.teacher = await sessionHeaders(db, teacher);
  f.nurse = await sessionHeaders(db, nurse);
  f.resource = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'resource_person']] }));
  f.leader = await sessionHeaders(db, await buildUser(db, tenant.id, { units: [[school.id, 'leader']] }));
  const colleague = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
  f.colleague = await sessionHeaders(db, colleague);
  Object.assign(f, { teacherId: teacher.id, nurseId: nurse.id, colleagueId: colleague.id });

  const child = await buildChild(db, tenant.id, { unitId: school.id, birthDate: yearsAgo(10) });
  const mother = await buildGuardian(db, tenant.id, child.id, { name: 'Mor Testesen' });
  const father = await buildGuardian(db, tenant.id, child.id, { name: 'Far Testesen' });
  const contact = await buildGuardian(db, tenant.id, child.id, { name: 'Kontakt Testesen', parentalResponsibility: false });
  const otherChild = await buildChild(db, tenant.id, { unitId: school.id });
  const stranger = await buildGuardian(db, tenant.id, otherChild.id);
  Object.assign(f, { motherId: mother.id, fatherId: father.id, contactId: contact.id, strangerGuardianId: stranger.id });
  f.mother = await residentHeaders(db, mother.national_id);
  f.father = await residentHeaders(db, father.national_id);
  f.contact = await residentHeaders(db, contact.national_id);
  f.littleOne = await residentHeaders(db, child.national_id);
  f.caseId = (await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: teacher.id, memberIds: [nurse.id] })).id;
  f.otherCaseId = (await buildCase(db, tenant.id, { childId: otherChild.id, owningUnitId: school.id, holderId: teacher.id })).id;

  const teen = await buildChild(db, tenant.id, { unitId: school.id, birthDate: yearsAgo(16) });
  await buildGuardian(db, tenant.id, teen.id);
  f.teen = await residentHeaders(db, teen.national_id);
  f.teenCaseId = (await buildCase(db, tenant.id, { childId: teen.id, owningUnitId: school.id, holderId: teacher.id, memberIds: [nurse.id] })).id;

  const other = await buildTenant(db);
  const foreignUnit = await buildUnit(db, other.id);
  f.foreignUnit = foreignUnit.id;
  f.otherTenantStaff = await sessionHeaders(db, await buildUser(db, other.id, { units: [[foreignUnit.id, 'leader']] }));
});
afterAll(() => t.close());

const valid = () => ({
  decision: 'given', guardianIds: [f.motherId], youngPerson: false, unitIds: [f.health], purpose: 'Samarbeid med helsesykepleier',
  validFrom: addDays(-1), validTo: addDays(180), childView: 'Vil gjerne snakke med helsesykepleieren',
});
const record = (headers: Headers, body: object, caseId = f.caseId) =>
  t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/consents`, headers, payload: body });
const list = (headers: Headers, caseId = f.caseId) => t.app.inject({ url: `/api/cases/${caseId}/consents`, headers });
const withdraw = (headers: Headers, consentId: string, reason = 'Ønsker ikke lenger samarbeid', caseId = f.caseId) =>
  t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/consents/${consentId}/withdraw`, headers, payload: { reason } });
const counts = async () => {
  const db = t.database.db;
  const [k, u, e] = await Promise.all([
    db.selectFrom('consents').select(db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('consent_units').select(db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('case_entries').select(db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return [Number(k.n), Number(u.n), Number(e.n)];
};
const paths = (r: { json(): { error: { fields: { path: string }[] } } }) => r.json().error.fields.map((p) => p.path);

describe('recording consent', () => {
  it('refuses bad input field by field and writes nothing', async () => {
    const before = await counts();
    const cases: [object, string][] = [
      [{ guardianIds: [f.contactId] }, 'guardianIds'], // a contact person has no parental responsibility
      [{ guardianIds: [f.strangerGuardianId] }, 'guardianIds'], // another child's guardian
      [{ guardianIds: [], youngPerson: true }, 'youngPerson'], // a ten-year-old cannot consent for themself
      [{ guardianIds: [], youngPerson: false }, 'body.guardianIds'], // a consent covering nobody
      [{ unitIds: [] }, 'body.unitIds'],
      [{ unitIds: [f.foreignUnit] }, 'unitIds'], // another tenant's unit is unknown here
      [{ unitIds: [f.archived] }, 'unitIds'],
      [{ validFrom: addDays(10), validTo: addDays(9) }, 'body.validTo'],
      [{ purpose: '   ' }, 'body.purpose'],
      [{ decision: 'maybe' }, 'body.decision'],
      [{ documentId: '00000000-0000-4000-8000-000000000000' }, 'documentId'],
    ];
    for (const [change, path] of cases) {
      const r = await record(f.teacher, { ...valid(), ...change });
      expect(r.statusCode, JSON.stringify(change)).toBe(400);
      expect(paths(r), JSON.stringify(change)).toContain(path);
    }
    expect(await counts()).toEqual(before);
  });

  it('lets only staff who may write the case record it', async () => {
    expect((await record(f.resource, valid())).statusCode).toBe(403); // oversight reads, does not write
    expect((await record(f.nurse, valid())).statusCode).toBe(404); // member without consent
    expect((await record(f.otherTenantStaff, valid())).statusCode).toBe(404);
    expect((await record(f.mother, valid())).statusCode).toBe(404); // residents do not record consent
    expect((await record(f.teacher, valid(), '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('recording consent is for the owning unit', () => {
  // Security review, finding 4: an outside member recorded a consent naming another service and brought it in.
  it('refuses staff whose access rests on a consent (403 consent_owning_unit_only, nothing written); they may still withdraw', async () => {
    const db = t.database.db;
    const child = await buildChild(db, f.tenantId, { unitId: f.school, birthDate: yearsAgo(9) });
    const parent = await buildGuardian(db, f.tenantId, child.id);
    const caseId = (await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.school, holderId: f.teacherId, memberIds: [f.nurseId] })).id;
    const nurseHeldId = (await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.school, holderId: f.nurseId })).id;
    const current = await buildConsent(db, f.tenantId, { caseId, recordedBy: f.teacherId, unitIds: [f.health], guardianIds: [parent.id], validTo: today });
    await buildConsent(db, f.tenantId, { caseId: nurseHeldId, recordedBy: f.teacherId, unitIds: [f.health], guardianIds: [parent.id], validTo: today });
    expect((await t.app.inject({ url: `/api/cases/${caseId}`, headers: f.nurse })).json().myAccess.reason).toBe('member_consent');
    expect((await t.app.inject({ url: `/api/cases/${nurseHeldId}`, headers: f.nurse })).json().myAccess.reason).toBe('holder_consent');

    const extend = { ...valid(), guardianIds: [parent.id], unitIds: [f.health, f.ppt], validFrom: today, validTo: '2099-12-31' };
    const before = await counts();
    for (const id of [caseId, nurseHeldId]) {
      const r = await record(f.nurse, extend, id);
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe('consent_owning_unit_only');
    }
    expect(await counts()).toEqual(before);
    // Withdrawing only takes access away, and stays open to everyone who writes the case.
    expect((await withdraw(f.nurse, current.id, 'Foreldrene trakk det', caseId)).statusCode).toBe(200);
    expect((await list(f.nurse, caseId)).statusCode).toBe(404);
  });

  it('lets the holder, a member and the leader of the owning unit record one', async () => {
    const db = t.database.db;
    const child = await buildChild(db, f.tenantId, { unitId: f.school, birthDate: yearsAgo(8) });
    const parent = await buildGuardian(db, f.tenantId, child.id);
    const caseId = (await buildCase(db, f.tenantId, { childId: child.id, owningUnitId: f.school, holderId: f.teacherId, memberIds: [f.colleagueId] })).id;
    for (const [who, reason] of [[f.teacher, 'holder_unit'], [f.colleague, 'member_unit'], [f.leader, 'unit_leader']] as const) {
      expect((await t.app.inject({ url: `/api/cases/${caseId}`, headers: who })).json().myAccess.reason).toBe(reason);
      expect((await record(who, { ...valid(), guardianIds: [parent.id] }, caseId)).statusCode, reason).toBe(201);
    }
  });
});

describe('access follows consent', () => {
  it('gives an outside member access while a consent covers their service, and takes it away at once on withdrawal', async () => {
    expect((await list(f.nurse)).statusCode).toBe(404);
    const refused = await record(f.teacher, { ...valid(), decision: 'refused', guardianIds: [f.fatherId] });
    expect(refused.statusCode).toBe(201);
    expect((await list(f.nurse)).statusCode).toBe(404); // a refusal grants nothing

    const given = await record(f.teacher, { ...valid(), guardianIds: [f.motherId, f.fatherId, f.motherId], unitIds: [f.health, f.ppt] });
    expect(given.statusCode).toBe(201);
    const consentId = given.json().id as string;
    const seen = await list(f.nurse);
    expect(seen.statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/cases/${f.caseId}`, headers: f.nurse })).json().myAccess.reason).toBe('member_consent');
    const item = seen.json().items.find((k: { id: string }) => k.id === consentId);
    expect(item).toMatchObject({
      decision: 'given', status: 'given', youngPerson: false, purpose: 'Samarbeid med helsesykepleier', withdrawn: null, canWithdraw: true,
      guardians: [{ id: f.motherId, name: 'Mor Testesen' }, { id: f.fatherId, name: 'Far Testesen' }],
    });
    expect(item.units.map((u: { name: string }) => u.name)).toEqual(['Helsestasjonen', 'PPT']);
    expect(seen.json().guardians.map((g: { id: string }) => g.id).sort()).toEqual([f.motherId, f.fatherId].sort());
    expect(seen.json().youngPersonMayConsent).toBe(false);
    expect(seen.json().items.find((k: { id: string }) => k.id === refused.json().id).status).toBe('refused');

    const wrote = await t.app.inject({
      method: 'POST', url: `/api/cases/${f.caseId}/entries`, headers: f.nurse, payload: { kind: 'observation', occurredOn: today, body: 'Målt og veid' },
    });
    expect(wrote.statusCode).toBe(200);

    expect((await withdraw(f.teacher, consentId, ' ')).statusCode).toBe(400);
    expect((await withdraw(f.resource, consentId)).statusCode).toBe(403);
    const w = await withdraw(f.nurse, consentId, 'Foreldrene ønsket det');
    expect(w.statusCode).toBe(200);
    // The very next request: the nurse is out, and the consent stays as history for those still in.
    expect((await list(f.nurse)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/cases/${f.caseId}`, headers: f.nurse })).statusCode).toBe(404);
    const after = (await list(f.teacher)).json().items.find((k: { id: string }) => k.id === consentId);
    expect(after).toMatchObject({ status: 'withdrawn', canWithdraw: false, withdrawn: { by: 'staff', reason: 'Foreldrene ønsket det' } });
    expect((await withdraw(f.teacher, consentId)).statusCode).toBe(409);
    // What the nurse wrote stays in the log.
    const log = (await t.app.inject({ url: `/api/cases/${f.caseId}/entries?limit=100`, headers: f.teacher })).json().items as { id: string; body: string }[];
    expect(log.find((e) => e.id === wrote.json().id)?.body).toBe('Målt og veid');

    const db = t.database.db;
    const events = await db.selectFrom('case_entries').select(['payload', 'author_kind', 'body']).where('case_id', '=', f.caseId).where('kind', '=', 'consent_event').execute();
    expect(events.map((e) => (e.payload as { event: string }).event).sort()).toEqual(['given', 'refused', 'withdrawn']);
    const audit = await db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity_id', '=', consentId).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['consent.record', 'consent.withdraw']);
  });

  it('lets an outside member read and write through GET/POST on the case while it runs, 404 from the day after it ends; their entry stays', async () => {
    const db = t.database.db;
    const caseUrl = `/api/cases/${f.teenCaseId}`;
    const given = await record(f.teacher, { ...valid(), guardianIds: [], youngPerson: true, validTo: addDays(60) }, f.teenCaseId);
    expect((await t.app.inject({ url: caseUrl, headers: f.nurse })).statusCode).toBe(200);
    const wrote = await t.app.inject({
      method: 'POST', url: `${caseUrl}/entries`, headers: f.nurse, payload: { kind: 'conversation', occurredOn: today, body: 'Samtale på helsestasjonen' },
    });
    expect(wrote.statusCode).toBe(200);
    // Time passes: the consent ended yesterday.
    await db.updateTable('consents').set({ valid_to: addDays(-1), valid_from: addDays(-90) }).where('id', '=', given.json().id).execute();
    expect((await t.app.inject({ url: caseUrl, headers: f.nurse })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${caseUrl}/entries`, headers: f.nurse })).statusCode).toBe(404);
    const entries = (await t.app.inject({ url: `${caseUrl}/entries?limit=100`, headers: f.teacher })).json().items as { id: string; body: string }[];
    expect(entries.find((e) => e.id === wrote.json().id)?.body).toBe('Samtale på helsestasjonen');
    expect((await list(f.teacher, f.teenCaseId)).json().items.find((k: { id: string }) => k.id === given.json().id).status).toBe('expired');
  });

  it('grants nothing before it starts or after it expires', async () => {
    const upcoming = await record(f.teacher, { ...valid(), validFrom: addDays(1), validTo: addDays(30) });
    const expired = await record(f.teacher, { ...valid(), validFrom: addDays(-30), validTo: addDays(-1) });
    expect([upcoming.statusCode, expired.statusCode]).toEqual([201, 201]);
    expect((await list(f.nurse)).statusCode).toBe(404);
    const items = (await list(f.teacher)).json().items as { id: string; status: string; canWithdraw: boolean }[];
    expect(items.find((k) => k.id === upcoming.json().id)).toMatchObject({ status: 'upcoming', canWithdraw: true });
    expect(items.find((k) => k.id === expired.json().id)).toMatchObject({ status: 'expired', canWithdraw: false });
    expect((await withdraw(f.teacher, expired.json().id)).statusCode).toBe(409);
  });

  it('is a consent of this case only', async () => {
    // The mother is the guardian of another child than this case's.
    const other = await record(f.teacher, valid(), f.otherCaseId);
    expect(other.statusCode).toBe(400);
    expect(paths(other)).toContain('guardianIds');
    const mine = await record(f.teacher, valid());
    expect((await withdraw(f.teacher, mine.json().id, 'x', f.otherCaseId)).statusCode).toBe(404);
    expect((await withdraw(f.otherTenantStaff, mine.json().id)).statusCode).toBe(404);
  });
});

describe('residents and consent', () => {
  it('lets a guardian with parental responsibility see the consents and withdraw one they gave, and no other', async () => {
    const mothers = await record(f.teacher, { ...valid(), guardianIds: [f.motherId] });
    const fathers = await record(f.teacher, { ...valid(), guardianIds: [f.fatherId] });
    const seen = await list(f.mother);
    expect(seen.statusCode).toBe(200);
    const items = seen.json().items as { id: string; canWithdraw: boolean }[];
    expect(items.find((k) => k.id === mothers.json().id)?.canWithdraw).toBe(true);
    expect(items.find((k) => k.id === fathers.json().id)?.canWithdraw).toBe(false);
    expect((await withdraw(f.mother, fathers.json().id)).statusCode).toBe(403);
    const w = await withdraw(f.mother, mothers.json().id, 'Vil ikke dele mer');
    expect(w.statusCode).toBe(200);
    const after = (await list(f.father)).json().items.find((k: { id: string }) => k.id === mothers.json().id);
    expect(after.withdrawn).toMatchObject({ by: 'guardian', byName: 'Mor Testesen', reason: 'Vil ikke dele mer' });
    const entry = await t.database.db.selectFrom('case_entries').select(['author_kind', 'author_guardian_id'])
      .where('case_id', '=', f.caseId).where('kind', '=', 'consent_event').where('body', 'like', '%Vil ikke dele mer').executeTakeFirstOrThrow();
    expect(entry).toEqual({ author_kind: 'guardian', author_guardian_id: f.motherId });
    const audit = await t.database.db.selectFrom('audit_log').select(['actor_kind', 'tenant_id']).where('action', '=', 'consent.withdraw')
      .where('entity_id', '=', mothers.json().id).executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_kind: 'resident', tenant_id: f.tenantId });
  });

  it('gives a contact person and a child below the age nothing', async () => {
    const k = await record(f.teacher, valid());
    for (const who of [f.contact, f.littleOne]) {
      expect((await list(who)).statusCode).toBe(404);
      expect((await withdraw(who, k.json().id)).statusCode).toBe(404);
    }
  });

  it('lets a young person above the age consent for themself and withdraw it', async () => {
    const own = await record(f.teacher, { ...valid(), guardianIds: [], youngPerson: true }, f.teenCaseId);
    expect(own.statusCode).toBe(201);
    expect((await list(f.nurse, f.teenCaseId)).statusCode).toBe(200);
    const seen = await list(f.teen, f.teenCaseId);
    expect(seen.json()).toMatchObject({ youngPersonMayConsent: true });
    expect(seen.json().items[0]).toMatchObject({ id: own.json().id, youngPerson: true, guardians: [], canWithdraw: true });
    expect((await withdraw(f.teen, own.json().id, 'Jeg vil ikke', f.teenCaseId)).statusCode).toBe(200);
    expect((await list(f.nurse, f.teenCaseId)).statusCode).toBe(404);
    expect((await list(f.teen, f.teenCaseId)).json().items[0].withdrawn).toMatchObject({ by: 'young_person', reason: 'Jeg vil ikke' });
    // The teenager is no party to a consent only their guardians gave.
    expect((await list(f.teen)).statusCode).toBe(404);
  });
});

describe('what may be shared and the child’s own view (issue 9)', () => {
  const consentCount = async () =>
    Number((await t.database.db.selectFrom('consents').select((e) => e.fn.countAll<string>().as('n')).where('case_id', '=', f.caseId).executeTakeFirstOrThrow()).n);
  const setHearingAge = (age: number) => t.database.db.updateTable('tenants').set({ child_hearing_age: age }).where('id', '=', f.tenantId).execute();
  const withoutView = () => {
    const { childView: _omitted, ...rest } = valid();
    return rest;
  };

  it('records what may be shared and the child’s view, and lists them', async () => {
    const r = await record(f.teacher, { ...valid(), informationShared: 'Observasjoner fra skolen og helsekartlegging' });
    expect(r.statusCode).toBe(201);
    const item = (await list(f.teacher)).json().items.find((k: { id: string }) => k.id === r.json().id);
    expect(item).toMatchObject({ informationShared: 'Observasjoner fra skolen og helsekartlegging', childView: 'Vil gjerne snakke med helsesykepleieren', childViewMissingReason: null });
    expect((await list(f.teacher)).json()).toMatchObject({ childViewAsked: true, childHearingAge: 7 });
  });
  it('from the municipality’s hearing age (7 by default) refuses a consent without the child’s view or a reason, writing nothing', async () => {
    const before = await consentCount();
    const r = await record(f.teacher, withoutView());
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'childView', code: 'child_view_required' })]);
    const both = await record(f.teacher, { ...valid(), childViewMissingReason: 'Ville ikke' });
    expect(both.statusCode).toBe(400);
    expect(await consentCount()).toBe(before);
    const reason = await record(f.teacher, { ...withoutView(), childViewMissingReason: 'Barnet ville ikke uttale seg' });
    expect(reason.statusCode).toBe(201);
  });
  it('below the hearing age the view is optional (the municipality sets the age)', async () => {
    await setHearingAge(12);
    try {
      expect((await list(f.teacher)).json()).toMatchObject({ childViewAsked: false, childHearingAge: 12 });
      expect((await record(f.teacher, withoutView())).statusCode).toBe(201);
    } finally {
      await setHearingAge(7);
    }
  });
  it('refuses unknown fields by name', async () => {
    const r = await record(f.teacher, { ...valid(), sharedWith: 'alle' });
    expect(r.statusCode).toBe(400);
    expect(JSON.stringify(r.json().error)).toContain('sharedWith');
  });
});
