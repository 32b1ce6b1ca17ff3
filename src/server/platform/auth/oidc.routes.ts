import type { FastifyPluginAsync } from 'fastify';
import type { FeatureDeps } from '../../app.js';

/** OpenID Connect login for staff and residents. */
export const oidcRoutes: FastifyPluginAsync<FeatureDeps> = async () => {};
