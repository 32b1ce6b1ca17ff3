import { describe, expect, it } from 'vitest';
import { caseFilterFrom } from './case-filter.js';

const unitA = '00000000-0000-4000-8000-00000000000a';
const from = (query: string, overseen = [{ id: unitA }]) => caseFilterFrom(new URLSearchParams(query), overseen);

describe('caseFilterFrom', () => {
  it('defaults to my cases without filters for someone who oversees no unit', () => {
    expect(from('', [])).toEqual({
      scope: 'mine', unitId: undefined, level: undefined, status: undefined, evaluationOverdue: undefined, consentExpiring: undefined,
    });
  });
  it('starts a leader or resource person on their units\' cases; «visning=mine» keeps their own', () => {
    expect(from('')).toMatchObject({ scope: 'unit', unitId: undefined });
    expect(from('visning=mine')).toMatchObject({ scope: 'mine', unitId: undefined });
    expect(from(`visning=mine&enhet=${unitA}`)).toMatchObject({ scope: 'mine', unitId: undefined });
  });
  it('reads every filter', () => {
    expect(from(`visning=enhet&enhet=${unitA}&niva=2&status=closed&evaluering=1&samtykke=1`)).toEqual({
      scope: 'unit', unitId: unitA, level: 2, status: 'closed', evaluationOverdue: true, consentExpiring: true,
    });
  });
  it('gives «mine» to someone who oversees no unit and drops values it does not know', () => {
    expect(from('visning=enhet&niva=9&status=gone', [])).toMatchObject({ scope: 'mine', level: undefined, status: undefined });
  });
});
