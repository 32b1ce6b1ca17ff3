import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUser } from '../helpers/factories.js';

/**
 * The login rate limit under concurrency. @fastify/rate-limit 11.2.0 refused EVERY request of a
 * burst that exceeded the limit, also the ones within it (its in-memory store shared a live
 * counter; see platform/http/rate-limit-store.ts). Each case uses its own client address, so the
 * counts of one case never leak into another.
 */
let t: TestContext;
let demoUserId: string;
const LIMIT = 2;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  const tenant = await buildTenant(t.database.db);
  demoUserId = (await buildUser(t.database.db, tenant.id, { externalSubject: 'demo:teacher' })).id;
});
afterAll(() => t.close());

type Answer = { status: number; remaining: string | undefined };
const answer = (r: { statusCode: number; headers: Record<string, unknown> }): Answer =>
  ({ status: r.statusCode, remaining: r.headers['x-ratelimit-remaining'] as string | undefined });

const staffLogin = (remoteAddress: string, method: 'GET' | 'HEAD' = 'GET') =>
  t.app.inject({ method, url: '/api/auth/staff/login', remoteAddress }).then(answer);
const demoLogin = (remoteAddress: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/demo/login', remoteAddress, payload: { userId: demoUserId } }).then(answer);

/** Fires n requests at once: all are started before any is answered. */
const burst = (n: number, send: () => Promise<Answer>) => Promise.all(Array.from({ length: n }, send));
const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort();

describe('login rate limit with concurrent requests', () => {
  it('lets the requests within the limit through when a burst exceeds it (demo login: 200, 200, 429)', async () => {
    const answers = await burst(LIMIT + 1, () => demoLogin('198.51.100.1'));
    expect(statuses(answers)).toEqual([200, 200, 429]);
    // Each admitted request saw its own count, not the burst's final one.
    expect(answers.filter((a) => a.status === 200).map((a) => a.remaining).sort()).toEqual(['0', '1']);
  });

  it('does the same on the OpenID login route (unconfigured here, so 404 within the limit)', async () => {
    expect(statuses(await burst(LIMIT + 1, () => staffLogin('198.51.100.2')))).toEqual([404, 404, 429]);
  });

  it('admits exactly the limit from a larger burst, never more', async () => {
    const answers = await burst(LIMIT + 4, () => staffLogin('198.51.100.3'));
    expect(answers.filter((a) => a.status !== 429)).toHaveLength(LIMIT);
  });

  it('refuses nothing when a burst is exactly the limit', async () => {
    expect(statuses(await burst(LIMIT, () => staffLogin('198.51.100.4')))).toEqual([404, 404]);
  });

  it('counts a 404 answer once, and offers no HEAD route that could start a login', async () => {
    // Remaining falls by one per request: the error path does not count again.
    const head = await staffLogin('198.51.100.5', 'HEAD');
    expect(head.status).toBe(404);
    expect(head.remaining).toBeUndefined();
    expect(await staffLogin('198.51.100.6')).toEqual({ status: 404, remaining: '1' });
    expect(await staffLogin('198.51.100.6')).toEqual({ status: 404, remaining: '0' });
    expect((await staffLogin('198.51.100.6')).status).toBe(429);
  });

  it('over real HTTP: requests pipelined on one connection are counted one by one', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const socket = net.connect(Number(port), '127.0.0.1');
    try {
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => { received += chunk; });
      const codes = () => [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
      // Written in one go, so the server parses all three in the same tick.
      socket.write('GET /api/auth/resident/login HTTP/1.1\r\nHost: samla.test\r\n\r\n'.repeat(LIMIT + 1));
      await expect.poll(() => codes().length, { timeout: 5000 }).toBe(LIMIT + 1);
      expect(codes()).toEqual([404, 404, 429]);
    } finally {
      socket.destroy();
    }
  });
});
