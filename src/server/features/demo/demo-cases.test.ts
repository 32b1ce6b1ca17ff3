import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { withTenant, type DatabaseHandle } from '../../platform/db/database.js';
import type { UnitRole } from '../../platform/db/schema.js';
import { entryKinds } from '../../../contracts/cases.js';
import { caseWithAccessFacts } from '../cases/case-access.repository.js';
import { factsOf } from '../cases/case-access.js';
import { caseAccess } from '../cases/cases.policy.js';
import { addDays } from './demo-case-builder.js';
import { DEMO_KNOWN, DEMO_UNITS } from './demo-known.js';
import { generateDemo } from './demo-generator.js';

const TODAY = '2026-03-10';
const CHILDREN = 600;

describe('demo case work', () => {
  let h: DatabaseHandle;
  let tenantId: string;
  const userId = async (subject: string) =>
    (await h.db.selectFrom('users').select('id').where('external_subject', '=', subject).executeTakeFirstOrThrow()).id;
  const childId = async (givenName: string) =>
    (await h.db.selectFrom('children').select('id').where('given_name', '=', givenName).executeTakeFirstOrThrow()).id;
  const unitId = async (name: string) => (await h.db.selectFrom('units').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  async function actor(subject: string): Promise<StaffActor> {
    const id = await userId(subject);
    const rows = await h.db.selectFrom('unit_memberships').select(['unit_id', 'role']).where('user_id', '=', id).execute();
    const unitRoles = new Map<string, Set<UnitRole>>();
    for (const r of rows) unitRoles.set(r.unit_id, new Set([...(unitRoles.get(r.unit_id) ?? []), r.role]));
    return { kind: 'staff', userId: id, tenantId, name: subject, municipalRoles: new Set(), unitRoles, requestId: 'test' };
  }
  /** The access the real policy gives, on the day the demo was generated for. */
  async function accessTo(subject: string, caseId: string) {
    const row = await caseWithAccessFacts(h.db, caseId, TODAY);
    return caseAccess(await actor(subject), factsOf(row!, TODAY))?.reason ?? null;
  }
  const caseOf = async (givenName: string) =>
    h.db.selectFrom('cases').selectAll().where('child_id', '=', await childId(givenName)).executeTakeFirstOrThrow();

  beforeAll(async () => {
    h = await createTestDatabase();
    const summary = await generateDemo(h.db, { seed: 11, children: CHILDREN, today: TODAY });
    tenantId = summary.tenantId;
    expect(summary.cases).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('gives about a quarter of the children a case, with some twenty log entries each on average', async () => {
    const count = async (table: 'cases' | 'case_entries') =>
      Number((await h.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const cases = await count('cases');
    expect(cases).toBeGreaterThan(CHILDREN * 0.18);
    expect(cases).toBeLessThan(CHILDREN * 0.32);
    const perCase = (await count('case_entries')) / cases;
    expect(perCase).toBeGreaterThan(15);
    expect(perCase).toBeLessThan(25);
    const levels = await h.db.selectFrom('cases').select('level').distinct().orderBy('level').execute();
    expect(levels.map((l) => l.level)).toEqual([1, 2, 3]);
    const statuses = await h.db.selectFrom('cases').select('status').distinct().orderBy('status').execute();
    expect(statuses.map((s) => s.status)).toEqual(['closed', 'open']);
  });

  it('writes a log entry of every kind, guardians and young people included', async () => {
    const kinds = await h.db.selectFrom('case_entries').select('kind').distinct().execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual([...entryKinds].sort());
    const authors = await h.db.selectFrom('case_entries').select('author_kind').distinct().execute();
    expect(authors.map((a) => a.author_kind).sort()).toEqual(['guardian', 'staff', 'young_person']);
    // A guardian writes only in the case of a child they have parental responsibility for.
    const strangers = await h.db
      .selectFrom('case_entries as e')
      .innerJoin('cases as c', 'c.id', 'e.case_id')
      .select('e.id')
      .where('e.author_kind', '=', 'guardian')
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('child_guardians as cg').select('cg.child_id')
        .whereRef('cg.child_id', '=', 'c.child_id').whereRef('cg.guardian_id', '=', 'e.author_guardian_id').where('cg.parental_responsibility', '=', true))))
      .execute();
    expect(strangers).toEqual([]);
    // A correction points to an earlier entry of the same case.
    const corrections = await h.db
      .selectFrom('case_entries as e')
      .innerJoin('case_entries as o', 'o.id', 'e.corrects_entry_id')
      .select(['e.case_id as a', 'o.case_id as b', 'e.created_at as at', 'o.created_at as before', 'e.kind'])
      .execute();
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) {
      expect(c).toMatchObject({ a: c.b, kind: 'correction' });
      expect(c.at.getTime()).toBeGreaterThan(c.before.getTime());
    }
  });

  it('keeps the rules: holders from the owning unit with a holder row each, outside members only under a consent, measures serving a goal of the case', async () => {
    const badHolders = await sql<{ id: string }>`
        SELECT c.id FROM cases c
        WHERE NOT EXISTS (SELECT 1 FROM unit_memberships m WHERE m.user_id = c.holder_id AND m.unit_id = c.owning_unit_id)
           OR c.holder_id <> (SELECT h.user_id FROM case_holders h WHERE h.case_id = c.id ORDER BY h.from_at DESC LIMIT 1)
           OR EXISTS (SELECT 1 FROM case_holders h WHERE h.case_id = c.id AND (h.unit_id <> c.owning_unit_id
                OR NOT EXISTS (SELECT 1 FROM unit_memberships m WHERE m.user_id = h.user_id AND m.unit_id = c.owning_unit_id)))`.execute(h.db);
    expect(badHolders.rows).toEqual([]);
    const handedOver = await sql<{ n: string }>`SELECT count(*) AS n FROM (SELECT case_id FROM case_holders GROUP BY case_id HAVING count(*) > 1) x`.execute(h.db);
    expect(Number(handedOver.rows[0]!.n)).toBeGreaterThan(0);

    const uncovered = await sql<{ user_id: string }>`
        SELECT cm.user_id FROM case_members cm JOIN cases c ON c.id = cm.case_id
        WHERE NOT EXISTS (SELECT 1 FROM unit_memberships m WHERE m.user_id = cm.user_id AND m.unit_id = c.owning_unit_id)
          AND NOT EXISTS (SELECT 1 FROM consents k JOIN consent_units ku ON ku.consent_id = k.id
                          JOIN unit_memberships m ON m.unit_id = ku.unit_id AND m.user_id = cm.user_id
                          WHERE k.case_id = c.id AND k.decision = 'given')`.execute(h.db);
    expect(uncovered.rows).toEqual([]);
    const outside = await sql<{ n: string }>`
        SELECT count(*) AS n FROM case_members cm JOIN cases c ON c.id = cm.case_id
        WHERE NOT EXISTS (SELECT 1 FROM unit_memberships m WHERE m.user_id = cm.user_id AND m.unit_id = c.owning_unit_id)`.execute(h.db);
    expect(Number(outside.rows[0]!.n)).toBeGreaterThan(0);
    const consentless = await sql`SELECT k.id FROM consents k WHERE NOT EXISTS (SELECT 1 FROM consent_units ku WHERE ku.consent_id = k.id)`.execute(h.db);
    expect(consentless.rows).toEqual([]);

    const strayMeasures = await sql`SELECT m.id FROM measures m JOIN goals g ON g.id = m.goal_id WHERE g.case_id <> m.case_id`.execute(h.db);
    expect(strayMeasures.rows).toEqual([]);
    // Every evaluation is in the log.
    const unlogged = await sql`
        SELECT v.id FROM evaluations v WHERE NOT EXISTS (
          SELECT 1 FROM case_entries e WHERE e.case_id = v.case_id AND e.kind = 'evaluation' AND e.payload->>'evaluationId' = v.id::text)`.execute(h.db);
    expect(unlogged.rows).toEqual([]);
    // A concern that led to a case and the case point to each other.
    const links = await sql`
        SELECT k.id FROM concerns k LEFT JOIN cases c ON c.id = k.case_id
        WHERE (k.status = 'case_opened') <> (c.id IS NOT NULL) OR (c.id IS NOT NULL AND c.concern_id <> k.id)`.execute(h.db);
    expect(links.rows).toEqual([]);
  });

  it('writes nothing while a case is closed: nothing after a closed case closed, nothing in a reopened case between closing and reopening', async () => {
    const reopened = await sql<{ case_id: string; closed_on: string; reopened_on: string }>`
        SELECT r.case_id, (SELECT max(x.occurred_on) FROM case_entries x WHERE x.case_id = r.case_id AND x.kind = 'closed' AND x.occurred_on <= r.occurred_on)::text AS closed_on,
               r.occurred_on::text AS reopened_on
        FROM case_entries r WHERE r.kind = 'reopened'`.execute(h.db);
    expect(reopened.rows.length).toBeGreaterThan(0);
    for (const r of reopened.rows) {
      const inside = await h.db.selectFrom('case_entries').select('kind').where('case_id', '=', r.case_id)
        .where('occurred_on', '>', r.closed_on).where('occurred_on', '<', r.reopened_on).execute();
      expect(inside).toEqual([]);
      const evaluated = await h.db.selectFrom('evaluations').select('id').where('case_id', '=', r.case_id)
        .where('evaluated_on', '>', r.closed_on).where('evaluated_on', '<', r.reopened_on).execute();
      expect(evaluated).toEqual([]);
    }
    const afterClosing = await sql`
        SELECT e.id FROM case_entries e JOIN cases c ON c.id = e.case_id
        WHERE c.status = 'closed' AND e.created_at > c.closed_at`.execute(h.db);
    expect(afterClosing.rows).toEqual([]);
  });

  it('has work waiting: overdue decisions and evaluations, expiring, expired, withdrawn and refused consents, handovers and drafts', async () => {
    const overdueConcerns = await h.db.selectFrom('concerns').select('id').where('status', '=', 'open').where('decision_due', '<', TODAY).execute();
    const dueConcerns = await h.db.selectFrom('concerns').select('id').where('status', '=', 'open').where('decision_due', '>=', TODAY).execute();
    expect(overdueConcerns.length).toBeGreaterThan(0);
    expect(dueConcerns.length).toBeGreaterThan(0);
    const measures = await h.db.selectFrom('measures').select(['evaluation_due']).where('status', 'in', ['planned', 'ongoing']).execute();
    expect(measures.some((m) => m.evaluation_due < TODAY)).toBe(true);
    expect(measures.some((m) => m.evaluation_due >= TODAY)).toBe(true);
    const consents = await h.db.selectFrom('consents').select(['decision', 'valid_to', 'withdrawn_at']).execute();
    const given = consents.filter((k) => k.decision === 'given' && !k.withdrawn_at);
    expect(given.some((k) => k.valid_to >= TODAY && k.valid_to <= addDays(TODAY, 30))).toBe(true);
    expect(given.some((k) => k.valid_to < TODAY)).toBe(true);
    expect(consents.some((k) => k.withdrawn_at)).toBe(true);
    expect(consents.some((k) => k.decision === 'refused')).toBe(true);
    const statuses = await h.db.selectFrom('handover_requests').select('status').distinct().execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['accepted', 'declined', 'pending']);
    expect(await h.db.selectFrom('entry_drafts').select('case_id').execute()).not.toEqual([]);
  });

  it("gives the known people something to see: Kari's level-2 case of Tiril with Hanne under the mother's consent, Per's oversight", async () => {
    const tiril = await caseOf(DEMO_KNOWN.liaChildGivenName);
    expect(tiril).toMatchObject({ level: 2, status: 'open', owning_unit_id: await unitId(DEMO_UNITS.liaSchool), holder_id: await userId('demo:teacher-lia') });
    expect(await accessTo('demo:teacher-lia', tiril.id)).toBe('holder_unit');
    expect(await accessTo('demo:nurse', tiril.id)).toBe('member_consent');
    expect(await accessTo('demo:leader-lia', tiril.id)).toBe('unit_leader');
    expect(await accessTo('demo:teacher-berg', tiril.id)).toBeNull();
    const consent = await h.db.selectFrom('consents as k').innerJoin('consent_units as ku', 'ku.consent_id', 'k.id')
      .select(['ku.unit_id', 'k.guardian_ids']).where('k.case_id', '=', tiril.id).executeTakeFirstOrThrow();
    expect(consent.unit_id).toBe(await unitId(DEMO_UNITS.healthCentre));
    const mother = await h.db.selectFrom('child_guardians').select('guardian_id').where('child_id', '=', tiril.child_id).where('parental_responsibility', '=', true).execute();
    expect(consent.guardian_ids).toEqual(mother.map((m) => m.guardian_id));
    // Kari has an overdue evaluation in Tiril's case, a concern with a decision due in four days and a baton offered to her.
    const kari = await userId('demo:teacher-lia');
    const overdue = await h.db.selectFrom('measures').select('id').where('case_id', '=', tiril.id).where('responsible_user_id', '=', kari).where('evaluation_due', '<', TODAY).execute();
    expect(overdue).toHaveLength(1);
    const concerns = await h.db.selectFrom('concerns').select('decision_due').where('author_id', '=', kari).where('status', '=', 'open').execute();
    expect(concerns.map((k) => k.decision_due)).toContain(addDays(TODAY, 4));
    expect(await h.db.selectFrom('handover_requests').select('id').where('to_user_id', '=', kari).where('status', '=', 'pending').execute()).toHaveLength(1);
    // Per sees every case of his school, and more than Tiril's.
    const lia = await h.db.selectFrom('cases').select('id').where('owning_unit_id', '=', await unitId(DEMO_UNITS.liaSchool)).execute();
    expect(lia.length).toBeGreaterThan(1);
    const reasons = new Set(await Promise.all(lia.map((c) => accessTo('demo:leader-lia', c.id))));
    expect(reasons.has('unit_leader')).toBe(true);
    expect([...reasons].every((r) => r === 'unit_leader' || r === 'holder_unit' || r === 'member_unit')).toBe(true);
  });

  it('shows consent governing access: Lars lost access when the PPT consent expired, Nina when hers was withdrawn', async () => {
    const sigvald = await caseOf(DEMO_KNOWN.bergChildGivenName);
    expect(await accessTo('demo:teacher-berg', sigvald.id)).toBe('holder_unit');
    expect(await accessTo('demo:ppt', sigvald.id)).toBeNull();
    const larsWrote = await h.db.selectFrom('case_entries').select('id').where('case_id', '=', sigvald.id).where('author_user_id', '=', await userId('demo:ppt')).execute();
    expect(larsWrote.length).toBeGreaterThan(0);

    const brage = await caseOf(DEMO_KNOWN.nordbyChildGivenName);
    expect(brage.level).toBe(3);
    expect(await accessTo('demo:child-welfare', brage.id)).toBeNull();
    expect(await accessTo('demo:ppt', brage.id)).toBe('member_consent');
    const pending = await h.db.selectFrom('handover_requests').select('to_user_id').where('case_id', '=', brage.id).where('status', '=', 'pending').executeTakeFirstOrThrow();
    expect(pending.to_user_id).toBe(await userId('demo:leader-nordby'));

    const linnea = await caseOf(DEMO_KNOWN.kindergartenChildGivenName);
    const refused = await h.db.selectFrom('consents').select('decision').where('case_id', '=', linnea.id).execute();
    expect(refused).toEqual([{ decision: 'refused' }]);
  });

  it('is readable by the application role under row-level security, as the server reads it', async () => {
    const all = await h.db.selectFrom('case_entries').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const seen = await withTenant(h.db, tenantId, (trx) => trx.selectFrom('case_entries').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow());
    expect(seen.n).toBe(all.n);
    const tenant = await h.db.selectFrom('tenants').select('concern_signals').where('id', '=', tenantId).executeTakeFirstOrThrow();
    expect(tenant.concern_signals.length).toBeGreaterThan(5);
  });
});
