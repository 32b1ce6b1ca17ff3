import type { FastifyPluginAsync } from 'fastify';
import type { FeatureDeps } from '../../app.js';

/** Units, staff users and their roles; admin pages and CSV import. */
export const organisationRoutes: FastifyPluginAsync<FeatureDeps> = async () => {};
