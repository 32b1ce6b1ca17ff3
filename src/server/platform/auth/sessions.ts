import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { MunicipalRole, UnitRole } from '../db/schema.js';
import type { Actor } from '../access/actor.js';

export const SESSION_COOKIE = 'samla_session';
// Sliding expiry is written at most this often, so reads stay reads.
const TOUCH_INTERVAL_MS = 30_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionRecord {
  id: string;
  kind: 'staff' | 'resident';
  tenantId: string | null;
  userId: string | null;
  residentPidHash: string | null;
  csrfToken: string;
  via: 'oidc' | 'demo';
  /** The provider's ID token, sealed with a key derived from the cookie token: open it with openIdToken. */
  sealedIdToken: string | null;
  lastSeenAt: Date;
  expiresAt: Date;
}

export type NewSession =
  | { kind: 'staff'; tenantId: string; userId: string; via: 'oidc' | 'demo'; idToken?: string | null }
  /** pidHash: pidDigest() of the national ID number (platform/auth/pid.ts); the number itself is never stored. */
  | { kind: 'resident'; pidHash: string; via: 'oidc' | 'demo'; idToken?: string | null };

/** Creates a session and returns the secret token for the cookie; only its hash is stored. */
export async function createSession(db: Db, s: NewSession, idleMinutes: number): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + idleMinutes * 60_000);
  // Logins are rare next to requests: a cheap moment to forget sessions nobody came back to.
  await deleteExpiredSessions(db);
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      kind: s.kind,
      tenant_id: s.kind === 'staff' ? s.tenantId : null,
      user_id: s.kind === 'staff' ? s.userId : null,
      resident_pid_hash: s.kind === 'resident' ? s.pidHash : null,
      csrf_token: csrfToken,
      via: s.via,
      id_token: s.idToken ? sealIdToken(token, s.idToken) : null,
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/*
 * The ID token is kept only for the provider's logout (id_token_hint). It carries claims (for
 * residents the national ID number), so the database holds it encrypted under a key derived
 * from the session token, which only the browser's cookie has: a copy of the sessions table
 * reveals nothing.
 */
const idTokenKey = (token: string) => Buffer.from(hkdfSync('sha256', token, '', 'samla id_token', 32));

function sealIdToken(token: string, idToken: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', idTokenKey(token), iv);
  const body = Buffer.concat([cipher.update(idToken, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

/** The ID token of a session, given the cookie token; null if absent or not openable. */
export function openIdToken(token: string, sealed: string | null): string | null {
  if (!sealed) return null;
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', idTokenKey(token), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** Extends the idle timeout; returns the new expiry. */
export async function touchSession(db: Db, s: SessionRecord, idleMinutes: number): Promise<Date> {
  if (Date.now() - s.lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return s.expiresAt;
  const expiresAt = new Date(Date.now() + idleMinutes * 60_000);
  await db.updateTable('sessions').set({ last_seen_at: new Date(), expires_at: expiresAt }).where('id', '=', s.id).execute();
  return expiresAt;
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Sessions past their expiry; also run every few minutes by the server (main.ts), so abandoned ones do not pile up. */
export async function deleteExpiredSessions(db: Db): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<', new Date()).executeTakeFirst();
  return Number(r.numDeletedRows);
}

const actorColumns = [
  sql<MunicipalRole[]>`coalesce((SELECT json_agg(r.role) FROM user_municipal_roles r WHERE r.user_id = u.id), '[]')`.as('municipal_roles'),
  sql<{ unit_id: string; role: UnitRole }[]>`coalesce((SELECT json_agg(json_build_object('unit_id', m.unit_id, 'role', m.role)) FROM unit_memberships m WHERE m.user_id = u.id), '[]')`.as('unit_roles'),
];

function toStaffActor(
  row: { id: string; tenant_id: string; name: string; municipal_roles: MunicipalRole[]; unit_roles: { unit_id: string; role: UnitRole }[] },
  requestId: string,
): Actor {
  const unitRoles = new Map<string, Set<UnitRole>>();
  for (const m of row.unit_roles) {
    const set = unitRoles.get(m.unit_id) ?? new Set<UnitRole>();
    set.add(m.role);
    unitRoles.set(m.unit_id, set);
  }
  return {
    kind: 'staff',
    userId: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    municipalRoles: new Set(row.municipal_roles),
    unitRoles,
    requestId,
  };
}

/**
 * The session of a cookie token and, for staff, its actor, in one round trip: this runs
 * before every request. `actor` is null for a staff session whose user is gone or inactive.
 */
export async function findSessionWithActor(
  db: Db,
  token: string,
  requestId: string,
): Promise<{ session: SessionRecord; staffActor: Actor | null } | null> {
  const row = await db
    .selectFrom('sessions as s')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select(['u.id as u_id', 'u.tenant_id as u_tenant_id', 'u.name as u_name', 'u.active as u_active', ...actorColumns])
    .where('s.id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return null;
  if (row.expires_at.getTime() <= Date.now()) {
    await db.deleteFrom('sessions').where('id', '=', row.id).execute();
    return null;
  }
  const session: SessionRecord = {
    id: row.id, kind: row.kind, tenantId: row.tenant_id, userId: row.user_id, residentPidHash: row.resident_pid_hash,
    csrfToken: row.csrf_token, via: row.via, sealedIdToken: row.id_token, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at,
  };
  const staffActor = row.u_id && row.u_tenant_id && row.u_name && row.u_active
    ? toStaffActor({ id: row.u_id, tenant_id: row.u_tenant_id, name: row.u_name, municipal_roles: row.municipal_roles, unit_roles: row.unit_roles }, requestId)
    : null;
  return { session, staffActor };
}

