import type { Trx } from '../../src/server/platform/db/database.js';
import * as children from '../../src/server/features/children/children.repository.js';
import { collectMyWork } from '../../src/server/features/my-work/my-work.service.js';
import { loadCaseForActor } from '../../src/server/features/cases/case-access.js';
import { describeAccess } from '../../src/server/features/cases/case-access-list.js';
import * as cases from '../../src/server/features/cases/cases.repository.js';
import type { StaffActor } from '../../src/server/platform/access/actor.js';
import type { BenchFixtures, Persona } from './fixtures.js';

/**
 * One row of the benchmark table: the HTTP request autocannon sends (the i-th of the run,
 * so requests vary over people, children and search words), and the essential queries of
 * that endpoint run straight against the database for the floor. The floor calls the same
 * repository functions the service calls, inside the same tenant transaction (row-level
 * security included), so it cannot drift from what the server runs; it leaves out the
 * session lookup, the audit write and HTTP.
 * Later issues add a row by adding one declaration here.
 */
export interface BenchRow {
  name: string;
  request(f: BenchFixtures, i: number): BenchRequest;
  floor(trx: Trx, f: BenchFixtures, i: number): Promise<unknown>;
}

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  persona: Persona;
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
    // Units and the four task queries.
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
];
