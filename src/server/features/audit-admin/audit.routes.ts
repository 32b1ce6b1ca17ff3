import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { auditList, auditListQuery } from '../../../contracts/audit.js';
import { listAudit } from './audit.service.js';

/** The admin's view of the audit log: metadata only. */
export const auditRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  base.withTypeProvider<ZodTypeProvider>().get('/api/admin/audit', {
    config: { access: { session: 'staff', municipalRoles: ['system_admin'] } },
    schema: { tags: ['audit'], summary: 'Audit log entries, newest first (metadata only)', querystring: auditListQuery, response: { 200: auditList } },
  }, async (request) => listAudit(database.db, staffActor(request), request.query));
};
