import { sql, type Insertable } from 'kysely';
import type { Db, Trx } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import { todayInNorway } from '../../platform/text/dates.js';
import { addToRoster, emptyCaseWork, newRoster, type CaseWorkRows, type Roster } from './demo-case-builder.js';
import type { CasePlanContext } from './demo-case-context.js';
import { DEMO_SIGNALS } from './demo-case-texts.js';
import { planHouseholdCases } from './demo-cases.js';
import { newKnownCaseState } from './demo-known-cases.js';
import { DEMO_KNOWN, DEMO_MUNICIPALITY, DEMO_PEOPLE } from './demo-known.js';
import { makeHousehold, NationalIdAllocator, type HouseholdContext, type HouseholdRows, type KnownHousehold } from './demo-households.js';
import { planUnits, staffMembers } from './demo-plan.js';
import { adoptDefaultDocuments, insertDemoDocuments } from './demo-documents.js';
import { planServices } from './demo-services.js';
import { defaultFiles, installDefaultContentIn } from '../guide/default-content/install.js';
import { Random } from './prng.js';

/**
 * «Eksempel kommune» (municipality number 9999), made deterministically from a seed: the
 * same seed, size and school year give the same rows, ids included. Rows are streamed to
 * the database in multi-row INSERTs a household at a time, so 150,000 children do not have
 * to fit in memory. Everything happens in one transaction, Samla's default action guide and
 * documents included (installed as for any new municipality): a failure leaves nothing behind.
 * Runs on the owner connection (no tenant yet, so row-level security has nothing to bind to).
 */
export interface GenerateOptions {
  seed: number;
  children: number;
  /** YYYY-MM-DD; the data is the same for every day of one school year. Default: today in Norway. */
  today?: string;
  /** children per flush to the database */
  batchSize?: number;
  onProgress?: (p: DemoProgress) => void;
}

export interface DemoProgress {
  children: number;
  total: number;
  rows: number;
  elapsedMs: number;
}

export interface DemoSummary {
  tenantId: string;
  units: number;
  staff: number;
  children: number;
  guardians: number;
  childGuardians: number;
  enrolments: number;
  concerns: number;
  cases: number;
  caseEntries: number;
  services: number;
  documents: number;
}

export const MIN_DEMO_CHILDREN = 20;

/** The coordinator edits the demo's services and owns its documents. */
const COORDINATOR_SUBJECT = DEMO_PEOPLE.find((p) => p.municipalRole === 'municipal_coordinator')!.subject;

export class DemoExistsError extends Error {
  constructor() {
    super(`A tenant with municipality number ${DEMO_MUNICIPALITY.number} already exists`);
  }
}

/** The calendar year in which the current school year began (school starts mid-August). */
export function schoolYearOf(today: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '08-15' ? year : year - 1;
}

// PostgreSQL allows 65,535 parameters per statement; stay well below.
const MAX_PARAMS = 60_000;
const MAX_ROWS_PER_STATEMENT = 4_000;

async function insertRows<T extends keyof Database>(trx: Trx, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMS / columns)));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot check a table chosen by a type parameter; the callers are typed.
    await trx.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}

const knownHouseholds: KnownHousehold[] = [
  {
    givenName: DEMO_KNOWN.liaChildGivenName, familyName: DEMO_KNOWN.liaChildFamilyName, grade: 4, primary: 0, letter: 'A',
    secondGuardianWithoutResponsibility: true,
  },
  {
    givenName: DEMO_KNOWN.liaProtectedChildGivenName, familyName: DEMO_KNOWN.liaProtectedChildFamilyName, grade: 6, primary: 0,
    letter: 'B', protection: 'strengt_fortrolig',
  },
  { givenName: DEMO_KNOWN.bergChildGivenName, familyName: DEMO_KNOWN.bergChildFamilyName, grade: 3, primary: 1, letter: 'A' },
  { givenName: DEMO_KNOWN.kindergartenChildGivenName, familyName: DEMO_KNOWN.kindergartenChildFamilyName, grade: -1, kindergarten: 0 },
  { givenName: DEMO_KNOWN.nordbyChildGivenName, familyName: DEMO_KNOWN.nordbyChildFamilyName, grade: 9, lower: 0, letter: 'A' },
];

