import { loadConfig } from '../src/server/config.js';
import { configuredDatabase, openDatabase } from '../src/server/platform/db/database.js';
import { migrateToLatest } from '../src/server/platform/db/migrator.js';

/** npm run migrate: the same migrations the server runs at start, on the configured database. */
const config = loadConfig();
const handle = await openDatabase(configuredDatabase(config));
try {
  const applied = await migrateToLatest(handle.db);
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
} finally {
  await handle.close();
}
