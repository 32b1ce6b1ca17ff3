import { loadConfig, ConfigError } from './config.js';
import { configuredDatabase, openDatabase, type DatabaseHandle } from './platform/db/database.js';
import { FolderLockedError } from './platform/db/folder-lock.js';
import { migrateToLatest } from './platform/db/migrator.js';
import { buildApp } from './app.js';
import { ensureDemoData } from './features/demo/demo.service.js';
import { deleteExpiredSessions } from './platform/auth/sessions.js';
import { failInterruptedImports } from './features/imports/imports.service.js';

const SESSION_CLEANUP_INTERVAL_MS = 10 * 60_000;

/** Process entry: config, database, migrations, demo data, listen; close everything on signals. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  let database: DatabaseHandle;
  try {
    database = await openDatabase(configuredDatabase(config));
  } catch (err) {
    if (err instanceof FolderLockedError) {
      process.stderr.write(`Samla cannot start: ${err.message}\n`);
      process.exit(3);
    }
    throw err;
  }
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database });
  // Before listening: no import of this process has started yet, so any still running was cut off.
  const interruptedImports = await failInterruptedImports(database.db);
  if (interruptedImports) app.log.warn({ interruptedImports }, 'imports cut off by the previous stop marked failed');
  if (config.demoMode) await ensureDemoData(database.db, { seed: config.demoSeed, children: config.demoChildren, log: app.log });

  // Sessions are also forgotten at login, but a quiet server must not keep abandoned ones for long.
  const sessionCleanup = setInterval(() => {
    deleteExpiredSessions(database.db).catch((err: Error) => app.log.warn({ errName: err.name }, 'session cleanup failed'));
  }, SESSION_CLEANUP_INTERVAL_MS);
  sessionCleanup.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    clearInterval(sessionCleanup);
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ errName: (err as Error).name }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: database.kind, demoMode: config.demoMode }, 'Samla is running');
}

main().catch((err: Error) => {
  process.stderr.write(`Samla failed to start: ${err.name}: ${err.message}\n`);
  process.exit(1);
});
