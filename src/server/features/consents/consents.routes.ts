import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { anyActor } from '../../platform/auth/auth.plugin.js';
import { anySession, staffRoute } from '../../platform/access/route-access.js';
import { idParams } from '../../../contracts/common.js';
import {
  consentListResponse, consentMutationResponse, consentParams, newConsentRequest, withdrawConsentRequest,
} from '../../../contracts/consents.js';
import { listConsents, recordConsent, withdrawConsent } from './consents.service.js';

export const consentsRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/cases/:id/consents', {
    config: anySession,
    schema: {
      tags: ['consents'],
      summary: 'All consents of a case (given, refused, withdrawn, expired) with the services and parties they name',
      params: idParams,
      response: { 200: consentListResponse },
    },
  }, async (request) => listConsents(database.db, anyActor(request), request.params.id));

  app.post('/api/cases/:id/consents', {
    config: staffRoute,
    schema: {
      tags: ['consents'],
      summary: 'Record a consent or a refusal: who, which services, purpose, period, optional scanned form',
      params: idParams,
      body: newConsentRequest,
      response: { 201: consentMutationResponse },
    },
  }, async (request, reply) => reply.status(201).send(await recordConsent(database.db, anyActor(request), request.params.id, request.body)));

  app.post('/api/cases/:id/consents/:consentId/withdraw', {
    config: anySession,
    schema: {
      tags: ['consents'],
      summary: 'Withdraw a consent with a reason (staff who may write the case, or a guardian or young person party to it)',
      params: consentParams,
      body: withdrawConsentRequest,
      response: { 200: consentMutationResponse },
    },
  }, async (request) => withdrawConsent(database.db, anyActor(request), request.params.id, request.params.consentId, request.body.reason));
};

