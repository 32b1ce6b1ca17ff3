import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { idParams } from '../../../contracts/common.js';
import {
  answerHandoverRequest, caseHandovers, handoverMutationResponse, handoverPreview, handoverPreviewQuery, incomingHandover, incomingHandovers, newHandoverRequest,
} from '../../../contracts/handovers.js';
import * as service from './handovers.service.js';

/** The baton: handover requests and the holder history (issue 3, item 5). Staff only. */
export const handoverRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const access = { session: 'staff' } as const;
  const tags = ['handovers'];

  app.get('/api/cases/:id/handovers', {
    config: { access },
    schema: { tags, summary: 'Relay holders so far and every handover request of the case', params: idParams, response: { 200: caseHandovers } },
  }, async (request) => service.caseHandovers(database.db, staffActor(request), request.params.id));

  app.post('/api/cases/:id/handovers', {
    config: { access },
    schema: { tags, summary: 'Ask a named employee to take over the case', params: idParams, body: newHandoverRequest, response: { 200: handoverMutationResponse } },
  }, async (request) => service.requestHandover(database.db, staffActor(request), request.params.id, request.body));

  app.get('/api/cases/:id/handovers/preview', {
    config: { access },
    schema: {
      tags, summary: 'Who would lose access if this handover were accepted, and the open measures they are responsible for',
      params: idParams, querystring: handoverPreviewQuery, response: { 200: handoverPreview },
    },
  }, async (request) => service.previewHandover(database.db, staffActor(request), request.params.id, request.query));

  // Registered before /:id so that «incoming» is never read as an id.
  app.get('/api/handovers/incoming', {
    config: { access },
    schema: { tags, summary: 'Handover requests waiting for me, with the facts needed to decide', response: { 200: incomingHandovers } },
  }, async (request) => service.incomingHandovers(database.db, staffActor(request)));

  app.get('/api/handovers/:id', {
    config: { access },
    schema: { tags, summary: 'One handover request', params: idParams, response: { 200: incomingHandover } },
  }, async (request) => service.getHandover(database.db, staffActor(request), request.params.id));

  app.post('/api/handovers/:id/accept', {
    config: { access },
    schema: { tags, summary: 'Accept: the baton passes to me', params: idParams, body: answerHandoverRequest, response: { 200: handoverMutationResponse } },
  }, async (request) => service.acceptHandover(database.db, staffActor(request), request.params.id, request.body.note));

  app.post('/api/handovers/:id/decline', {
    config: { access },
    schema: { tags, summary: 'Decline the request', params: idParams, body: answerHandoverRequest, response: { 200: handoverMutationResponse } },
  }, async (request) => service.declineHandover(database.db, staffActor(request), request.params.id, request.body.note));

  app.post('/api/handovers/:id/cancel', {
    config: { access },
    schema: { tags, summary: 'Take my request back', params: idParams, response: { 200: handoverMutationResponse } },
  }, async (request) => service.cancelHandover(database.db, staffActor(request), request.params.id));
};
