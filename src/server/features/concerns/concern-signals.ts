import { defaultConcernSignals } from '../../../contracts/concerns.js';

/**
 * The signals offered when a municipality has not configured its own list (tenants.concern_signals
 * empty). Drawn from the kinds of signs the BTI action guides ask staff to look for («Barn og unges
 * signaler», seed 003): changes in behaviour, mood, care, school and family situation. Labels are
 * stored on the concern as chosen, so a later change to the list does not rewrite old concerns.
 */
export const DEFAULT_CONCERN_SIGNALS: readonly string[] = defaultConcernSignals.map((s) => s.nb);

/** The list the form offers and the server accepts. */
export function effectiveSignals(configured: readonly string[]): readonly string[] {
  return configured.length > 0 ? configured : DEFAULT_CONCERN_SIGNALS;
}
