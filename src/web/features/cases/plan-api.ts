import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionPlan, NewGoalRequest, NewMeasureRequest, PlanMutationResponse, UpdateGoalRequest, UpdateMeasureRequest, evaluationOutcome,
} from '../../../contracts/action-plan.js';
import type { z } from 'zod';
import { api } from '../../api/client.js';
import { caseKey } from './api.js';

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;
/** Under the case's key, so that whatever refreshes the case refreshes its plan too. */
const planKey = (caseId: string) => [...caseKey(caseId), 'plan'] as const;

export function usePlan(caseId: string) {
  return useQuery({ queryKey: planKey(caseId), queryFn: ({ signal }) => api<ActionPlan>(`${base(caseId)}/plan`, { signal }) });
}

/** A plan write can change the log (evaluations) and the case list's next evaluation date: refetch the whole case. */
function usePlanMutation<T>(caseId: string, request: (body: T) => Promise<PlanMutationResponse>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => client.invalidateQueries({ queryKey: caseKey(caseId) }),
  });
}

export function useAddGoal(caseId: string) {
  return usePlanMutation(caseId, (body: NewGoalRequest) => api<PlanMutationResponse>(`${base(caseId)}/goals`, { method: 'POST', body }));
}

export function useUpdateGoal(caseId: string, goalId: string) {
  return usePlanMutation(caseId, (body: UpdateGoalRequest) =>
    api<PlanMutationResponse>(`${base(caseId)}/goals/${encodeURIComponent(goalId)}`, { method: 'PATCH', body }),
  );
}

export function useAddMeasure(caseId: string) {
  return usePlanMutation(caseId, (body: NewMeasureRequest) => api<PlanMutationResponse>(`${base(caseId)}/measures`, { method: 'POST', body }));
}

export function useUpdateMeasure(caseId: string, measureId: string) {
  return usePlanMutation(caseId, (body: UpdateMeasureRequest) =>
    api<PlanMutationResponse>(`${base(caseId)}/measures/${encodeURIComponent(measureId)}`, { method: 'PATCH', body }),
  );
}

export interface EvaluationBody {
  evaluatedOn: string;
  outcome: z.infer<typeof evaluationOutcome>;
  learned: string;
  nextSteps: string;
  nextEvaluationDue?: string;
}

export function useAddEvaluation(caseId: string, measureId: string) {
  return usePlanMutation(caseId, (body: EvaluationBody) =>
    api<PlanMutationResponse>(`${base(caseId)}/measures/${encodeURIComponent(measureId)}/evaluations`, { method: 'POST', body }),
  );
}
