import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { unauthenticated } from '../../platform/http/errors.js';
import { residentCasesResponse } from '../../../contracts/consents.js';
import { listResidentCases } from './resident.service.js';

export const residentRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/resident/cases', {
    config: { access: { session: 'resident' } },
    schema: {
      tags: ['resident'],
      summary: 'The logged-in resident’s cases: their children’s (guardian with parental responsibility) and their own (young person)',
      response: { 200: residentCasesResponse },
    },
  }, async (request) => {
    const actor = request.actor;
    if (!actor || actor.kind !== 'resident') throw unauthenticated();
    return { items: await listResidentCases(database.db, actor) };
  });
};
