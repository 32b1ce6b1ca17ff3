/** Widens a message tree's string literals to string, so other languages can say it their way. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * One feature's messages in all three languages, kept beside each other so that features can
 * grow without every engineer editing nb.ts. nb is the source: nn and en must have its keys.
 */
export function featureMessages<const T>(nb: T, nn: Widen<T>, en: Widen<T>) {
  return { nb, nn, en };
}
