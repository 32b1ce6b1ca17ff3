import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { staffRoute } from '../../platform/access/route-access.js';
import { idParams } from '../../../contracts/common.js';
import { contentLanguage } from '../../../contracts/content.js';
import { catalogueQuery, catalogueResult, serviceView } from '../../../contracts/catalogue.js';
import { searchPublishedServices, staffServiceView } from './catalogue.service.js';

/**
 * The service catalogue (issue 4, item 1). Staff read the published catalogue inside Samla
 * when they look for whom to involve; coordinators and unit leaders edit under /api/content.
 * The public pages read the same services through the public site.
 */
export const catalogueRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const tags = ['catalogue'];

  app.get('/api/catalogue/services', {
    config: staffRoute,
    schema: { tags, summary: 'Search the published catalogue: free text, age, needs, type; paged by number', querystring: catalogueQuery, response: { 200: catalogueResult } },
  }, async (request) => searchPublishedServices(db, staffActor(request).tenantId, request.query));

  app.get('/api/catalogue/services/:id', {
    config: staffRoute,
    schema: {
      tags, summary: 'One published service, rendered in the asked language (bokmål where not translated)',
      params: idParams, querystring: z.object({ lang: contentLanguage.default('nb') }), response: { 200: serviceView },
    },
  }, async (request) => staffServiceView(db, staffActor(request), request.params.id, request.query.lang));
};
