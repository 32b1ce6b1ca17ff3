import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

/**
 * Starts the built server for the browser journeys on a fresh database: a new embedded
 * folder, or a new database on the PostgreSQL server when TEST_DATABASE_URL is set.
 * Demo mode fills it with «Eksempel kommune» on start.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS samla_e2e WITH (FORCE)');
  await admin.query('CREATE DATABASE samla_e2e');
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = '/samla_e2e';
  process.env.DATABASE_URL = url.toString();
} else {
  const dir = resolve('.tmp/e2e-data');
  rmSync(dir, { recursive: true, force: true });
  process.env.DATA_DIR = dir;
}
// A variable, so the type checker does not need the build to exist.
const entry = '../../dist/server/main.js';
await import(entry);
