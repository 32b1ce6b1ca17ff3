import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { staffRoute } from '../../platform/access/route-access.js';
import { idParams } from '../../../contracts/common.js';
import {
  createReportRequest, createReportResponse, reportDetail, reportMutationResponse, sendReportRequest, updateReportRequest,
} from '../../../contracts/reports.js';
import { createReport, exportFiksJson, exportReportPdf, getReport, sendReport, updateReport } from './reports.service.js';

/** Reports of concern: staff only (residents never see them). File names carry the report's id, never a name. */
export const reportsRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post('/api/reports', {
    config: staffRoute,
    schema: {
      tags: ['reports'],
      summary: 'Start a report of concern from a concern or a case, prefilled; an unsent draft from the same source is reused',
      body: createReportRequest,
      response: { 200: createReportResponse, 201: createReportResponse },
    },
  }, async (request, reply) => {
    const result = await createReport(database.db, staffActor(request), request.body);
    return reply.status(result.created ? 201 : 200).send(result);
  });

  app.get('/api/reports/:id', {
    config: staffRoute,
    schema: { tags: ['reports'], summary: 'A report of concern with what it still lacks', params: idParams, response: { 200: reportDetail } },
  }, async (request) => getReport(database.db, staffActor(request), request.params.id));

  app.put('/api/reports/:id', {
    config: staffRoute,
    schema: {
      tags: ['reports'], summary: 'Save the draft (optimistic: version)', params: idParams, body: updateReportRequest,
      response: { 200: reportMutationResponse },
    },
  }, async (request) => updateReport(database.db, staffActor(request), request.params.id, request.body));

  app.post('/api/reports/:id/send', {
    config: staffRoute,
    schema: {
      tags: ['reports'], summary: 'Mark the report sent: read-only from now, logged in the case, the concern reported',
      params: idParams, body: sendReportRequest, response: { 200: reportMutationResponse },
    },
  }, async (request) => sendReport(database.db, staffActor(request), request.params.id, request.body.version));

  app.get('/api/reports/:id/fiks.json', {
    config: staffRoute,
    schema: { tags: ['reports'], summary: 'The report as KS Fiks «offentlig bekymringsmelding v2» JSON', params: idParams },
  }, async (request, reply) => {
    const message = await exportFiksJson(database.db, staffActor(request), request.params.id);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="bekymringsmelding-${request.params.id}.json"`)
      .send(JSON.stringify(message, null, 2));
  });

  app.get('/api/reports/:id/pdf', {
    config: staffRoute,
    schema: { tags: ['reports'], summary: 'The report as PDF', params: idParams },
  }, async (request, reply) => {
    const pdf = await exportReportPdf(database.db, staffActor(request), request.params.id);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="bekymringsmelding-${request.params.id}.pdf"`)
      .send(pdf);
  });
};
