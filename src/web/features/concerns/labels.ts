export const scaleValues = [1, 2, 3, 4] as const;
export type ScaleValue = (typeof scaleValues)[number];

/** The message keys of a concern-scale step (DESIGN §2): its name and what it means. */
export function scaleKeys(value: number) {
  const v = (scaleValues as readonly number[]).includes(value) ? (value as ScaleValue) : 1;
  return { label: `concerns.scale.s${v}`, description: `concerns.scale.d${v}` } as const;
}
