import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../app.js';
import { loginQuery } from '../../../contracts/session.js';
import { notFound } from '../http/errors.js';
import { cookieOptions } from './auth.plugin.js';
import { logout } from './auth.service.js';
import { LOGIN_STATE_MINUTES, type LoginKind, type OidcService } from './oidc.service.js';
import { SESSION_COOKIE } from './sessions.js';

const callbackQuery = z.looseObject({
  code: z.string().max(4096).optional(),
  state: z.string().max(200).optional(),
  error: z.string().max(200).optional(),
});

/**
 * Holds the random value that binds a started login to this browser. Scoped to the callback
 * path and short-lived; SameSite=Lax still lets the provider's top-level redirect carry it.
 */
export const LOGIN_BINDING_COOKIE = 'samla_login_binding';

const SUMMARY: Record<LoginKind, string> = {
  staff: 'staff (Entra ID or Feide)',
  resident: 'residents (ID-porten)',
};

/**
 * OpenID Connect login for staff and residents: /api/auth/{staff,resident}/login sends the
 * browser to the provider, /callback comes back with a code. Both are public and rate-limited;
 * a provider that is not configured answers 404.
 */
export const oidcRoutes: FastifyPluginAsync<FeatureDeps & { oidc: OidcService }> = async (base, deps) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { config, oidc } = deps;
  const db = deps.database.db;
  const rateLimit = { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' };

  for (const kind of ['staff', 'resident'] as const) {
    // HttpOnly, SameSite=Lax and Secure in production like the session cookie, but only for the callback.
    const bindingCookie = { ...cookieOptions(config), path: `/api/auth/${kind}/callback` };

    // No automatic HEAD: a HEAD would start a login (and write its state) under a rate-limit counter of its own.
    app.get(`/api/auth/${kind}/login`, {
      exposeHeadRoute: false,
      config: { access: 'public', rateLimit },
      schema: { tags: ['auth'], summary: `Starts login for ${SUMMARY[kind]}: redirects to the identity provider`, querystring: loginQuery },
    }, async (request, reply) => {
      if (!oidc.providerConfig(kind)) throw notFound();
      const { url, browserBinding } = await oidc.startLogin(kind, request.query.returnTo, request.query.lang);
      reply.setCookie(LOGIN_BINDING_COOKIE, browserBinding, { ...bindingCookie, maxAge: LOGIN_STATE_MINUTES * 60 });
      return reply.redirect(url, 302);
    });

    app.get(`/api/auth/${kind}/callback`, {
      exposeHeadRoute: false,
      config: { access: 'public', rateLimit },
      schema: { tags: ['auth'], summary: `The identity provider returns here after login of ${SUMMARY[kind]}`, querystring: callbackQuery },
    }, async (request, reply) => {
      if (!oidc.providerConfig(kind)) throw notFound();
      // The raw query: openid-client validates every parameter the provider sent (iss included).
      const query = new URL(request.url, 'http://callback.invalid').searchParams;
      const result = await oidc.finishLogin(kind, query, request.cookies[LOGIN_BINDING_COOKIE]);
      // One login, one binding: spent whatever the outcome.
      reply.clearCookie(LOGIN_BINDING_COOKIE, bindingCookie);
      if (result.ok) {
        // A new login replaces whatever session the browser had.
        if (request.session) await logout(db, request.session);
        reply.setCookie(SESSION_COOKIE, result.session.token, cookieOptions(config));
      }
      return reply.redirect(result.redirectTo, 302);
    });
  }
};
