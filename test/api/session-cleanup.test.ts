import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/database.js';
import { buildTenant, buildUser } from '../helpers/factories.js';
import { createSession, deleteExpiredSessions, hashToken } from '../../src/server/platform/auth/sessions.js';
import type { DatabaseHandle } from '../../src/server/platform/db/database.js';

let database: DatabaseHandle;
let staff: { tenantId: string; userId: string };
beforeAll(async () => {
  database = await createTestDatabase();
  const tenant = await buildTenant(database.db);
  const user = await buildUser(database.db, tenant.id);
  staff = { tenantId: tenant.id, userId: user.id };
});
afterAll(() => database.close());

const newSession = () => createSession(database.db, { kind: 'staff', ...staff, via: 'demo' }, 30);
const expire = (token: string) =>
  database.db.updateTable('sessions').set({ expires_at: sql<Date>`now() - interval '1 second'` }).where('id', '=', hashToken(token)).execute();
const stored = async (token: string) =>
  (await database.db.selectFrom('sessions').select('id').where('id', '=', hashToken(token)).execute()).length === 1;

describe('expired sessions do not pile up', () => {
  it('the periodic cleanup deletes expired sessions and keeps live ones', async () => {
    const old = await newSession();
    const live = await newSession();
    await expire(old.token);
    expect(await deleteExpiredSessions(database.db)).toBe(1);
    expect(await stored(old.token)).toBe(false);
    expect(await stored(live.token)).toBe(true);
  });

  it('creating a session deletes the expired ones too', async () => {
    const old = await newSession();
    await expire(old.token);
    const fresh = await newSession();
    expect(await stored(old.token)).toBe(false);
    expect(await stored(fresh.token)).toBe(true);
  });
});
