import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createElement, type ReactElement } from 'react';
import type { FeatureDeps } from '../../app.js';
import { documentKinds, libraryFileTypes, type DocumentKind } from '../../../contracts/library.js';
import { attachmentDisposition } from '../../platform/documents/files.js';
import { AppError } from '../../platform/http/errors.js';
import { renderPage } from './components.js';
import { DocumentPage, DocumentsPage } from './DocumentPages.js';
import { GuideChooserPage, GuidePage, GuideStepPage } from './GuidePages.js';
import { AccessibilityPage, ErrorPage, HomePage, NotFoundPage } from './InfoPages.js';
import { negotiateLanguage, requestedLanguage } from './language.js';
import { pageContext, type PageContext, type PublicTenant } from './page-context.js';
import { publicAssets, PUBLIC_ASSET_PREFIX, type PublicAssets } from './public-assets.js';
import * as site from './public-site.service.js';
import { ServicePage } from './ServicePage.js';
import { ServicesPage } from './ServicesPage.js';
import { parseServiceSearch } from './service-search.js';

type Query = Record<string, unknown>;
type Params = Record<string, string>;
type Request = FastifyRequest<{ Params: Params; Querystring: Query }>;
/** A page, null for the 404 page, or another address to send the reader to (301; 302 when `temporary`). */
type Load = (ctx: PageContext, tenant: PublicTenant, request: Request) => Promise<ReactElement | { redirect: string; temporary?: boolean } | null>;

/** The addresses this plugin answers: /k/… and /offentlig/…. */
export function isPublicSitePath(url: string): boolean {
  return /^\/(k|offentlig)(\/|\?|$)/.test(url);
}

/** These pages are read, never sent to. */
const ALLOW = 'GET, HEAD';

/**
 * The public pages (/k/<kommune>/…): server-rendered HTML without login or script, and their
 * style sheet and fonts (/offentlig/…). `/k/*` answers every other address below /k with the
 * HTML 404 page, so the web app's catch-all (registered after this plugin) never takes one.
 */
