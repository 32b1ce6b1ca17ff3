import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { roleRoute, staffRoute } from '../../platform/access/route-access.js';
import { levelModel, levelModelEditor, levelModelInput } from '../../../contracts/levels.js';
import * as service from './levels.service.js';

/**
 * The municipality's level model (issue 9, item 2): read by every staff user (a resident's cases carry their names),
 * replaced by municipal coordinators with an explicit mapping of the levels in use.
 */
export const levelsRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const tags = ['levels'];
  const coordinators = roleRoute('municipal_coordinator');

  app.get('/api/levels', {
    config: staffRoute,
    schema: { tags, summary: 'The municipality\'s levels, in order, with their names in each language', response: { 200: levelModel } },
  }, async (request) => service.getLevelModel(db, staffActor(request)));

  app.get('/api/content/levels', {
    config: coordinators,
    schema: { tags, summary: 'The level model and which levels guide steps and cases use', response: { 200: levelModelEditor } },
  }, async (request) => service.levelEditor(db, staffActor(request)));

  app.put('/api/content/levels', {
    config: coordinators,
    schema: {
      tags, summary: 'Replace the level model; levels in use go where their key or the mapping says (409 level_in_use otherwise)',
      body: levelModelInput, response: { 200: levelModelEditor },
    },
  }, async (request) => service.replaceLevelModel(db, staffActor(request), request.body));
};
