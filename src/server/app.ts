import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { randomUUID } from 'node:crypto';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './platform/db/database.js';
import { registerErrorHandler } from './platform/http/error-handler.js';
import { registerInputGuard } from './platform/http/input-guard.js';
import { loggerOptions } from './platform/http/logger.js';
import { registerSecurityHeaders } from './platform/http/security.js';
import { SnapshotLocalStore } from './platform/http/rate-limit-store.js';
import { registerWebApp } from './platform/http/web.js';
import { registerAuth } from './platform/auth/auth.plugin.js';
import { authRoutes } from './platform/auth/auth.routes.js';
import { healthRoutes } from './features/health/health.routes.js';
import { organisationRoutes } from './features/organisation/organisation.routes.js';
import { importsRoutes } from './features/imports/imports.routes.js';
import { childrenRoutes } from './features/children/children.routes.js';
import { concernsRoutes } from './features/concerns/concerns.routes.js';
import { auditRoutes } from './features/audit-admin/audit.routes.js';
import { myWorkRoutes } from './features/my-work/my-work.routes.js';
import { consentsRoutes } from './features/consents/consents.routes.js';
import { caseDocumentsRoutes } from './features/case-documents/case-documents.routes.js';
import { residentRoutes } from './features/resident/resident.routes.js';
import { demoResidentRoutes } from './features/demo/demo-residents.routes.js';
import { casesRoutes } from './features/cases/cases.routes.js';
import { actionPlanRoutes } from './features/action-plan/action-plan.routes.js';
import { handoverRoutes } from './features/handovers/handovers.routes.js';
import { reportsRoutes } from './features/reports/reports.routes.js';
import { caseExportRoutes } from './features/case-export/case-export.routes.js';
import { catalogueRoutes } from './features/catalogue/catalogue.routes.js';
import { libraryRoutes } from './features/library/library.routes.js';
import { guideRoutes } from './features/guide/guide.routes.js';
import { levelsRoutes } from './features/levels/levels.routes.js';
import { isPublicSitePath, publicSiteRoutes, sendPublicFrameworkError } from './features/public-site/public-site.routes.js';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  /** Overrides the folder of the built web app (tests); by default dist/web. */
  webRoot?: string;
  /** Where logs go (tests read them to prove redaction); by default stdout. */
  logStream?: NodeJS.WritableStream;
}

export interface RegisteredRoute {
  method: string | string[];
  url: string;
  access: unknown;
  /** the route's body schema, for the test that every request body refuses unknown fields */
  body: unknown;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its declared access, for the test that no route forgets to declare one. */
    registeredRoutes: RegisteredRoute[];
  }
}

export type App = FastifyInstance;

/** Builds the app without listening, so tests drive it with inject. Order matters and is explicit. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database } = deps;
  const app = Fastify({
    logger: deps.logStream ? { ...(loggerOptions(config.logLevel) as object), stream: deps.logStream } : loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    // Malformed URLs and the like: the same error body as everything else, and never the URL echoed back.
    frameworkErrors: (error, request, reply) => {
      // The public pages answer as pages, bad addresses too.
      if (isPublicSitePath(request.url)) return void sendPublicFrameworkError(error, request, reply, config.publicUrl);
      const code = error.code === 'FST_ERR_BAD_URL' ? 'bad_url' : 'bad_request';
      void reply
        .status(400 as never)
        .type('application/json')
        .send(JSON.stringify({ error: { code, message: 'The request is malformed', fields: [], requestId: request.id } }) as never);
    },
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    // swagger-ui registers its own routes; they are public documentation.
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), access: 'public' };
    registeredRoutes.push({ method: route.method, url: route.url, access: route.config?.access, body: route.schema?.body });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerErrorHandler(app);
  registerInputGuard(app);
  await registerSecurityHeaders(app, config);
  await app.register(cookie);
  // Off by default; routes that need it (login) opt in with config.rateLimit.
  // The store works around a library bug that refused concurrent requests within the limit.
  await app.register(rateLimit, { global: false, store: SnapshotLocalStore });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Samla API', version: '1' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'samla_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  if (config.env !== 'production') {
    await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' }, staticCSP: true });
  }
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  registerAuth(app, { config, db: database.db });

  const featureDeps = { config, database };
  await app.register(healthRoutes, featureDeps);
  await app.register(authRoutes, featureDeps);
  await app.register(organisationRoutes, featureDeps);
  await app.register(importsRoutes, featureDeps);
  await app.register(childrenRoutes, featureDeps);
  await app.register(concernsRoutes, featureDeps);
  await app.register(myWorkRoutes, featureDeps);
  await app.register(consentsRoutes, featureDeps);
  await app.register(caseDocumentsRoutes, featureDeps);
  await app.register(residentRoutes, featureDeps);
  await app.register(demoResidentRoutes, featureDeps);
  await app.register(casesRoutes, featureDeps);
  await app.register(actionPlanRoutes, featureDeps);
  await app.register(handoverRoutes, featureDeps);
  await app.register(reportsRoutes, featureDeps);
  await app.register(caseExportRoutes, featureDeps);
  await app.register(auditRoutes, featureDeps);
  await app.register(catalogueRoutes, featureDeps);
  await app.register(libraryRoutes, featureDeps);
  await app.register(guideRoutes, featureDeps);
  await app.register(levelsRoutes, featureDeps);
  await app.register(publicSiteRoutes, featureDeps);
  await registerWebApp(app, deps.webRoot);
  return app;
}

export type FeatureDeps = { config: Config; database: DatabaseHandle };
