import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import {
  demoLoginRequest, demoUsersResponse, loginResponse, logoutResponse, sessionResponse,
} from '../../../contracts/session.js';
import { cookieOptions } from './auth.plugin.js';
import { SESSION_COOKIE } from './sessions.js';
import { demoLogin, demoUsers, describeSession, logout } from './auth.service.js';
import { oidcRoutes } from './oidc.routes.js';
import { OidcService } from './oidc.service.js';
import { notFound } from '../http/errors.js';

export const authRoutes: FastifyPluginAsync<FeatureDeps> = async (base, deps) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { config, database } = deps;
  const db = database.db;
  const oidc = new OidcService(config, db);

  app.get('/api/session', {
    config: { access: 'public' },
    schema: { tags: ['auth'], summary: 'The current session, its CSRF token and expiry', response: { 200: sessionResponse } },
  }, async (request) => describeSession(db, config, request.session));

  app.post('/api/session/refresh', {
    config: { access: { session: 'any' } },
    schema: { tags: ['auth'], summary: 'Extends the idle timeout (the «stay logged in» button)', response: { 200: loginResponse } },
  }, async (request) => ({ csrfToken: request.session!.csrfToken, expiresAt: request.session!.expiresAt.toISOString() }));

  app.get('/api/auth/demo/users', {
    config: { access: 'public' },
    schema: { tags: ['auth'], summary: 'Demo mode only: the people one can log in as', response: { 200: demoUsersResponse } },
  }, async () => {
    if (!config.demoMode) throw notFound();
    return { items: await demoUsers(db) };
  });

  app.post('/api/auth/demo/login', {
    config: {
      access: 'public',
      rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
    },
    schema: {
      tags: ['auth'],
      summary: 'Demo mode only: log in as a demo person (refused otherwise)',
      body: demoLoginRequest,
      response: { 200: loginResponse },
    },
  }, async (request, reply) => {
    const s = await demoLogin(db, config, request.body.userId);
    if (request.session) await logout(db, request.session);
    reply.setCookie(SESSION_COOKIE, s.token, cookieOptions(config));
    return { csrfToken: s.csrfToken, expiresAt: s.expiresAt.toISOString() };
  });

  app.post('/api/auth/logout', {
    config: { access: { session: 'any' } },
    schema: { tags: ['auth'], summary: 'Ends the session', response: { 200: logoutResponse } },
  }, async (request, reply) => {
    // Read before the session is gone: the provider's logout needs the session's ID token.
    const redirectTo = await oidc.endSessionUrl(request.session, request.cookies[SESSION_COOKIE]);
    await logout(db, request.session);
    reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
    // Whatever the browser kept of this user's pages goes too (shared municipal PCs).
    reply.header('clear-site-data', '"cache"');
    return { redirectTo };
  });

  await app.register(oidcRoutes, { ...deps, oidc });
};
