import type { TestProject } from 'vitest/node';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/server/platform/db/database.js';
import { migrateToLatest } from '../../src/server/platform/db/migrator.js';

/**
 * Migrates once, then every test file starts from a copy: on PGlite a dumped data folder
 * (about half a second to load), on a PostgreSQL server a template database.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const templateName = `samla_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(`CREATE DATABASE ${templateName}`);
    const url = new URL(serverUrl);
    url.pathname = `/${templateName}`;
    const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 1 });
    await migrateToLatest(handle.db);
    await handle.close();
    project.provide('templateDatabase', templateName);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    };
  }
  const dir = join(process.cwd(), '.tmp', `vitest-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  const dumpPath = join(dir, 'template.tar.gz');
  const dump = await handle.dumpDataDir!();
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('templateDump', dumpPath);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDump: string;
    templateDatabase: string;
  }
}
