import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { FeatureDeps } from '../../app.js';
import { AppError } from '../../platform/http/errors.js';

export const healthRoutes: FastifyPluginAsync<FeatureDeps> = async (app, { database }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      config: { access: 'public' },
      schema: { tags: ['platform'], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => {
      try {
        await sql`SELECT 1`.execute(database.db);
      } catch {
        throw new AppError(503, 'database_unavailable', 'The database does not answer');
      }
      return { status: 'ok' as const };
    },
  );
};
