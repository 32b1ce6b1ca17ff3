import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { cookieOptions } from '../../platform/auth/auth.plugin.js';
import { logout } from '../../platform/auth/auth.service.js';
import { SESSION_COOKIE } from '../../platform/auth/sessions.js';
import { demoResidentLoginRequest, demoResidentsResponse, loginResponse } from '../../../contracts/session.js';
import { demoResidentLogin, demoResidents } from './demo-residents.service.js';

/**
 * Demo login for guardians and young people, beside the staff demo login of platform/auth:
 * who they are is domain knowledge of the demo data, so it lives here. Refused outside demo mode.
 */
export const demoResidentRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { config, database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  app.get('/api/auth/demo/residents', {
    config: { access: 'public' },
    schema: { tags: ['auth'], summary: 'Demo mode only: the guardians and young people one can log in as', response: { 200: demoResidentsResponse } },
  }, async () => ({ items: await demoResidents(db, config) }));

  app.post('/api/auth/demo/residents/login', {
    config: {
      access: 'public',
      rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
    },
    schema: {
      tags: ['auth'],
      summary: 'Demo mode only: log in as a demo guardian or young person (refused otherwise)',
      body: demoResidentLoginRequest,
      response: { 200: loginResponse },
    },
  }, async (request, reply) => {
    const s = await demoResidentLogin(db, config, request.body.residentId);
    if (request.session) await logout(db, request.session);
    reply.setCookie(SESSION_COOKIE, s.token, cookieOptions(config));
    return { csrfToken: s.csrfToken, expiresAt: s.expiresAt.toISOString() };
  });
};
