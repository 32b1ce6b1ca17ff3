import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { idParams } from '../../../contracts/common.js';
import { childDetail, childSearchRequest, childSearchResponse, childWork } from '../../../contracts/children.js';
import { childWork as childWorkOf, getChild, searchChildren } from './children.service.js';

export const childrenRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post('/api/children/search', {
    config: { access: { session: 'staff' } },
    schema: {
      tags: ['children'],
      summary: 'Search children by name or exact national ID number, within the units the user works in',
      body: childSearchRequest,
      response: { 200: childSearchResponse },
    },
  }, async (request) => searchChildren(database.db, staffActor(request), request.body));

  app.get('/api/children/:id', {
    config: { access: { session: 'staff' } },
    schema: { tags: ['children'], summary: 'One child with enrolments and guardians', params: idParams, response: { 200: childDetail } },
  }, async (request) => getChild(database.db, staffActor(request), request.params.id));

  app.get('/api/children/:id/work', {
    config: { access: { session: 'staff' } },
    schema: { tags: ['children'], summary: 'The child\'s concerns and cases that I may see', params: idParams, response: { 200: childWork } },
  }, async (request) => childWorkOf(database.db, staffActor(request), request.params.id));
};
