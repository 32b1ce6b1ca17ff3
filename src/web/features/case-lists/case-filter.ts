import type { CaseFilter } from './api.js';

// Any level a model can have after the concern's; the select offers the municipality's own.
const levels = [1, 2, 3, 4, 5] as const;
const statuses = ['open', 'closed'] as const;
export const caseLevels = levels;
export const caseStatuses = statuses;

/**
 * The list's filter from the URL (?visning=enhet&enhet=<id>&niva=2&status=open&evaluering=1&samtykke=1):
 * enums and a unit id only, so nothing personal, and Back from a case returns to the same list.
 * «The unit's cases» needs a unit where the user is a leader or resource person, and is where such a
 * user starts: their own cases are few, their units' are their work (?visning=mine chooses their own).
 */
export function caseFilterFrom(params: URLSearchParams, overseen: readonly { id: string }[]): CaseFilter {
  const level = levels.find((l) => String(l) === params.get('niva'));
  const status = statuses.find((s) => s === params.get('status'));
  const unit = overseen.length > 0 && params.get('visning') !== 'mine';
  const unitId = params.get('enhet');
  return {
    scope: unit ? 'unit' : 'mine',
    unitId: unit && unitId && overseen.some((u) => u.id === unitId) ? unitId : undefined,
    level,
    status,
    evaluationOverdue: params.get('evaluering') === '1' ? true : undefined,
    consentExpiring: params.get('samtykke') === '1' ? true : undefined,
  };
}
