/**
 * Why someone arrives on a case page, passed as navigation state by the page that sent them
 * there (/barn/:id/ny-sak after opening it, /overleveringer/:id after taking the baton). The
 * case page then focuses its heading and says what happened. Here, not in a feature, because
 * features do not import each other.
 */
export type CaseArrival = 'opened' | 'baton_taken';

export const OPENED_STATE = { caseArrival: 'opened' } as const;
export const BATON_TAKEN_STATE = { caseArrival: 'baton_taken' } as const;

/** The arrival in a location's state, or null (a reload, Back, a typed address, anything else). */
export function caseArrivalOf(state: unknown): CaseArrival | null {
  if (typeof state !== 'object' || state === null) return null;
  const arrival = (state as { caseArrival?: unknown }).caseArrival;
  return arrival === 'opened' || arrival === 'baton_taken' ? arrival : null;
}
