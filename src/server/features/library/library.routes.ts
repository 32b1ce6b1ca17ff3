import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../app.js';
import { AppError, badRequest, notFound, unauthenticated } from '../../platform/http/errors.js';
import { roleRoute, staffRoute } from '../../platform/access/route-access.js';
import { hasMunicipalRole } from '../../platform/access/actor.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { attachmentDisposition } from '../../platform/documents/files.js';
import { idParams } from '../../../contracts/common.js';
import { publishRequest } from '../../../contracts/catalogue.js';
import {
  documentCreate, documentDetail, documentList, documentListQuery, documentOwnerList, documentUpdate, libraryFileMaxBytes, libraryFileTypes,
  versionDraft, versionDraftUpdate, versionParams,
} from '../../../contracts/library.js';
import { libraryFileType } from './library-files.js';
import * as service from './library.service.js';

const tags = ['library'];
const coordinators = roleRoute('municipal_coordinator');

/**
 * The version the user saw, for file changes whose body is the file: `If-Match: "3"` (or 3).
 * Optional — without it the newest change wins.
 */
function seenVersion(request: FastifyRequest): number | null {
  const raw = request.headers['if-match'];
  if (raw === undefined) return null;
  const n = typeof raw === 'string' && /^\s*(W\/)?"?(\d{1,9})"?\s*$/.exec(raw)?.[2];
  if (!n) throw badRequest('validation_failed', 'If-Match must be the version number', [{ path: 'if-match', code: 'invalid_version', message: 'Expected the version number' }]);
  return Number(n);
}

/** The library of plans, routines, guidelines, templates and tools (issue 4, item 3): municipal coordinators edit. */
export const libraryRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  // Any staff user may ask; only coordinators get documents (others have nothing they may edit).
  app.get('/api/content/documents', {
    config: staffRoute,
    schema: { tags, summary: 'The documents I may edit, by title', querystring: documentListQuery, response: { 200: documentList } },
  }, async (request) => service.listDocuments(db, staffActor(request), request.query));

  app.post('/api/content/documents', {
    config: coordinators,
    schema: { tags, summary: 'A new document with its first draft', body: documentCreate, response: { 201: documentDetail } },
  }, async (request, reply) => reply.status(201).send(await service.createDocument(db, staffActor(request), request.body)));

  app.get('/api/content/documents/owners', {
    config: coordinators,
    schema: { tags, summary: 'Whom a document may belong to: the active municipal coordinators, by name', response: { 200: documentOwnerList } },
  }, async (request) => service.listOwners(db, staffActor(request)));

  app.get('/api/content/documents/:id', {
    config: coordinators,
    schema: { tags, summary: 'A document with all its versions', params: idParams, response: { 200: documentDetail } },
  }, async (request) => service.getDocument(db, staffActor(request), request.params.id));

  app.patch('/api/content/documents/:id', {
    config: coordinators,
    schema: { tags, summary: 'Kind, owner, review date, archived', params: idParams, body: documentUpdate, response: { 200: documentDetail } },
  }, async (request) => service.updateDocument(db, staffActor(request), request.params.id, request.body));

  app.post('/api/content/documents/:id/versions', {
    config: coordinators,
    schema: { tags, summary: 'A new draft version (409 draft_exists when there is one)', params: idParams, body: versionDraft, response: { 201: documentDetail } },
  }, async (request, reply) => reply.status(201).send(await service.createDraft(db, staffActor(request), request.params.id, request.body)));

  app.put('/api/content/documents/:id/versions/:versionId', {
    config: coordinators,
    schema: { tags, summary: 'Change the draft (409 version_published for a published version)', params: versionParams, body: versionDraftUpdate, response: { 200: documentDetail } },
  }, async (request) => service.updateDraft(db, staffActor(request), request.params.id, request.params.versionId, request.body));

  app.post('/api/content/documents/:id/versions/:versionId/publish', {
    config: coordinators,
    schema: { tags, summary: 'Publish the draft; older versions stay readable', params: versionParams, body: publishRequest, response: { 200: documentDetail } },
  }, async (request) => service.publishVersion(db, staffActor(request), request.params.id, request.params.versionId, request.body.version));

  app.get('/api/content/documents/:id/versions/:versionId/file', {
    config: coordinators,
    schema: { tags, summary: 'Download the file of a version (draft or published)', params: versionParams, produces: [...libraryFileTypes] },
  }, async (request, reply) => {
    const file = await service.downloadFile(db, staffActor(request), request.params.id, request.params.versionId);
    return reply.header('content-type', file.fileType).header('content-disposition', attachmentDisposition(file.fileName)).send(file.content);
  });

  app.delete('/api/content/documents/:id/versions/:versionId/file', {
    config: coordinators,
    schema: { tags, summary: 'Remove the draft\'s file (the version seen in If-Match)', params: versionParams, response: { 200: documentDetail } },
  }, async (request) => service.deleteFile(db, staffActor(request), request.params.id, request.params.versionId, seenVersion(request)));

  await app.register(fileUploadRoute, { database });
};

/**
 * The upload in a context of its own: the body is the file, as bytes, of one of the accepted
 * types (anything else 415, over 10 MB 413); the rest of the app keeps JSON and its smaller limit.
 */
const fileUploadRoute: FastifyPluginAsync<Pick<FeatureDeps, 'database'>> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...libraryFileTypes], { parseAs: 'buffer', bodyLimit: libraryFileMaxBytes }, (_req, body, done) => done(null, body));

  // Refuses anyone but coordinators before a large body is read; the platform's preHandler checks again.
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'PUT') return;
    if (!request.actor) throw unauthenticated();
    if (!hasMunicipalRole(request.actor, 'municipal_coordinator')) throw notFound();
  });

  app.put('/api/content/documents/:id/versions/:versionId/file', {
    config: coordinators,
    bodyLimit: libraryFileMaxBytes,
    schema: {
      tags,
      summary: 'Put a file on the draft: the body is the file (PDF, DOCX or ODT, at most 10 MB), its name in x-file-name, the version seen in If-Match',
      consumes: [...libraryFileTypes],
      params: versionParams,
      headers: z.object({ 'x-file-name': z.string().max(1000).optional() }).loose(),
      response: { 200: documentDetail },
    },
  }, async (request) => {
    const type = libraryFileType(request.headers['content-type']);
    if (!type || !Buffer.isBuffer(request.body)) {
      throw new AppError(415, 'unsupported_media_type', 'Send the file as application/pdf, a Word document (.docx) or an OpenDocument text (.odt)');
    }
    const rawFileName = request.headers['x-file-name'];
    return service.uploadFile(database.db, staffActor(request), request.params.id, request.params.versionId, {
      type, content: request.body, rawFileName: typeof rawFileName === 'string' ? rawFileName : undefined, seenVersion: seenVersion(request),
    });
  });
};
