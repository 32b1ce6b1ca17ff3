import { describe, expect, it } from 'vitest';
import { BATON_TAKEN_STATE, OPENED_STATE, caseArrivalOf } from './case-arrival.js';

describe('caseArrivalOf', () => {
  it('reads the states the opening and handover pages pass', () => {
    expect(caseArrivalOf(OPENED_STATE)).toBe('opened');
    expect(caseArrivalOf(BATON_TAKEN_STATE)).toBe('baton_taken');
  });
  it('is null for no state, a cleared state and anything else', () => {
    for (const state of [undefined, null, 'opened', 1, {}, { opened: true }, { caseArrival: 'closed' }]) {
      expect(caseArrivalOf(state)).toBeNull();
    }
  });
});
