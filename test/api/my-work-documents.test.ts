import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUser, sessionHeaders } from '../helpers/factories.js';
import { addDays, todayInNorway } from '../../src/server/platform/text/dates.js';
import type { MyWorkTask } from '../../src/contracts/my-work.js';

type Headers = Record<string, string>;
let t: TestContext;
const today = todayInNorway();
const f = {} as { owner: Headers; other: Headers; ownerId: string; overdue: string; overdueDraftOnly: string; archived: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tenant = await buildTenant(db);
  const owner = await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
  const other = await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
  Object.assign(f, { owner: await sessionHeaders(db, owner), other: await sessionHeaders(db, other), ownerId: owner.id });
  const create = async (slug: string, title: string, reviewDue: string | null, ownerId = owner.id) => {
    const r = await t.app.inject({
      method: 'POST', url: '/api/content/documents', headers: f.owner,
      payload: { slug, kind: 'routine', title, body: 'Tekst', ownerId, reviewDue },
    });
    expect(r.statusCode).toBe(201);
    return r.json();
  };
  // Published, then a draft with another title: the task names the published title.
  const overdue = await create('rutine-for-overganger', 'Rutine for overganger', addDays(today, -1));
  await t.app.inject({ method: 'POST', url: `/api/content/documents/${overdue.id}/versions/${overdue.versions[0].id}/publish`, headers: f.owner, payload: { version: 1 } });
  await t.app.inject({ method: 'POST', url: `/api/content/documents/${overdue.id}/versions`, headers: f.owner, payload: { title: 'Utkast til ny rutine' } });
  f.overdue = overdue.id;
  f.overdueDraftOnly = (await create('samarbeidsmoter', 'Samarbeidsmøter', addDays(today, -30))).id;
  await create('i-dag', 'Revideres i dag', today);
  await create('uten-dato', 'Uten revisjonsdato', null);
  await create('annen-eier', 'Eies av en annen', addDays(today, -5), other.id);
  const archived = await create('arkivert', 'Arkivert', addDays(today, -5));
  await t.app.inject({ method: 'PATCH', url: `/api/content/documents/${archived.id}`, headers: f.owner, payload: { archived: true, version: archived.version } });
  f.archived = archived.id;
});
afterAll(() => t.close());

const tasksOf = async (headers: Headers) => {
  const r = await t.app.inject({ url: '/api/my-work', headers });
  expect(r.statusCode).toBe(200);
  return (r.json() as { tasks: MyWorkTask[] }).tasks.filter((x) => x.kind === 'document_review_due');
};

describe('documents past review on «Mitt arbeid»', () => {
  it('flags to its owner each document in use whose review date has passed, oldest first', async () => {
    expect(await tasksOf(f.owner)).toEqual([
      {
        kind: 'document_review_due', dueDate: addDays(today, -30), overdue: true, href: `/content/documents/${f.overdueDraftOnly}`,
        id: f.overdueDraftOnly, caseId: null, unitName: '', level: 0, child: null, document: { id: f.overdueDraftOnly, title: 'Samarbeidsmøter' },
      },
      {
        kind: 'document_review_due', dueDate: addDays(today, -1), overdue: true, href: `/content/documents/${f.overdue}`,
        id: f.overdue, caseId: null, unitName: '', level: 0, child: null, document: { id: f.overdue, title: 'Rutine for overganger' },
      },
    ]);
    expect((await tasksOf(f.other)).map((x) => x.document?.title)).toEqual(['Eies av en annen']);
  });

  it('agrees with the library\'s own flag, and is not audited as a read of a child', async () => {
    const list = (await t.app.inject({ url: '/api/content/documents?reviewOverdue=true', headers: f.owner })).json();
    expect(list.items.filter((d: { owner: { id: string } | null }) => d.owner?.id === f.ownerId).map((d: { id: string }) => d.id).sort())
      .toEqual([f.overdue, f.overdueDraftOnly].sort());
    const before = await t.database.db.selectFrom('audit_log').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    await tasksOf(f.owner);
    const after = await t.database.db.selectFrom('audit_log').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('drops the task once the review date moves on', async () => {
    const doc = (await t.app.inject({ url: `/api/content/documents/${f.overdueDraftOnly}`, headers: f.owner })).json();
    const r = await t.app.inject({
      method: 'PATCH', url: `/api/content/documents/${doc.id}`, headers: f.owner, payload: { reviewDue: addDays(today, 365), version: doc.version },
    });
    expect(r.json()).toMatchObject({ reviewOverdue: false });
    expect((await tasksOf(f.owner)).map((x) => x.id)).toEqual([f.overdue]);
  });
});

describe('a review whose owner no longer qualifies', () => {
  it('goes to every active coordinator when the owner loses the role, leaves or there is none; the owner may still be sent back unchanged', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const owner = await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
    const colleague = await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
    const leaver = await buildUser(db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
    const analyst = await buildUser(db, tenant.id, { municipalRoles: ['analyst'] });
    const h = {
      owner: await sessionHeaders(db, owner), colleague: await sessionHeaders(db, colleague), analyst: await sessionHeaders(db, analyst),
    };
    const create = async (slug: string, ownerId: string | null) => {
      const r = await t.app.inject({
        method: 'POST', url: '/api/content/documents', headers: h.colleague,
        payload: { slug, kind: 'plan', title: slug, body: 'Tekst', ownerId, reviewDue: addDays(today, -3) },
      });
      expect(r.statusCode).toBe(201);
      return r.json() as { id: string; version: number };
    };
    const owned = await create('eies-av-eier', owner.id);
    const orphan = await create('uten-eier', null);
    const left = await create('eier-sluttet', leaver.id);
    const ids = async (headers: Headers) => (await tasksOf(headers)).map((x) => x.id).sort();

    expect(await ids(h.owner)).toEqual([owned.id, orphan.id].sort());
    // leaver's document is leaver's alone while leaver is an active coordinator
    expect(await ids(h.colleague)).toEqual([orphan.id]);
    expect(await ids(h.analyst)).toEqual([]);

    await db.updateTable('users').set({ active: false }).where('id', '=', leaver.id).execute();
    await db.deleteFrom('user_municipal_roles').where('user_id', '=', owner.id).where('role', '=', 'municipal_coordinator').execute();
    await db.insertInto('user_municipal_roles').values({ tenant_id: tenant.id, user_id: owner.id, role: 'analyst' }).execute();
    expect(await ids(h.colleague)).toEqual([owned.id, orphan.id, left.id].sort());
    expect(await ids(h.owner)).toEqual([]);
    expect(await ids(h.analyst)).toEqual([]);

    // The editor sends every field back: the old owner, unchanged, is no reason to refuse the review date.
    const kept = await t.app.inject({
      method: 'PATCH', url: `/api/content/documents/${owned.id}`, headers: h.colleague,
      payload: { kind: 'plan', ownerId: owner.id, reviewDue: addDays(today, 30), archived: false, version: owned.version },
    });
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({ owner: { id: owner.id }, reviewOverdue: false });
    // Choosing someone who is not a coordinator (any more) is still refused.
    const chosen = await t.app.inject({
      method: 'PATCH', url: `/api/content/documents/${orphan.id}`, headers: h.colleague, payload: { ownerId: owner.id, version: orphan.version },
    });
    expect(chosen.statusCode).toBe(400);
    expect(chosen.json().error.fields[0]).toMatchObject({ path: 'ownerId', code: 'owner_not_coordinator' });
    expect(await ids(h.colleague)).toEqual([orphan.id, left.id].sort());
  });
});
