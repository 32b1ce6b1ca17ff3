import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fillPidDigests } from './pid-digests.js';
import type { Config } from '../../config.js';
import type { Db } from '../db/database.js';
import type { Actor } from '../access/actor.js';
import { AppError, notFound, unauthenticated } from '../http/errors.js';
import { deleteSession, findSessionWithActor, SESSION_COOKIE, touchSession, type SessionRecord } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRecord | null;
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.env === 'production',
  };
}

/**
 * Loads the session and the actor for every request, then enforces the route's declared
 * access. A route that declares nothing is refused: access is opt-out only by saying `public`.
 */
export function registerAuth(app: FastifyInstance, deps: { config: Config; db: Db }): void {
  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await findSessionWithActor(deps.db, token, request.id);
    if (!found) {
      reply.clearCookie(SESSION_COOKIE, cookieOptions(deps.config));
      return;
    }
    const { session } = found;
    if (session.kind === 'staff') {
      const actor = found.staffActor;
      // A deactivated (or deleted) user is logged out at once, not when the session times out.
      if (!actor) {
        await deleteSession(deps.db, session.id);
        reply.clearCookie(SESSION_COOKIE, cookieOptions(deps.config));
        return;
      }
      request.actor = actor;
    } else if (session.residentPidHash) {
      // Guardians and children added since the last request get their digest before the
      // resident's access is decided (cheap: only rows without one are read).
      await fillPidDigests(deps.db, deps.config);
      request.actor = { kind: 'resident', pidHash: session.residentPidHash, tenantId: session.tenantId, requestId: request.id };
    }
    // The UI polls GET /api/session to warn before timeout; that poll must not keep the session alive.
    // Matched on the route, not the raw URL, so `/api/session?x` is the same poll.
    const isSessionPoll = request.routeOptions.url === '/api/session' && (request.method === 'GET' || request.method === 'HEAD');
    if (!isSessionPoll) session.expiresAt = await touchSession(deps.db, session, deps.config.sessionIdleMinutes);
    request.session = session;
  });

  app.addHook('preHandler', async (request: FastifyRequest) => {
    const access = request.routeOptions.config?.access;
    if (!request.routeOptions.url) return; // 404 handler
    if (access === undefined) throw new AppError(500, 'route_without_access', 'Route declares no access rule');
    if (request.session && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, request.session.csrfToken)) {
        throw new AppError(403, 'csrf_failed', 'Missing or wrong CSRF token');
      }
    }
    if (access === 'public') return;
    if (access.demoOnly && !deps.config.demoMode) throw notFound();
    const actor = request.actor;
    if (!actor) throw unauthenticated();
    if (access.session !== 'any' && actor.kind !== access.session) throw notFound();
    if (access.municipalRoles?.length) {
      if (actor.kind !== 'staff' || !access.municipalRoles.some((r) => actor.municipalRoles.has(r))) throw notFound();
    }
  });
}

/** For handlers behind a staff route: the actor is there, typed. */
export function staffActor(request: FastifyRequest) {
  const a = request.actor;
  if (!a || a.kind !== 'staff') throw unauthenticated();
  return a;
}

/** For handlers behind a route any session may call (staff or resident). */
export function anyActor(request: FastifyRequest) {
  const a = request.actor;
  if (!a) throw unauthenticated();
  return a;
}
