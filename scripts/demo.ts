import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadConfig } from '../src/server/config.js';
import { configuredDatabase, openDatabase } from '../src/server/platform/db/database.js';
import { migrateToLatest } from '../src/server/platform/db/migrator.js';
import { DemoExistsError, generateDemo, MIN_DEMO_CHILDREN } from '../src/server/features/demo/demo-generator.js';
import { resetDemoData, ResetRefusedError } from '../src/server/features/demo/demo.service.js';
import { progressPrinter } from './bench/progress.js';

/**
 * npm run demo [-- --children N] [--seed N] [--data-dir DIR] [--reset]
 * Generates «Eksempel kommune» into the configured database (DATABASE_URL, or the PGlite
 * folder DATA_DIR / --data-dir). Refuses if the demo municipality is already there, unless
 * --reset, which empties the database first (and refuses if any other municipality is in it).
 */
const usage = 'Usage: npm run demo -- [--children N] [--seed N] [--data-dir DIR] [--reset]';
let args;
try {
  args = parseArgs({
    options: {
      children: { type: 'string' },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n${usage}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const config = loadConfig();
const children = args.children === undefined ? config.demoChildren : Number(args.children);
const seed = args.seed === undefined ? config.demoSeed : Number(args.seed);
if (!Number.isInteger(children) || children < MIN_DEMO_CHILDREN) {
  process.stderr.write(`--children must be a whole number of at least ${MIN_DEMO_CHILDREN}\n`);
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  process.stderr.write('--seed must be a whole number\n');
  process.exit(2);
}

const handle = await openDatabase(configuredDatabase(config, args['data-dir'] ? resolve(args['data-dir']) : config.dataDir));
try {
  await migrateToLatest(handle.db);
  if (args.reset) {
    await resetDemoData(handle.db);
    process.stderr.write('Database emptied.\n');
  }
  const started = Date.now();
  const summary = await generateDemo(handle.db, { seed, children, onProgress: progressPrinter('children') });
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write('\n');
  process.stdout.write(
    `Eksempel kommune generated on ${handle.kind} in ${seconds.toFixed(1)} s (seed ${seed}): ` +
      `${summary.units} units, ${summary.staff} staff, ${summary.children} children, ${summary.guardians} guardians, ` +
      `${summary.enrolments} enrolments, ${summary.concerns} concerns, ${summary.cases} cases, ${summary.caseEntries} log entries.\n`,
  );
} catch (err) {
  if (err instanceof DemoExistsError || err instanceof ResetRefusedError) {
    process.stderr.write(`${err.message}${err instanceof DemoExistsError ? ' (use --reset to replace it)' : ''}\n`);
    process.exitCode = 1;
  } else {
    throw err;
  }
} finally {
  await handle.close();
}
