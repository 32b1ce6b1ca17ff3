import type { FastifyPluginAsync } from 'fastify';
import type { FeatureDeps } from '../../app.js';

/** The admin's view of the audit log: metadata only. */
export const auditRoutes: FastifyPluginAsync<FeatureDeps> = async () => {};