export const publicSiteRoutes: FastifyPluginAsync<FeatureDeps> = async (app, { config, database }) => {
  const assets = await publicAssets();
  const db = database.db;
  const origin = config.publicUrl.replace(/\/+$/, '');
  const options = { config: { access: 'public' as const }, schema: { hide: true } };

  const context = (request: FastifyRequest, tenant: PublicTenant | null) => publicContext(assets, origin, request, tenant);

  // No personal data on these pages: a shared cache may keep them for a minute, one copy per
  // Accept-Language where the browser chose the language (no `?lang` in the address).
  const sendPage = (reply: FastifyReply, status: number, page: ReactElement, ctx: PageContext) => {
    if (!ctx.languageInAddress) reply.header('vary', 'accept-language');
    return reply
      .status(status)
      .header('cache-control', status >= 500 ? 'no-store' : 'public, max-age=60')
      .type('text/html; charset=utf-8')
      .send(renderPage(page));
  };

  const notFoundPage = (ctx: PageContext) => createElement(NotFoundPage, { ctx });

  /** A page of one municipality: the municipality first, then `load`; null from either is the 404 page. */
  const page = (load: Load) => async (request: Request, reply: FastifyReply) => {
    const tenant = await site.findPublicTenant(db, request.params.kommune ?? '');
    const ctx = context(request, tenant);
    const element = tenant ? await load(ctx, tenant, request) : null;
    if (element && 'redirect' in element) {
      if (!ctx.languageInAddress) reply.header('vary', 'accept-language');
      return reply.redirect(element.redirect, element.temporary ? 302 : 301);
    }
    return sendPage(reply, element ? 200 : 404, element ?? notFoundPage(ctx), ctx);
  };

  // Except an answer that clears a stale session cookie (auth.plugin; @fastify/cookie writes the
  // header in its own onSend, which runs before this one): a shared cache must never hand that to others.
  app.addHook('onSend', async (_request, reply) => {
    if (reply.hasHeader('set-cookie')) reply.header('cache-control', 'no-store');
  });

  // Only these routes: a failure on a public page is an HTML page, not the API's JSON.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error instanceof AppError ? error.status : error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ errName: error.name, errCode: (error as { code?: string }).code, stack: error.stack?.split('\n').slice(1, 7).join('\n') }, 'public page failed');
    }
    const ctx = context(request, null);
    return sendPage(reply, status >= 500 ? 500 : status, createElement(ErrorPage, { ctx, kind: status < 500 ? 'badRequest' : 'failed' }), ctx);
  });

  app.get<{ Params: Params }>(`${PUBLIC_ASSET_PREFIX}/:file`, options, async (request, reply) => {
    const file = assets.get(request.params.file ?? '');
    if (!file) return reply.status(404).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send('Not found');
    reply
      .header('etag', file.etag)
      .header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
      .type(file.type);
    if (file.gzip) reply.header('vary', 'accept-encoding');
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag)) return reply.status(304).send();
    if (file.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      return reply.header('content-encoding', 'gzip').send(file.gzip);
    }
    return reply.send(file.body);
  });
  app.get(`${PUBLIC_ASSET_PREFIX}/*`, options, async (_request, reply) =>
    reply.status(404).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send('Not found'));

  app.get('/k/:kommune', options, page(async (ctx, tenant) => createElement(HomePage, { ctx, tenant })));

  app.get('/k/:kommune/tjenester', options, page(async (ctx, tenant, request) => {
    const form = parseServiceSearch(request.query);
    const result = await site.searchServices(db, tenant, form, ctx.lang);
    return createElement(ServicesPage, { ctx, tenant, form, result });
  }));

  app.get('/k/:kommune/tjenester/:slug', options, page(async (ctx, tenant, request) => {
    const service = await site.serviceBySlug(db, tenant, request.params.slug ?? '', ctx.lang);
    return service && createElement(ServicePage, { ctx, service });
  }));

  // The common entry: the reader chooses among the guides, or goes straight on when there is one
  // (302: the municipality may add another).
  app.get('/k/:kommune/handlingsveileder', options, page(async (ctx, tenant) => {
    const guides = await site.guides(db, tenant, ctx.lang);
    if (guides.length === 1 && ctx.urls) return { redirect: ctx.urls.guideOverview(guides[0]!.slug), temporary: true };
    return createElement(GuideChooserPage, { ctx, municipality: tenant.name, guides });
  }));

  app.get('/k/:kommune/handlingsveileder/:guide', options, page(async (ctx, tenant, request) => {
    const [guide, levels] = await Promise.all([site.guide(db, tenant, request.params.guide ?? '', ctx.lang), site.levels(db, tenant)]);
    return guide && createElement(GuidePage, { ctx, municipality: tenant.name, guide, levels });
  }));

  app.get('/k/:kommune/handlingsveileder/:guide/:key', options, page(async (ctx, tenant, request) => {
    const [step, levels] = await Promise.all([
      site.guideStep(db, tenant, request.params.key ?? '', ctx.lang, request.params.guide ?? ''), site.levels(db, tenant),
    ]);
    return step && createElement(GuideStepPage, { ctx, step, levels });
  }));

  // The addresses from before several guides: the entry, and each step at its guide's address.
  app.get('/k/:kommune/veileder', options, page(async (ctx) => (ctx.urls ? { redirect: ctx.urls.guide } : null)));
  app.get('/k/:kommune/veileder/:key', options, page(async (ctx, tenant, request) => {
    const step = await site.guideStep(db, tenant, request.params.key ?? '', ctx.lang);
    return step && ctx.urls ? { redirect: ctx.urls.guideStep(step.guide, step.key) } : null;
  }));

  app.get('/k/:kommune/dokumenter', options, page(async (ctx, tenant, request) => {
    const type = request.query.type;
    // An unknown type shows them all: the filter links never send one.
    const kind = typeof type === 'string' && (documentKinds as readonly string[]).includes(type) ? (type as DocumentKind) : null;
    const documents = await site.documents(db, tenant, kind, ctx.lang);
    return createElement(DocumentsPage, { ctx, municipality: tenant.name, kind, documents });
  }));

  app.get('/k/:kommune/dokumenter/:slug', options, page(async (ctx, tenant, request) => {
    const doc = await site.document(db, tenant, request.params.slug ?? '', ctx.lang);
    return doc && createElement(DocumentPage, { ctx, doc });
  }));

  app.get('/k/:kommune/dokumenter/:slug/versjoner/:n', options, page(async (ctx, tenant, request) => {
    const versionNo = site.versionNumber(request.params.n ?? '');
    const doc = versionNo === null ? null : await site.document(db, tenant, request.params.slug ?? '', ctx.lang, versionNo);
    // The version the document's own address shows in this language has that address only (one canonical page, not two).
    if (doc && doc.versionNo === doc.defaultVersionNo && ctx.urls) return { redirect: ctx.urls.document(doc.slug) };
    return doc && createElement(DocumentPage, { ctx, doc });
  }));

  app.get<{ Params: Params; Querystring: Query }>('/k/:kommune/dokumenter/:slug/versjoner/:n/fil', options, async (request, reply) => {
    const tenant = await site.findPublicTenant(db, request.params.kommune ?? '');
    const versionNo = site.versionNumber(request.params.n ?? '');
    const file = tenant && versionNo !== null ? await site.documentFile(db, tenant, request.params.slug ?? '', versionNo) : null;
    if (!file) {
      const ctx = context(request, tenant);
      return sendPage(reply, 404, notFoundPage(ctx), ctx);
    }
    const type = (libraryFileTypes as readonly string[]).includes(file.fileType) ? file.fileType : 'application/octet-stream';
    return reply
      .header('content-type', type)
      .header('content-disposition', attachmentDisposition(file.fileName))
      .header('cache-control', 'public, max-age=60')
      .send(file.content);
  });

  app.get('/k/:kommune/tilgjengelighet', options, page(async (ctx, tenant) => createElement(AccessibilityPage, { ctx, tenant })));

  // /k/eksempel/tjenester/ is /k/eksempel/tjenester (the router would take the empty part for a slug).
  app.addHook('onRequest', async (request, reply) => {
    const [path = '', search] = request.url.split('?');
    if (isReading(request) && path.startsWith('/k/') && path.endsWith('/') && !path.includes('//')) {
      return reply.redirect(path.replace(/\/+$/, '') + (search === undefined ? '' : `?${search}`), 301);
    }
  });

  // Everything else under /k: the same 404 page, in the municipality's frame when the first part names one.
  const elsewhere = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const tenant = await site.findPublicTenant(db, path.split('/')[2] ?? '');
    const ctx = context(request, tenant);
    return sendPage(reply, 404, notFoundPage(ctx), ctx);
  };
  app.get('/k', options, elsewhere);
  app.get('/k/*', options, elsewhere);

  // Any other method: 405 naming the two there are, as a page. Answered before a body is read.
  const refuse = async (request: FastifyRequest, reply: FastifyReply) => {
    if (reply.sent) return reply;
    reply.header('allow', ALLOW);
    const ctx = context(request, null);
    return sendPage(reply, 405, createElement(ErrorPage, { ctx, kind: 'methodNotAllowed' }), ctx);
  };
  const otherMethods = app.supportedMethods.filter((method) => method !== 'GET' && method !== 'HEAD');
  for (const url of ['/k', '/k/*', PUBLIC_ASSET_PREFIX, `${PUBLIC_ASSET_PREFIX}/*`]) {
    app.route({ method: otherMethods, url, ...options, onRequest: refuse, handler: refuse });
  }
};

