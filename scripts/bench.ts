import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../src/server/config.js';
import { migrateToLatest } from '../src/server/platform/db/migrator.js';
import { generateDemo, MIN_DEMO_CHILDREN } from '../src/server/features/demo/demo-generator.js';
import { freshDatabase } from './bench/database.js';
import { loadFixtures } from './bench/fixtures.js';
import { checkRow, logIn, measureFloor, runLoad, type LoadResult } from './bench/load.js';
import { progressPrinter } from './bench/progress.js';
import { topUpDocuments, topUpServices } from './bench/public-content.js';
import { ROWS } from './bench/rows.js';
import { startServer } from './bench/server.js';

/**
 * npm run bench [-- --children N] [--services N] [--documents N] [--out FILE] [--seconds S] [--connections C] [--rate R] [--latency-connections L]
 * Builds «Eksempel kommune» with N children (default 20,000) in a fresh database (PGlite in
 * a temp folder, or a new database on the server in DATABASE_URL), tops its public content up
 * to --services published services and --documents documents (default 200 and 100, the sizes
 * the public pages' targets are set at) with synthetic ones, measures each row's
 * queries straight against the database (the SQL floor), then starts the real server,
 * logs in as demo people and drives each endpoint with autocannon on 127.0.0.1, twice:
 * latency (p50/p95/p99) at an offered load of R requests per second from L connections, and
 * throughput (req/s) with the C connections sending as fast as they are answered. Latency at
 * saturation only measures the queue (C × service time), so it is not what the targets mean.
 */
const usage = 'Usage: npm run bench -- [--children N] [--services N] [--documents N] [--out FILE] [--seconds S] [--connections C] [--rate R] [--latency-connections L] [--seed N]';
let args;
try {
  args = parseArgs({
    options: {
      children: { type: 'string', default: '20000' },
      services: { type: 'string', default: '200' },
      documents: { type: 'string', default: '100' },
      out: { type: 'string' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      rate: { type: 'string', default: '50' },
      'latency-connections': { type: 'string', default: '2' },
      seed: { type: 'string' },
      'floor-runs': { type: 'string', default: '50' },
    },
  }).values;
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n${usage}\n`);
  process.exit(2);
}
const config = loadConfig();
const children = Number(args.children);
const services = Number(args.services);
const documents = Number(args.documents);
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const rate = Number(args.rate);
const latencyConnections = Number(args['latency-connections']);
const floorRuns = Number(args['floor-runs']);
const seed = args.seed === undefined ? config.demoSeed : Number(args.seed);
const bad = [
  !Number.isInteger(children) || children < MIN_DEMO_CHILDREN ? `--children must be a whole number of at least ${MIN_DEMO_CHILDREN}` : '',
  !(Number.isInteger(services) && services >= 0 && services <= 10_000) ? '--services must be a whole number between 0 and 10000' : '',
  !(Number.isInteger(documents) && documents >= 0 && documents <= 10_000) ? '--documents must be a whole number between 0 and 10000' : '',
  // Bounded by design: a run never hammers for long.
  !(seconds >= 1 && seconds <= 60) ? '--seconds must be between 1 and 60' : '',
  !(Number.isInteger(connections) && connections >= 1 && connections <= 100) ? '--connections must be between 1 and 100' : '',
  !(Number.isInteger(latencyConnections) && latencyConnections >= 1 && latencyConnections <= connections) ? '--latency-connections must be between 1 and --connections' : '',
  !(Number.isInteger(rate) && rate >= 1 && rate <= 10_000) ? '--rate must be between 1 and 10000 requests per second' : '',
  !(Number.isInteger(floorRuns) && floorRuns >= 1 && floorRuns <= 10_000) ? '--floor-runs must be between 1 and 10000' : '',
  !Number.isInteger(seed) ? '--seed must be a whole number' : '',
].filter(Boolean);
if (bad.length) {
  process.stderr.write(`${bad.join('\n')}\n${usage}\n`);
  process.exit(2);
}

const say = (line: string) => process.stderr.write(`${line}\n`);
const database = await freshDatabase(config.databaseUrl);
type Row = { name: string; sql_floor_ms: number } & Partial<LoadResult>;
const rows: Row[] = [];
try {
  say(`Building Eksempel kommune with ${children.toLocaleString('en')} children on ${database.kind} …`);
  const owner = await database.open();
  let fixtures;
  try {
    await migrateToLatest(owner.db);
    const demo = await generateDemo(owner.db, { seed, children, onProgress: progressPrinter('children') });
    say('');
    const addedServices = await topUpServices(owner.db, demo.tenantId, services, seed);
    const addedDocuments = await topUpDocuments(owner.db, demo.tenantId, documents, seed);
    await sql`ANALYZE services, documents, document_versions`.execute(owner.db);
    say(`Public content topped up to ${services} published services (${addedServices} synthetic) and ${documents} documents (${addedDocuments} synthetic)`);
    fixtures = await loadFixtures(owner.db);
    // Measured before the server starts: PGlite's folder belongs to one process at a time.
    for (const row of ROWS) {
      rows.push({ name: row.name, sql_floor_ms: await measureFloor(owner.db, row, fixtures, floorRuns) });
      say(`  SQL floor ${row.name}: ${rows[rows.length - 1]!.sql_floor_ms} ms`);
    }
  } finally {
    await owner.close();
  }

  say('Starting the server …');
  const server = await startServer(database.serverEnv);
  try {
    await logIn(server.url, fixtures.personas);
    for (const [k, row] of ROWS.entries()) {
      await checkRow(server.url, row, fixtures);
      await runLoad(server.url, row, fixtures, { seconds: Math.min(2, seconds), connections }); // warm-up, not reported
      say(`  ${row.name}: ${seconds} s at ${rate} req/s over ${latencyConnections} connections, then ${seconds} s flat out over ${connections} …`);
      const latency = await runLoad(server.url, row, fixtures, { seconds, connections: latencyConnections, rate });
      const throughput = await runLoad(server.url, row, fixtures, { seconds, connections });
      Object.assign(rows[k]!, { ...latency, rps: throughput.rps, failures: latency.failures + throughput.failures });
    }
  } finally {
    await server.stop();
  }
} finally {
  await database.dispose();
}

const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(2));
const table = [
  ['name', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'SQL floor ms'],
  ...rows.map((r) => [r.name, fmt(r.p50_ms), fmt(r.p95_ms), fmt(r.p99_ms), fmt(r.rps), fmt(r.sql_floor_ms)]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((line) => line[c]!.length)));
process.stdout.write(
  `\n${database.kind}, ${children.toLocaleString('en')} children, ${seconds} s per phase; ` +
    `p50/p95/p99 at ${rate} req/s offered over ${latencyConnections} connections; req/s flat out over ${connections} connections\n`,
);
for (const line of table) process.stdout.write(`${line.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}\n`);

const failed = rows.filter((r) => (r.failures ?? 0) > 0);
for (const r of failed) process.stderr.write(`${r.name}: ${r.failures} requests failed or answered non-2xx\n`);
if (failed.length) process.exitCode = 1;

if (args.out) {
  const out = {
    database: database.kind,
    children,
    services,
    documents,
    results: rows.map((r) => ({ name: r.name, p50_ms: r.p50_ms, p95_ms: r.p95_ms, p99_ms: r.p99_ms, rps: r.rps, sql_floor_ms: r.sql_floor_ms })),
  };
  const file = resolve(args.out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  say(`Wrote ${file}`);
}
