import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/server/config.js';
import { configuredDatabase, openDatabase } from '../src/server/platform/db/database.js';
import { migrateToLatest } from '../src/server/platform/db/migrator.js';
import { AppError } from '../src/server/platform/http/errors.js';
import { createTenantWithAdmin, newTenantInput, type NewTenantInput } from '../src/server/features/organisation/tenant.service.js';

/**
 * npm run tenant:create -- --number 3807 --name "Skien kommune" --admin-name "…" --admin-email … --admin-subject …
 * Sets up a municipality, its first system administrator and Samla's default action guide and
 * documents (which the municipality's coordinators adapt) in the configured database
 * (DATABASE_URL, or the PGlite folder DATA_DIR), for an installation without demo mode.
 * Exit codes: 0 created, 1 refused (already exists), 2 bad input.
 */
const usage =
  'Usage: npm run tenant:create -- --number NNNN --name "Name kommune" --admin-name "Full name" ' +
  '--admin-email address --admin-subject <login id at the staff identity provider>';
const flagOf: Record<keyof NewTenantInput, string> = {
  municipalityNumber: '--number',
  name: '--name',
  adminName: '--admin-name',
  adminEmail: '--admin-email',
  adminSubject: '--admin-subject',
};

function fail(exitCode: number, lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(exitCode);
}

let args;
try {
  args = parseArgs({
    options: {
      number: { type: 'string' },
      name: { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-subject': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (err) {
  fail(2, [(err as Error).message, usage]);
}
if (args.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const given: Record<keyof NewTenantInput, string | undefined> = {
  municipalityNumber: args.number,
  name: args.name,
  adminName: args['admin-name'],
  adminEmail: args['admin-email'],
  adminSubject: args['admin-subject'],
};
// Missing flags are reported with the rest, field by field, rather than one at a time.
const parsed = newTenantInput.safeParse(given);
if (!parsed.success) {
  // Messages describe the rule, never the value given (it may be a person's name or address).
  const lines = parsed.error.issues.map((i) => {
    const field = i.path[0] as keyof NewTenantInput;
    return `  ${flagOf[field]}: ${given[field] === undefined ? 'is required' : i.message}`;
  });
  fail(2, ['Nothing was created; fix these and run again:', ...lines, usage]);
}
const input = parsed.data;

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) fail(2, [err.message]);
  throw err;
}
const handle = await openDatabase(configuredDatabase(config));
try {
  await migrateToLatest(handle.db);
  const created = await createTenantWithAdmin(handle.db, input);
  process.stdout.write(
    `Created municipality ${input.municipalityNumber} ${input.name} (tenant ${created.tenantId}) ` +
      `with its system administrator (user ${created.adminUserId}) and Samla's default action guide and documents.\n` +
      'They log in through the staff identity provider with the login id given.\n',
  );
} catch (err) {
  if (!(err instanceof AppError)) throw err;
  process.exitCode = 1;
  const reasons: Record<string, string> = {
    duplicate_municipality_number: `Municipality ${input.municipalityNumber} already exists in this database.`,
    duplicate_external_subject: 'Another user already has this login id (--admin-subject).',
  };
  process.stderr.write(`${reasons[err.code] ?? err.message} Nothing was created.\n`);
} finally {
  await handle.close();
}
