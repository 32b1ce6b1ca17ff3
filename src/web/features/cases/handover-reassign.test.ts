import { describe, expect, it } from 'vitest';
import { reassignmentsFor } from './handover-api.js';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const preview = {
  losesAccess: [
    { user: { id: id(1), name: 'Marte' }, units: ['Solsikken'], reason: 'holder_unit' as const, measures: [{ id: id(5), description: 'Språkgruppe' }] },
    { user: { id: id(2), name: 'Tone' }, units: ['Solsikken'], reason: 'member_unit' as const, measures: [{ id: id(6), description: 'Samtale' }] },
    { user: { id: id(3), name: 'Live' }, units: ['Solsikken'], reason: 'unit_leader' as const, measures: [] },
  ],
  unitMeasures: [{ id: id(6), description: 'Samtale', unit: { id: id(9), name: 'Solsikken' } }],
};

describe('the measures a handover gives a new responsible', () => {
  it('gives those of people who are not kept to the receiver, and the old unit’s to the new unit when nobody is kept', () => {
    expect(reassignmentsFor(preview, null, id(4), id(8))).toEqual([
      { measureId: id(5), responsibleUserId: id(4) },
      { measureId: id(6), responsibleUserId: id(4), responsibleUnitId: id(8) },
    ]);
  });
  it('leaves the kept people’s measures, and the old unit’s (the consent covers it), where they are', () => {
    expect(reassignmentsFor(preview, [id(1)], id(4), id(8))).toEqual([{ measureId: id(6), responsibleUserId: id(4) }]);
    expect(reassignmentsFor(preview, [id(1), id(2)], id(4), id(8))).toEqual([]);
  });
});
