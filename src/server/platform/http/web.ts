import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

/** Where Vite puts the built web app, relative to this file in src/ or in dist/. */
export function webRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return join(here, '../../../../dist/web');
}

/**
 * Serves the built React app and answers unknown non-API GETs with its index.html, so that
 * deep links work. Without a build (tests of the API) nothing is served.
 */
export async function registerWebApp(app: FastifyInstance, root = webRoot()): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) return;
  // serve: false — we route ourselves, so that this one route declares its access like every other.
  await app.register(fastifyStatic, { root, serve: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    const path = normalize(decodeURIComponent(request.url.split('?')[0] ?? '/')).replace(/^\/+/, '');
    if (path.startsWith('api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: 'Not found', fields: [], requestId: request.id } });
    }
    if (path && !path.startsWith('..') && existsSync(join(root, path)) && !path.endsWith('/')) {
      const immutable = path.startsWith('assets/');
      return reply.sendFile(path, { maxAge: immutable ? 31_536_000_000 : 0, immutable });
    }
    // no-store keeps the page out of the back/forward cache: Back after logout asks the server again.
    return reply.header('cache-control', 'no-store').sendFile('index.html');
  });
}
