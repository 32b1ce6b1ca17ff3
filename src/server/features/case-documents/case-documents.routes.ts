import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { AppError, notFound, unauthenticated } from '../../platform/http/errors.js';
import { anySession, staffRoute } from '../../platform/access/route-access.js';
import { idParams } from '../../../contracts/common.js';
import { documentContentTypes, documentMaxBytes, documentParams, documentUploadResponse } from '../../../contracts/consents.js';
import { anyActor } from '../../platform/auth/auth.plugin.js';
import { attachmentDisposition } from './document-files.js';
import { downloadDocument, uploadDocument } from './case-documents.service.js';

export const caseDocumentsRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  // This plugin's own parsers: the file is the body, as bytes, of one of the accepted types
  // (anything else is 415); the rest of the app keeps JSON and its smaller body limit.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...documentContentTypes], { parseAs: 'buffer', bodyLimit: documentMaxBytes }, (_req, body, done) => done(null, body));

  // Refuses anyone but staff before a large body is read; the platform's preHandler checks again.
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'POST') return;
    if (!request.actor) throw unauthenticated();
    if (request.actor.kind !== 'staff') throw notFound();
  });

  app.post('/api/cases/:id/documents', {
    config: staffRoute,
    bodyLimit: documentMaxBytes,
    schema: {
      tags: ['consents'],
      summary: 'Upload a scanned form to the case: the body is the file (PDF, PNG or JPEG, at most 10 MB), its name in x-file-name',
      consumes: [...documentContentTypes],
      params: idParams,
      response: { 201: documentUploadResponse },
    },
  }, async (request, reply) => {
    const contentType = documentContentTypes.find((t) => request.headers['content-type']?.toLowerCase().startsWith(t));
    if (!contentType || !Buffer.isBuffer(request.body)) {
      throw new AppError(415, 'unsupported_media_type', 'Send the file as application/pdf, image/png or image/jpeg');
    }
    const rawFileName = request.headers['x-file-name'];
    const doc = await uploadDocument(database.db, anyActor(request), request.params.id, {
      contentType, content: request.body, rawFileName: typeof rawFileName === 'string' ? rawFileName : undefined,
    });
    return reply.status(201).send(doc);
  });

  app.get('/api/cases/:id/documents/:documentId', {
    config: anySession,
    schema: { tags: ['consents'], summary: 'Download a document of the case as an attachment', params: documentParams, produces: [...documentContentTypes] },
  }, async (request, reply) => {
    const doc = await downloadDocument(database.db, anyActor(request), request.params.id, request.params.documentId);
    return reply.header('content-type', doc.contentType).header('content-disposition', attachmentDisposition(doc.fileName)).send(doc.content);
  });
};
