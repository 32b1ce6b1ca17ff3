import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { withTenant, type Db } from '../../src/server/platform/db/database.js';
import type { BenchFixtures, Persona } from './fixtures.js';
import type { BenchRequest, BenchRow } from './rows.js';

export interface LoadResult {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  rps: number;
  requests: number;
  failures: number;
}

/** Logs each persona in through the demo login API, as a script or a person would. */
export async function logIn(url: string, personas: Persona[]): Promise<void> {
  const res = await fetch(`${url}/api/auth/demo/users`);
  if (!res.ok) throw new Error(`GET /api/auth/demo/users answered ${res.status}`);
  const users = (await res.json()) as { items: { id: string; description: string }[] };
  for (const p of personas) {
    const user = users.items.find((u) => `demo:${u.description}` === p.subject);
    if (!user) throw new Error(`${p.subject} is not offered by the demo login`);
    const login = await fetch(`${url}/api/auth/demo/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: user.id }),
    });
    if (!login.ok) throw new Error(`demo login as ${p.subject} answered ${login.status}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    p.session = { cookie, csrfToken: ((await login.json()) as { csrfToken: string }).csrfToken };
  }
}

function httpRequest(r: BenchRequest) {
  if (r.persona && !r.persona.session) throw new Error(`${r.persona.subject} is not logged in`);
  const session = r.persona?.session;
  return {
    method: r.method,
    path: r.path,
    headers: {
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      ...(r.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }),
  };
}

/** One request first, so that a broken endpoint stops the run with its status instead of a table of errors. */
export async function checkRow(url: string, row: BenchRow, f: BenchFixtures): Promise<void> {
  const r = httpRequest(row.request(f, 0));
  const res = await fetch(`${url}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
  if (!res.ok) throw new Error(`${row.name}: ${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, ':id')} answered ${res.status}`);
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Drives one row with autocannon against 127.0.0.1 for a bounded time; latencies are kept to
 * compute p95. With `rate`, requests arrive at that many per second in all (an offered load,
 * as users would send them); without it, every connection sends as fast as answers come
 * (saturation: what the server can do, and how long requests queue when it is full).
 */
export async function runLoad(url: string, row: BenchRow, f: BenchFixtures, opts: { seconds: number; connections: number; rate?: number }): Promise<LoadResult> {
  let i = 0;
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  // The instance is an event emitter and a promise of the result at once.
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    // Per connection: autocannon's overallRate sends each second's requests in one burst.
    ...(opts.rate ? { connectionRate: Math.max(1, Math.round(opts.rate / opts.connections)) } : {}),
    requests: [{ setupRequest: (req) => ({ ...req, ...httpRequest(row.request(f, i++)) }) }],
  });
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else failures++;
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  failures += result.errors + result.timeouts;
  latencies.sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(latencies, 0.5)),
    p95_ms: round(percentile(latencies, 0.95)),
    p99_ms: round(percentile(latencies, 0.99)),
    rps: round(latencies.length / seconds),
    requests: latencies.length,
    failures,
  };
}

/**
 * The median time of the row's essential queries, each run in its own tenant transaction; a
 * public row's service functions open theirs themselves, so their BEGIN and COMMIT are timed too.
 */
export async function measureFloor(db: Db, row: BenchRow, f: BenchFixtures, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const tenantId = f.personas[i % f.personas.length]!.tenantId;
    const ms =
      'publicFloor' in row
        ? await timed(() => row.publicFloor(db, f, i))
        : await withTenant(db, tenantId, (trx) => timed(() => row.floor(trx, f, i)));
    if (i >= 5) times.push(ms); // the first runs warm the caches
  }
  times.sort((a, b) => a - b);
  return round(percentile(times, 0.5));
}
