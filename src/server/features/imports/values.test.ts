import { describe, expect, it } from 'vitest';
import { parseAddressProtection, parseDate, parseEmail, parseOrganisationNumber, parseUnitRole, parseUnitType, parseYesNo } from './values.js';
import { detectDelimiter, normaliseHeader } from './csv.js';

describe('import cell readers', () => {
  it.each([
    ['2024-08-15', '2024-08-15'], ['15.08.2024', '2024-08-15'], ['1.8.2024', '2024-08-01'],
    ['2024-02-30', null], ['31.04.2024', null], ['2024/08/15', null], ['', null], ['15.08.24', null],
  ])('date %s → %s', (s, v) => expect(parseDate(s)).toBe(v));

  it.each([
    ['barnehage', 'kindergarten'], ['Barneskole', 'primary_school'], ['primary_school', 'primary_school'],
    ['psykisk helse', 'mental_health'], ['PPT', 'ppt'], ['slott', null],
  ])('unit type %s → %s', (s, v) => expect(parseUnitType(s)).toBe(v));

  it.each([['ansatt', 'employee'], ['Leder', 'leader'], ['ressursperson', 'resource_person'], ['sjef', null]])(
    'role %s → %s', (s, v) => expect(parseUnitRole(s)).toBe(v));

  it.each([['ja', true], ['Nei', false], ['', null], ['kanskje', null]])('yes/no %s → %s', (s, v) => expect(parseYesNo(s)).toBe(v));

  it.each([['', 'none'], ['fortrolig', 'fortrolig'], ['Strengt fortrolig', 'strengt_fortrolig'], ['hemmelig', null]])(
    'address protection %s → %s', (s, v) => expect(parseAddressProtection(s)).toBe(v));

  it('reads e-mail addresses and organisation numbers', () => {
    expect(parseEmail(' Kari@Example.TEST ')).toBe('kari@example.test');
    expect(parseEmail('kari@')).toBeNull();
    expect(parseOrganisationNumber('123 456 789')).toBe('123456789');
    expect(parseOrganisationNumber('12345678')).toBeNull();
  });

  it('normalises headers and detects the delimiter', () => {
    expect(normaliseHeader(' Fødselsnummer ')).toBe('fodselsnummer');
    expect(normaliseHeader('Foresatt foreldreansvar')).toBe('foresatt_foreldreansvar');
    expect(detectDelimiter('navn;type;organisasjonsnummer')).toBe(';');
    expect(detectDelimiter('navn,type,organisasjonsnummer')).toBe(',');
  });
});
