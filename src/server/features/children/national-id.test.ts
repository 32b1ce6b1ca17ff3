import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { todayInNorway } from '../../platform/text/dates.js';
import { syntheticNationalId, validateNationalId } from './national-id.js';

describe('validateNationalId', () => {
  it('accepts a synthetic number in demo mode and derives the birth date', () => {
    const id = syntheticNationalId('2014-03-09', 7);
    expect(validateNationalId(id, { allowSynthetic: true })).toEqual({ ok: true, idType: 'tnr', birthDate: '2014-03-09' });
  });
  it('refuses synthetic numbers outside demo mode', () => {
    const id = syntheticNationalId('2014-03-09', 7);
    expect(validateNationalId(id, { allowSynthetic: false })).toEqual({ ok: false, code: 'national_id_synthetic' });
  });
  it('refuses wrong length, letters and wrong check digits', () => {
    expect(validateNationalId('1234', { allowSynthetic: true })).toEqual({ ok: false, code: 'national_id_format' });
    expect(validateNationalId('1234567890a', { allowSynthetic: true })).toEqual({ ok: false, code: 'national_id_format' });
    const id = syntheticNationalId('2014-03-09', 7);
    const wrong = id.slice(0, 10) + String((Number(id[10]) + 1) % 10);
    expect(validateNationalId(wrong, { allowSynthetic: true })).toEqual({ ok: false, code: 'national_id_checksum' });
  });
  it('refuses a birth date after today, accepts today and old dates', () => {
    const opts = { allowSynthetic: true, today: '2025-06-15' };
    expect(validateNationalId(syntheticNationalId('2025-06-16', 3), opts)).toEqual({ ok: false, code: 'national_id_date' });
    expect(validateNationalId(syntheticNationalId('2031-01-01', 3), opts)).toEqual({ ok: false, code: 'national_id_date' });
    expect(validateNationalId(syntheticNationalId('2025-06-15', 3), opts)).toMatchObject({ ok: true, birthDate: '2025-06-15' });
    expect(validateNationalId(syntheticNationalId('1941-02-03', 3), opts)).toMatchObject({ ok: true, birthDate: '1941-02-03' });
    // Without `today`, the Norwegian calendar's today.
    const dayAfterTomorrow = todayInNorway(new Date(Date.now() + 2 * 86_400_000));
    expect(validateNationalId(syntheticNationalId(dayAfterTomorrow, 3), { allowSynthetic: true })).toEqual({ ok: false, code: 'national_id_date' });
  });

  it('round-trips every past date from 1940 to 2024 through a synthetic number', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1940-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }), fc.nat(499), (date, n) => {
        const iso = date.toISOString().slice(0, 10);
        const r = validateNationalId(syntheticNationalId(iso, n), { allowSynthetic: true });
        expect(r).toEqual({ ok: true, idType: 'tnr', birthDate: iso });
      }),
      { numRuns: 300 },
    );
  });
});
