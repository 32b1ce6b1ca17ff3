import { loadConfig, type Config } from '../../src/server/config.js';
import { buildApp, type App } from '../../src/server/app.js';
import type { DatabaseHandle } from '../../src/server/platform/db/database.js';
import { createTestDatabase } from './database.js';

export interface TestContext {
  app: App;
  database: DatabaseHandle;
  config: Config;
  close(): Promise<void>;
}

/** The whole app over a fresh database, driven with app.inject. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_MODE: 'true', ...env });
  const app = await buildApp({ config, database, webRoot: '/nonexistent' });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
