import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { roleRoute } from '../../platform/access/route-access.js';
import { AppError, notFound, unauthenticated } from '../../platform/http/errors.js';
import { idParams } from '../../../contracts/common.js';
import { importJob, importJobList, importJobListQuery } from '../../../contracts/organisation.js';
import { getImportJob, ImportRunner, listImportJobs, type ImportKind } from './imports.service.js';

/** CSV imports of units, staff and children: upload answers 202 at once; the job shows progress. */
export const importsRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { config, database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const runner = new ImportRunner({ db, config, log: app.log });
  app.addHook('onClose', () => runner.idle());

  // Only CSV is read here (this plugin's own parsers; the rest of the app keeps JSON).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: config.importBodyLimitBytes }, (_req, body, done) => done(null, body));

  // Refuses a non-administrator before a large body is read; the platform's preHandler checks again.
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'POST') return;
    if (!request.actor) throw unauthenticated();
    if (request.actor.kind !== 'staff' || !request.actor.municipalRoles.has('system_admin')) throw notFound();
  });

  const upload = (kind: ImportKind, summary: string) =>
    app.post(`/api/admin/imports/${kind}`, {
      config: roleRoute('system_admin'),
      bodyLimit: config.importBodyLimitBytes,
      schema: {
        tags: ['imports'], summary, consumes: ['text/csv'],
        response: { 202: importJob },
      },
    }, async (request, reply) => {
      if (typeof request.body !== 'string') throw new AppError(415, 'unsupported_media_type', 'Send the file as text/csv');
      const job = await runner.start(staffActor(request), kind, request.body);
      return reply.status(202).send(job);
    });
  upload('units', 'Import units from CSV: navn;type;organisasjonsnummer');
  upload('staff', 'Import staff from CSV: navn;epost;enhet;rolle[;innloggings_id]');
  upload('children', 'Import children, enrolments and guardians from CSV, one row per child and guardian');

  app.get('/api/admin/imports', {
    config: roleRoute('system_admin'),
    schema: { tags: ['imports'], summary: 'Recent imports, newest first', querystring: importJobListQuery, response: { 200: importJobList } },
  }, async (request) => listImportJobs(db, staffActor(request), request.query));

  app.get('/api/admin/imports/:id', {
    config: roleRoute('system_admin'),
    schema: { tags: ['imports'], summary: 'One import with progress and the per-row report', params: idParams, response: { 200: importJob } },
  }, async (request) => getImportJob(db, staffActor(request), request.params.id));
};