export async function generateDemo(db: Db, opts: GenerateOptions): Promise<DemoSummary> {
  const total = opts.children;
  if (!Number.isInteger(total) || total < MIN_DEMO_CHILDREN) {
    throw new RangeError(`The demo needs at least ${MIN_DEMO_CHILDREN} children`);
  }
  const started = Date.now();
  const batchSize = opts.batchSize ?? 2_000;
  // The public content draws from a random source of its own, so the rest stays what it was before it existed.
  const content = new Random((opts.seed ^ 0x5e7c1ce5) >>> 0);
  const today = opts.today ?? todayInNorway();
  const schoolYear = schoolYearOf(today);
  // Rendered before the transaction opens: PGlite has one connection, and the transaction holds it.
  const pdfs = await defaultFiles();
  const generated = await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('tenants').select('id').where('municipality_number', '=', DEMO_MUNICIPALITY.number).executeTakeFirst();
    if (existing) throw new DemoExistsError();

    const rnd = new Random(opts.seed);
    const tenantId = rnd.uuid();
    const tenant = await trx
      .insertInto('tenants')
      .values({ id: tenantId, name: DEMO_MUNICIPALITY.name, municipality_number: DEMO_MUNICIPALITY.number, concern_signals: JSON.stringify(DEMO_SIGNALS) })
      .returning(['concern_decision_days', 'young_person_age'])
      .executeTakeFirstOrThrow();
    const plan = planUnits(rnd, tenantId, total);
    await insertRows(trx, 'units', plan.units);
    const roster = newRoster();
    const staff = await insertStaff(trx, rnd, tenantId, plan, roster);

    const summary: DemoSummary = {
      tenantId, units: plan.units.length, staff, children: 0, guardians: 0, childGuardians: 0, enrolments: 0, concerns: 0, cases: 0, caseEntries: 0,
      services: 0, documents: 0,
    };
    const ctx: HouseholdContext = { rnd, tenantId, plan, schoolYear, ids: new NationalIdAllocator() };
    // Case work draws from a random source of its own, so the registry data stays what it was before cases existed.
    const caseCtx: CasePlanContext = {
      rnd: new Random((opts.seed ^ 0x0b71c0de) >>> 0), tenantId, today, out: emptyCaseWork(), plan, roster,
      unitTypes: new Map(plan.units.map((u) => [u.id!, u.type])), decisionDays: tenant.concern_decision_days, youngPersonAge: tenant.young_person_age,
    };
    const knownCases = newKnownCaseState();
    let buffer: HouseholdRows = { children: [], guardians: [], childGuardians: [], enrolments: [] };
    let rows = plan.units.length + staff;
    const flush = async () => {
      // Foreign keys decide the order: guardians and children before the rows linking them.
      await insertRows(trx, 'guardians', buffer.guardians);
      await insertRows(trx, 'children', buffer.children);
      await insertRows(trx, 'child_guardians', buffer.childGuardians);
      await insertRows(trx, 'enrolments', buffer.enrolments);
      summary.guardians += buffer.guardians.length;
      summary.children += buffer.children.length;
      summary.childGuardians += buffer.childGuardians.length;
      summary.enrolments += buffer.enrolments.length;
      rows += buffer.guardians.length + buffer.children.length + buffer.childGuardians.length + buffer.enrolments.length;
      buffer = { children: [], guardians: [], childGuardians: [], enrolments: [] };
      const work = caseCtx.out;
      rows += await insertCaseWork(trx, work);
      summary.concerns += work.concerns.length;
      summary.cases += work.cases.length;
      summary.caseEntries += work.entries.length;
      caseCtx.out = emptyCaseWork();
      opts.onProgress?.({ children: summary.children, total, rows, elapsedMs: Date.now() - started });
    };

    let made = 0;
    let k = 0;
    while (made < total) {
      const known = knownHouseholds[k++];
      const h = makeHousehold(ctx, total - made, known);
      planHouseholdCases(caseCtx, knownCases, h, known);
      made += h.children.length;
      buffer.children.push(...h.children);
      buffer.guardians.push(...h.guardians);
      buffer.childGuardians.push(...h.childGuardians);
      buffer.enrolments.push(...h.enrolments);
      if (buffer.children.length >= batchSize) await flush();
    }
    await flush();
    // A concern that led to a case points to it; the case was written after the concern.
    await sql`UPDATE concerns k SET case_id = c.id FROM cases c WHERE c.concern_id = k.id AND k.case_id IS NULL AND c.tenant_id = ${tenantId}`.execute(trx);

    const coordinator = roster.bySubject.get(COORDINATOR_SUBJECT);
    if (!coordinator) throw new Error('the demo coordinator is missing');
    const services = planServices(content, tenantId, plan.unitIdByName, new Date(`${schoolYear}-08-01T10:00:00Z`), coordinator);
    await insertRows(trx, 'services', services);
    summary.services = services.length;
    const installed = await installDefaultContentIn(trx, null, tenantId, pdfs);
    await adoptDefaultDocuments(trx, tenantId, schoolYear, coordinator);
    summary.documents = installed.documentsInstalled + (await insertDemoDocuments(trx, content, tenantId, schoolYear, coordinator));
    return summary;
  });
  // Fresh statistics, so the planner sees the real sizes at once: PGlite has no autovacuum
  // to gather them, and a server's would come only some time later.
  await sql`ANALYZE tenants, units, users, unit_memberships, user_municipal_roles, children, guardians, child_guardians, enrolments,
      concerns, concern_steps, cases, case_holders, case_members, handover_requests, consents, consent_units, goals, measures,
      evaluations, case_entries, entry_drafts, services, guide_steps, documents, document_versions`.execute(db);
  return generated;
}

