import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { roleRoute, staffRoute } from '../../platform/access/route-access.js';
import { idParams } from '../../../contracts/common.js';
import { contentLanguage, slug } from '../../../contracts/content.js';
import {
  guideEditor, guideInput, guideOverview, guideStepDetail, guideStepInput, guideStepUpdate, guideStepView, guideUpdate,
} from '../../../contracts/guide.js';
import { notFound } from '../../platform/http/errors.js';
import * as published from './guide.published.js';
import * as service from './guide.service.js';
import * as guides from './guides.service.js';
import { installDefaultGuide } from './default-content/install.js';

/**
 * The municipality's action guide (issue 4, item 2). Coordinators edit it under /api/content;
 * any staff user reads it inside Samla; the public pages read it through the public site.
 */
export const guideRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const tags = ['guide'];
  const coordinators = roleRoute('municipal_coordinator');
  const lang = z.object({ lang: contentLanguage.default('nb') });

  app.get('/api/guide', {
    config: staffRoute,
    schema: { tags, summary: 'The guide at a glance: levels with their steps, and the tools', querystring: lang, response: { 200: guideOverview } },
  }, async (request) => {
    // Without a slug: the first guide, or an empty overview while the municipality has none.
    const overview = await published.guideOverview(db, staffActor(request).tenantId, request.query.lang);
    if (!overview) throw notFound();
    return overview;
  });

  app.get('/api/guide/steps/:key', {
    config: staffRoute,
    schema: {
      tags, summary: 'One step in the asked language (bokmål where not translated), with its choices and documents',
      params: z.object({ key: slug }), querystring: lang, response: { 200: guideStepView },
    },
  }, async (request) => {
    const view = await published.guideStepView(db, staffActor(request).tenantId, request.params.key, request.query.lang);
    if (!view) throw notFound();
    return view;
  });

  app.get('/api/content/guide', {
    config: coordinators,
    schema: { tags, summary: 'Every step as written, and the documents a step can link', response: { 200: guideEditor } },
  }, async (request) => service.guideEditor(db, staffActor(request)));

  app.post('/api/content/guide/steps', {
    config: coordinators,
    schema: { tags, summary: 'Add a step; its choices must lead to existing steps', body: guideStepInput, response: { 201: guideStepDetail } },
  }, async (request, reply) => reply.status(201).send(await service.createStep(db, staffActor(request), request.body)));

  app.put('/api/content/guide/steps/:id', {
    config: coordinators,
    schema: { tags, summary: 'Rewrite a step (the version seen)', params: idParams, body: guideStepUpdate, response: { 200: guideStepDetail } },
  }, async (request) => service.updateStep(db, staffActor(request), request.params.id, request.body));

  app.delete('/api/content/guide/steps/:id', {
    config: coordinators,
    schema: { tags, summary: 'Delete a step no other step leads to (never the start)', params: idParams },
  }, async (request, reply) => {
    await service.deleteStep(db, staffActor(request), request.params.id);
    return reply.status(204).send();
  });

  app.post('/api/content/guides', {
    config: coordinators,
    schema: { tags, summary: 'Add a guide (for schools, for kindergartens, …) beside the others', body: guideInput, response: { 201: guideEditor } },
  }, async (request, reply) => reply.status(201).send(await guides.createGuide(db, staffActor(request), request.body)));

  app.put('/api/content/guides/:id', {
    config: coordinators,
    schema: { tags, summary: 'Rename, reorder or (un)publish a guide (the version seen)', params: idParams, body: guideUpdate, response: { 200: guideEditor } },
  }, async (request) => guides.updateGuide(db, staffActor(request), request.params.id, request.body));

  app.delete('/api/content/guides/:id', {
    config: coordinators,
    schema: { tags, summary: 'Delete a guide with its steps (not one other guides\' steps lead into)', params: idParams, response: { 200: guideEditor } },
  }, async (request) => guides.deleteGuide(db, staffActor(request), request.params.id));

  app.post('/api/content/guide/install-default', {
    config: coordinators,
    schema: { tags, summary: 'Start from Samla\'s default guide and its documents (only while the guide is empty)', response: { 201: guideEditor } },
  }, async (request, reply) => reply.status(201).send(await installDefaultGuide(db, staffActor(request))));
};
