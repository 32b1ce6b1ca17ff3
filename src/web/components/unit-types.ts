import type { unitTypes } from '../../contracts/common.js';
import { nb } from '../i18n/nb.js';

export type UnitType = (typeof unitTypes)[number];

/*
 * The unit types in the contract's order, without importing the contract at run time: that
 * module builds zod schemas, and pulling zod (about 80 kB) into the first page load for a
 * list of names is not worth it. The texts have one key per type, in the same order.
 */
export const unitTypeOptions = Object.keys(nb.unitTypes) as UnitType[];

// Fails the type check if the texts and the contract ever disagree on the set of types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type UnitTypeTextsMatchContract = Assert<Same<keyof typeof nb.unitTypes, UnitType>>;

/**
 * Where a unit's words differ by kind: a school has pupils and an «elevmappe», a kindergarten has children and
 * their «mappe i barnehagen», other services have archives and records. Messages that differ have these three keys.
 */
export type UnitWords = 'school' | 'kindergarten' | 'other';
export function unitWords(type: UnitType): UnitWords {
  if (type === 'kindergarten') return 'kindergarten';
  return type === 'primary_school' || type === 'lower_secondary_school' || type === 'sfo' ? 'school' : 'other';
}
