import { describe, expect, it } from 'vitest';
import type { AddressProtection } from '../../platform/db/schema.js';
import { effectiveProtection, presentAddress, strictestProtection } from './address-protection.js';

const levels: AddressProtection[] = ['none', 'fortrolig', 'strengt_fortrolig'];

describe('strictestProtection', () => {
  it.each(levels.flatMap((a, i) => levels.map((b, j) => [a, b, levels[Math.max(i, j)]] as const)))(
    '%s and %s → %s', (a, b, expected) => {
      expect(strictestProtection(a, b)).toBe(expected);
      expect(strictestProtection(b, a)).toBe(expected);
    });
  it('gives none for no input', () => expect(strictestProtection()).toBe('none'));
});

describe('effectiveProtection', () => {
  it('takes the strictest of the child and every guardian', () => {
    expect(effectiveProtection('none', [])).toBe('none');
    expect(effectiveProtection('none', ['none', 'strengt_fortrolig'])).toBe('strengt_fortrolig');
    expect(effectiveProtection('fortrolig', ['none'])).toBe('fortrolig');
    expect(effectiveProtection('strengt_fortrolig', ['fortrolig'])).toBe('strengt_fortrolig');
  });
});

describe('presentAddress', () => {
  const a = { street_address: 'Vei 1', postal_code: '1234', city: 'Lia' };
  it('shows an unprotected address and hides a protected one entirely', () => {
    expect(presentAddress('none', a)).toEqual({ protection: 'none', streetAddress: 'Vei 1', postalCode: '1234', city: 'Lia' });
    expect(presentAddress('fortrolig', a)).toEqual({ protection: 'fortrolig' });
  });
});
