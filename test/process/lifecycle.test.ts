import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../helpers/server-process.js';

// These tests are about the embedded database's folder; on a PostgreSQL server there is none.
const embedded = !process.env.TEST_DATABASE_URL;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.runIf(embedded)('the server process on an embedded database', () => {
  it('refuses a second Samla on the same folder with a clear message, and shuts down cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samla-life-'));
    dirs.push(dir);
    const env = { DATA_DIR: dir, DEMO_MODE: 'false' };
    const first = await startServer(env);
    const second = await startServer(env, { waitHealthy: false });
    expect(await second.exited).toBe(3);
    expect(second.output()).toMatch(/in use by another Samla process/);
    expect((await fetch(`${first.url}/health`)).status).toBe(200);

    first.proc.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dir, 'samla.lock'))).toBe(false);

    // The folder is free again, and the data survived a clean restart.
    const third = await startServer(env);
    expect((await fetch(`${third.url}/health`)).status).toBe(200);
    third.proc.kill('SIGINT');
    expect(await third.exited).toBe(0);
  }, 120_000);
});
