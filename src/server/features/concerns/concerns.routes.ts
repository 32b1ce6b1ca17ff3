import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { staffRoute } from '../../platform/access/route-access.js';
import { idParams } from '../../../contracts/common.js';
import {
  concernDecisionRequest, concernDecisionResponse, concernDetail, concernListRequest, concernListResponse, concernMutationResponse,
  concernSettings, newConcernRequest, newConcernStepRequest,
} from '../../../contracts/concerns.js';
import { addConcernStep, decideConcern, getConcern, getConcernSettings, listConcerns, registerConcern } from './concerns.service.js';

export const concernsRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  app.get('/api/concern-settings', {
    config: staffRoute,
    schema: { tags: ['concerns'], summary: 'Signals, decision deadline and young person age for the concern form', response: { 200: concernSettings } },
  }, async (request) => getConcernSettings(db, staffActor(request)));

  app.post('/api/concerns', {
    config: staffRoute,
    schema: {
      tags: ['concerns'], summary: 'Register a concern (level 0) about a child enrolled in one of the user’s units',
      body: newConcernRequest, response: { 201: concernMutationResponse },
    },
  }, async (request, reply) => reply.status(201).send(await registerConcern(db, staffActor(request), request.body)));

  app.post('/api/concerns/list', {
    config: staffRoute,
    schema: {
      tags: ['concerns'], summary: 'The user’s own concerns, or their units’ for leaders and resource persons; newest first',
      body: concernListRequest, response: { 200: concernListResponse },
    },
  }, async (request) => listConcerns(db, staffActor(request), request.body));

  app.get('/api/concerns/:id', {
    config: staffRoute,
    schema: { tags: ['concerns'], summary: 'One concern with its steps and decision', params: idParams, response: { 200: concernDetail } },
  }, async (request) => getConcern(db, staffActor(request), request.params.id));

  app.post('/api/concerns/:id/steps', {
    config: staffRoute,
    schema: {
      tags: ['concerns'], summary: 'Record a discussion or a conversation', params: idParams, body: newConcernStepRequest,
      response: { 201: concernMutationResponse },
    },
  }, async (request, reply) => reply.status(201).send(await addConcernStep(db, staffActor(request), request.params.id, request.body)));

  app.post('/api/concerns/:id/decision', {
    config: staffRoute,
    schema: {
      tags: ['concerns'], summary: 'Decide: close, open a case at level 1 or 2, or write a report of concern',
      params: idParams, body: concernDecisionRequest, response: { 200: concernDecisionResponse },
    },
  }, async (request) => decideConcern(db, staffActor(request), request.params.id, request.body));
};
