import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { anyActor, staffActor } from '../../platform/auth/auth.plugin.js';
import { idParams } from '../../../contracts/common.js';
import {
  actionPlan, caseGoalParams, caseMeasureParams, newEvaluationRequest, newGoalRequest, newMeasureRequest, planMutationResponse,
  updateGoalRequest, updateMeasureRequest,
} from '../../../contracts/action-plan.js';
import { addGoal, addMeasure, evaluateMeasure, getActionPlan, updateGoal, updateMeasure } from './action-plan.service.js';

/** The action plan of a case: goals, measures, evaluations (issue 3, item 4). Staff write; everyone who may read the case reads. */
export const actionPlanRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const access = { session: 'staff' } as const;
  const tags = ['action plan'];

  app.get('/api/cases/:id/plan', {
    // Guardians and the young person read the plan they agreed to; only staff write it.
    config: { access: { session: 'any' } },
    schema: { tags, summary: 'Goals with their measures and evaluations', params: idParams, response: { 200: actionPlan } },
  }, async (request) => getActionPlan(database.db, anyActor(request), request.params.id));

  app.post('/api/cases/:id/goals', {
    config: { access },
    schema: { tags, summary: 'Add a goal', params: idParams, body: newGoalRequest, response: { 200: planMutationResponse } },
  }, async (request) => addGoal(database.db, staffActor(request), request.params.id, request.body));

  app.patch('/api/cases/:id/goals/:goalId', {
    config: { access },
    schema: { tags, summary: 'Change a goal’s text or status', params: caseGoalParams, body: updateGoalRequest, response: { 200: planMutationResponse } },
  }, async (request) => updateGoal(database.db, staffActor(request), request.params.id, request.params.goalId, request.body));

  app.post('/api/cases/:id/measures', {
    config: { access },
    schema: { tags, summary: 'Add a measure serving a goal of the case', params: idParams, body: newMeasureRequest, response: { 200: planMutationResponse } },
  }, async (request) => addMeasure(database.db, staffActor(request), request.params.id, request.body));

  app.patch('/api/cases/:id/measures/:measureId', {
    config: { access },
    schema: { tags, summary: 'Change a measure', params: caseMeasureParams, body: updateMeasureRequest, response: { 200: planMutationResponse } },
  }, async (request) => updateMeasure(database.db, staffActor(request), request.params.id, request.params.measureId, request.body));

  app.post('/api/cases/:id/measures/:measureId/evaluations', {
    config: { access },
    schema: {
      tags, summary: 'Evaluate a measure (also writes an evaluation entry in the log)', params: caseMeasureParams, body: newEvaluationRequest,
      response: { 200: planMutationResponse },
    },
  }, async (request) => evaluateMeasure(database.db, staffActor(request), request.params.id, request.params.measureId, request.body));
};
