import { idnr } from '@navikt/fnrvalidator';
import { todayInNorway } from '../../platform/text/dates.js';

/**
 * Norwegian national ID numbers (fødselsnummer, D-nummer, H-nummer and synthetic test
 * numbers), validated by @navikt/fnrvalidator. Synthetic numbers (Test Norge, type tnr:
 * month + 80) are accepted only in demo mode, so that demo data can never be mistaken for
 * real people and real installations never hold made-up people.
 */
export type IdType = 'fnr' | 'dnr' | 'hnr' | 'tnr' | 'dnr_and_hnr' | 'dnr_and_tnr';
export type NationalIdResult =
  | { ok: true; idType: IdType; birthDate: string }
  | { ok: false; code: 'national_id_format' | 'national_id_checksum' | 'national_id_date' | 'national_id_synthetic' };

/**
 * A birth date after today (Norwegian calendar) is refused as national_id_date: the checksums
 * can be right while the date is not yet (a typo in the year, 31 → 2031). Old dates are
 * accepted, since registries keep records of people long grown up. `today` is for tests.
 */
export function validateNationalId(raw: string, opts: { allowSynthetic: boolean; today?: string }): NationalIdResult {
  const digits = raw.replace(/\s/g, '');
  if (!/^\d{11}$/.test(digits)) return { ok: false, code: 'national_id_format' };
  const r = idnr(digits);
  if (r.status === 'invalid') {
    return { ok: false, code: r.reasons.includes("checksums don't match") ? 'national_id_checksum' : 'national_id_date' };
  }
  const idType = r.type.replace(/-/g, '_') as IdType;
  if (idType.includes('tnr') && !opts.allowSynthetic) return { ok: false, code: 'national_id_synthetic' };
  const birthDate = birthDateOf(digits, idType);
  if (!birthDate || birthDate > (opts.today ?? todayInNorway())) return { ok: false, code: 'national_id_date' };
  return { ok: true, idType, birthDate };
}

/** The birth date encoded in the number; the century follows from the individual number. */
export function birthDateOf(digits: string, idType: IdType): string | null {
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const individual = Number(digits.slice(6, 9));
  if (idType.startsWith('dnr')) day -= 40;
  if (idType.endsWith('hnr') || idType === 'hnr') month -= 40;
  if (idType.endsWith('tnr') || idType === 'tnr') month -= 80;
  let year: number;
  if (individual <= 499) year = 1900 + yy;
  else if (individual <= 749 && yy >= 54) year = 1800 + yy;
  else if (yy <= 39) year = 2000 + yy;
  else if (individual >= 900) year = 1900 + yy;
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * Makes a valid synthetic number (tnr) for a birth date, for demo data and tests.
 * `n` picks the individual number; the same (date, n) always gives the same number.
 */
export function syntheticNationalId(birthDate: string, n: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const base = y >= 2000 ? 500 : 0;
  for (let k = 0; k < 500; k++) {
    const individual = base + ((n + k) % 500);
    const head = `${String(d).padStart(2, '0')}${String(m + 80).padStart(2, '0')}${String(y % 100).padStart(2, '0')}${String(individual).padStart(3, '0')}`;
    const digits = head.split('').map(Number);
    let k1 = 11 - (digits.reduce((s, v, i) => s + v * K1[i]!, 0) % 11);
    if (k1 === 11) k1 = 0;
    if (k1 === 10) continue;
    let k2 = 11 - ([...digits, k1].reduce((s, v, i) => s + v * K2[i]!, 0) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 === 10) continue;
    return `${head}${k1}${k2}`;
  }
  throw new Error('No synthetic number available for this date');
}