const isReading = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD';

/**
 * The language from `?lang=`, read from the raw address too (a malformed one never reached the
 * query parser); without one, the reader's Accept-Language among the pages' languages, else
 * the municipality's main language.
 */
function publicContext(assets: PublicAssets, origin: string, request: FastifyRequest, tenant: PublicTenant | null): PageContext {
  const [rawPath = '/', rawSearch = ''] = request.url.split('?');
  const query = (request.query ?? Object.fromEntries(new URLSearchParams(rawSearch))) as Query;
  // Language links repeat the path; a stray % would make them malformed too.
  const path = rawPath.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
  const named = requestedLanguage(query.lang);
  const lang = named ?? negotiateLanguage(request.headers['accept-language'], tenant?.mainLanguage ?? 'nb');
  return pageContext({ lang, languageInAddress: named !== null, tenant, cssHref: assets.cssHref, origin, path, query });
}

/**
 * An address the router cannot read (`/k/%`, `/k/%zz/`) or a part too long to be a slug, below
 * /k or /offentlig: the app's frameworkErrors hands it here so that it gets the pages' HTML
 * instead of the API's JSON. No route and no municipality: the plain frame.
 */
export async function sendPublicFrameworkError(error: { code?: string }, request: FastifyRequest, reply: FastifyReply, publicUrl: string): Promise<void> {
  const badUrl = error.code === 'FST_ERR_BAD_URL';
  let html: string;
  try {
    const ctx = publicContext(await publicAssets(), publicUrl.replace(/\/+$/, ''), request, null);
    html = renderPage(badUrl ? createElement(ErrorPage, { ctx, kind: 'badRequest' }) : createElement(NotFoundPage, { ctx }));
  } catch {
    html = '<!doctype html><html lang="nb"><title>Samla</title><p>Siden kunne ikke vises.</p></html>';
  }
  // No route, so no hooks: the security headers the pages get from helmet are set here, for this page only.
  await reply
    .status(badUrl ? 400 : 404)
    .header('vary', 'accept-language')
    .header('content-security-policy', "default-src 'none'; style-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'public, max-age=60')
    .type('text/html; charset=utf-8')
    .send(html);
}
