import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { staffRoute } from '../../platform/access/route-access.js';
import { idParams } from '../../../contracts/common.js';
import { contentLanguage, contentRights } from '../../../contracts/content.js';
import {
  catalogueQuery, catalogueResult, contentServiceList, contentServiceQuery, publishRequest, serviceDetail, serviceInput, serviceUpdate, serviceView,
} from '../../../contracts/catalogue.js';
import { searchPublishedServices, staffServiceView } from './catalogue.service.js';
import * as editor from './content-services.service.js';

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

  // The editor: staff routes, narrowed in the service to coordinators (everything) and unit
  // leaders (their units' services). Anyone else gets 404 on a service and an empty list.
  app.get('/api/content/rights', {
    config: staffRoute,
    schema: { tags, summary: 'What the user may edit in the public content', response: { 200: contentRights } },
  }, async (request) => editor.contentRights(db, staffActor(request)));

  app.get('/api/content/services', {
    config: staffRoute,
    schema: { tags, summary: 'The services the user may edit, drafts included, by name', querystring: contentServiceQuery, response: { 200: contentServiceList } },
  }, async (request) => editor.listContentServices(db, staffActor(request), request.query));

  app.post('/api/content/services', {
    config: staffRoute,
    schema: { tags, summary: 'Create a service as a draft', body: serviceInput, response: { 201: serviceDetail } },
  }, async (request, reply) => reply.status(201).send(await editor.createService(db, staffActor(request), request.body)));

  app.get('/api/content/services/:id', {
    config: staffRoute,
    schema: { tags, summary: 'One service as written, for editing', params: idParams, response: { 200: serviceDetail } },
  }, async (request) => editor.getContentService(db, staffActor(request), request.params.id));

  app.put('/api/content/services/:id', {
    config: staffRoute,
    schema: { tags, summary: 'Replace the service, at the version the editor saw', params: idParams, body: serviceUpdate, response: { 200: serviceDetail } },
  }, async (request) => editor.updateService(db, staffActor(request), request.params.id, request.body.service, request.body.version));

  for (const change of ['publish', 'unpublish', 'archive'] as const) {
    app.post(`/api/content/services/:id/${change}`, {
      config: staffRoute,
      schema: { tags, summary: `${change[0]!.toUpperCase()}${change.slice(1)} the service`, params: idParams, body: publishRequest, response: { 200: serviceDetail } },
    }, async (request) => editor.changeServiceStatus(db, staffActor(request), request.params.id, change, request.body.version));
  }
};
