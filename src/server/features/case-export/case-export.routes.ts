import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { staffRoute } from '../../platform/access/route-access.js';
import { idParams } from '../../../contracts/common.js';
import { exportCasePdf } from './case-export.service.js';

export const caseExportRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/cases/:id/export.pdf', {
    config: staffRoute,
    schema: { tags: ['cases'], summary: 'The whole case as PDF for the pupil’s file', params: idParams },
  }, async (request, reply) => {
    const pdf = await exportCasePdf(database.db, staffActor(request), request.params.id);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="sak-${request.params.id}.pdf"`)
      .send(pdf);
  });
};
