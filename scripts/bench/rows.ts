import type { Db, Trx } from '../../src/server/platform/db/database.js';
import * as children from '../../src/server/features/children/children.repository.js';
import { collectMyWork } from '../../src/server/features/my-work/my-work.service.js';
import { loadCaseForActor } from '../../src/server/features/cases/case-access.js';
import { describeAccess } from '../../src/server/features/cases/case-access-list.js';
import * as cases from '../../src/server/features/cases/cases.repository.js';
import { publishedServiceView, searchPublishedServices } from '../../src/server/features/catalogue/catalogue.service.js';
import { findPublicTenant } from '../../src/server/features/public-site/public-site.service.js';
import { catalogueQuery, parseServiceSearch } from '../../src/server/features/public-site/service-search.js';
import type { StaffActor } from '../../src/server/platform/access/actor.js';
import type { BenchFixtures, Persona } from './fixtures.js';

/**
 * One row of the benchmark table: the HTTP request autocannon sends (the i-th of the run,
 * so requests vary over people, children and search words), and the essential queries of
 * that endpoint run straight against the database for the floor. The floor calls the same
 * repository functions the service calls, inside the same tenant transaction (row-level
 * security included), so it cannot drift from what the server runs; it leaves out the
 * session lookup, the audit write and HTTP.
 * A public page has no session and no single transaction: its floor calls the service
 * functions the page calls, each opening its own tenant transaction, so it includes their
 * BEGIN/COMMIT round trips and leaves out rendering and HTTP.
 * Later issues add a row by adding one declaration here.
 */
export type BenchRow = {
  name: string;
  request(f: BenchFixtures, i: number): BenchRequest;
} & (
  | { floor(trx: Trx, f: BenchFixtures, i: number): Promise<unknown> }
  | { publicFloor(db: Db, f: BenchFixtures, i: number): Promise<unknown> }
);

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  /** who sends it; none for a public page, which is read without a session */
  persona?: Persona;
  body?: unknown;
}

const persona = (f: BenchFixtures, i: number) => f.personas[i % f.personas.length]!;
const childOf = (p: Persona, i: number) => p.childIds[Math.floor(i / 7) % p.childIds.length]!;
const word = (f: BenchFixtures, i: number) => f.searchWords[i % f.searchWords.length]!;
/** «My work» for the demo people (each holds cases and has tasks) and for the relay holders with the most cases. */
const worker = (f: BenchFixtures, i: number) => {
  const all = [...f.personas, ...f.busiest];
  return all[i % all.length]!;
};
const held = (f: BenchFixtures, i: number) => f.heldCases[i % f.heldCases.length]!;
/** The persona as the server would load it; roles approximated as employee (they only widen access). */
const staffActor = (p: Persona): StaffActor => ({
  kind: 'staff', userId: p.userId, tenantId: p.tenantId, name: '', municipalRoles: new Set(), requestId: 'bench',
  unitRoles: new Map(p.unitIds.map((u) => [u, new Set(['employee' as const])])),
});
const PAGE = 25;
const serviceSlug = (f: BenchFixtures, i: number) => f.publicSite.serviceSlugs[i % f.publicSite.serviceSlugs.length]!;
const search = (f: BenchFixtures, i: number) => f.publicSite.searches[i % f.publicSite.searches.length]!;
/** The municipality as the page finds it: by its slug, on the owner connection. */
const publicTenant = async (db: Db, f: BenchFixtures) => {
  const tenant = await findPublicTenant(db, f.publicSite.tenantSlug);
  if (!tenant) throw new Error(`no municipality has the slug ${f.publicSite.tenantSlug}`);
  return tenant;
};

export const ROWS: BenchRow[] = [
  {
    name: 'child search',
    request: (f, i) => ({ method: 'POST', path: '/api/children/search', persona: persona(f, i), body: { query: word(f, i), limit: PAGE } }),
    floor: async (trx, f, i) => {
      const scope = { kind: 'units' as const, unitIds: persona(f, i).unitIds };
      return children.searchChildren(trx, { scope, tokens: word(f, i).split(' '), limit: PAGE + 1, today: f.today });
    },
  },
  {
    name: 'child detail',
    request: (f, i) => {
      const p = persona(f, i);
      return { method: 'GET', path: `/api/children/${childOf(p, i)}`, persona: p };
    },
    floor: async (trx, f, i) => {
      const p = persona(f, i);
      const id = childOf(p, i);
      await children.childIdsInScope(trx, { kind: 'units', unitIds: p.unitIds }, [id], f.today);
      await children.findChild(trx, id);
      await children.enrolmentsOf(trx, id);
      return children.guardiansOf(trx, id);
    },
  },
  {
    name: 'my work',
    request: (f, i) => ({ method: 'GET', path: '/api/my-work', persona: worker(f, i) }),
    // Units and the task queries (and the reach check of the held cases whose measures name others).
    floor: (trx, f, i) => collectMyWork(trx, staffActor(worker(f, i)), f.today),
  },
  {
    name: 'case open',
    // The case page as its relay holder opens it: access check, header, dates, who has access, holders, and the audit write.
    request: (f, i) => {
      const c = held(f, i);
      return { method: 'GET', path: `/api/cases/${c.caseId}`, persona: c.holder };
    },
    floor: async (trx, f, i) => {
      const c = held(f, i);
      const { row, facts } = await loadCaseForActor(trx, staffActor(c.holder), c.caseId, 'read');
      const sheet = await cases.caseSheet(trx, c.caseId, f.today);
      return describeAccess(trx, row, facts, sheet);
    },
  },
  {
    name: 'public service page',
    request: (f, i) => ({ method: 'GET', path: `/k/${f.publicSite.tenantSlug}/tjenester/${serviceSlug(f, i)}` }),
    publicFloor: async (db, f, i) => publishedServiceView(db, (await publicTenant(db, f)).id, serviceSlug(f, i), 'nb'),
  },
  {
    name: 'catalogue search',
    request: (f, i) => ({ method: 'GET', path: `/k/${f.publicSite.tenantSlug}/tjenester?${search(f, i)}` }),
    // The search form's parameters read as the page reads them.
    publicFloor: async (db, f, i) => {
      const form = parseServiceSearch(Object.fromEntries(new URLSearchParams(search(f, i))));
      return searchPublishedServices(db, (await publicTenant(db, f)).id, catalogueQuery(form, 'nb'));
    },
  },
];
