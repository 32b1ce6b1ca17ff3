import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { myWorkResponse } from '../../../contracts/my-work.js';
import { myWork } from './my-work.service.js';

export const myWorkRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  base.withTypeProvider<ZodTypeProvider>().get('/api/my-work', {
    config: { access: { session: 'staff' } },
    schema: { tags: ['my work'], summary: 'The home page: my units and my tasks', response: { 200: myWorkResponse } },
  }, async (request) => myWork(database.db, staffActor(request)));
};