/** Writes a batch of case work in foreign-key order; returns the number of rows. */
async function insertCaseWork(trx: Trx, w: CaseWorkRows): Promise<number> {
  await insertRows(trx, 'concerns', w.concerns);
  await insertRows(trx, 'concern_steps', w.concernSteps);
  await insertRows(trx, 'cases', w.cases);
  await insertRows(trx, 'case_holders', w.caseHolders);
  await insertRows(trx, 'case_members', w.caseMembers);
  await insertRows(trx, 'handover_requests', w.handovers);
  await insertRows(trx, 'consents', w.consents);
  await insertRows(trx, 'consent_units', w.consentUnits);
  await insertRows(trx, 'goals', w.goals);
  await insertRows(trx, 'measures', w.measures);
  await insertRows(trx, 'evaluations', w.evaluations);
  // In log order: a correction always comes after the entry it corrects.
  await insertRows(trx, 'case_entries', w.entries);
  await insertRows(trx, 'entry_drafts', w.drafts);
  return Object.values(w).reduce((n, list: unknown[]) => n + list.length, 0);
}

async function insertStaff(trx: Trx, rnd: Random, tenantId: string, plan: ReturnType<typeof planUnits>, roster: Roster): Promise<number> {
  let users: Insertable<Database['users']>[] = [];
  let memberships: Insertable<Database['unit_memberships']>[] = [];
  let roles: Insertable<Database['user_municipal_roles']>[] = [];
  let count = 0;
  const flush = async () => {
    await insertRows(trx, 'users', users);
    await insertRows(trx, 'unit_memberships', memberships);
    await insertRows(trx, 'user_municipal_roles', roles);
    users = [];
    memberships = [];
    roles = [];
  };
  for (const s of staffMembers(rnd, tenantId, plan)) {
    count++;
    users.push(s.user);
    if (s.user.external_subject?.startsWith('demo:')) roster.bySubject.set(s.user.external_subject, s.user.id!);
    for (const m of s.memberships) {
      memberships.push({ tenant_id: tenantId, user_id: s.user.id!, ...m });
      addToRoster(roster, m.unit_id, m.role, s.user.id!);
    }
    for (const role of s.municipalRoles) roles.push({ tenant_id: tenantId, user_id: s.user.id!, role });
    if (users.length >= 2_000) await flush();
  }
  await flush();
  return count;
}
