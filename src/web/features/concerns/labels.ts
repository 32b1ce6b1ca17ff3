/** Today's date in Norway as YYYY-MM-DD: the default and the latest allowed date of an observation or a step. */
export function todayInNorway(): string {
  // Swedish writes dates as ISO 8601.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export const scaleValues = [1, 2, 3, 4] as const;
export type ScaleValue = (typeof scaleValues)[number];

/** The message keys of a concern-scale step (DESIGN §2): its name and what it means. */
export function scaleKeys(value: number) {
  const v = (scaleValues as readonly number[]).includes(value) ? (value as ScaleValue) : 1;
  return { label: `concerns.scale.s${v}`, description: `concerns.scale.d${v}` } as const;
}
