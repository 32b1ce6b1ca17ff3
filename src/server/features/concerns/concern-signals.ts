/**
 * The signals offered when a municipality has not configured its own list (tenants.concern_signals
 * empty). Drawn from the kinds of signs the BTI action guides ask staff to look for («Barn og unges
 * signaler», seed 003): changes in behaviour, mood, care, school and family situation. Labels are
 * stored on the concern as chosen, so a later change to the list does not rewrite old concerns.
 */
export const DEFAULT_CONCERN_SIGNALS: readonly string[] = [
  'Endret atferd',
  'Tilbaketrukket eller trist',
  'Utagerende eller aggressiv',
  'Høyt fravær',
  'Manglende omsorg (mat, klær, hygiene)',
  'Skader uten god forklaring',
  'Barnet forteller om noe bekymringsfullt',
  'Konflikter eller vold i hjemmet',
  'Rus i familien',
  'Faglig tilbakegang',
  'Vansker med venner eller utenforskap',
  'Søvnproblemer eller tretthet',
];

/** The list the form offers and the server accepts. */
export function effectiveSignals(configured: readonly string[]): readonly string[] {
  return configured.length > 0 ? configured : DEFAULT_CONCERN_SIGNALS;
}
