import { describe, expect, it } from 'vitest';
import type { StaffActor } from '../../platform/access/actor.js';
import type { MunicipalRole, UnitRole } from '../../platform/db/schema.js';
import { narrowToUnit, registryScope } from './children.policy.js';

const staff = (municipal: MunicipalRole[], units: [string, UnitRole][]): StaffActor => ({
  kind: 'staff', userId: 'u', tenantId: 't', name: 'x', requestId: 'r',
  municipalRoles: new Set(municipal),
  unitRoles: new Map(units.map(([id, role]) => [id, new Set([role])])),
});

describe('registryScope', () => {
  it.each([
    ['employee of a unit', staff([], [['a', 'employee']]), { kind: 'units', unitIds: ['a'] }],
    ['leader of two units', staff([], [['a', 'leader'], ['b', 'resource_person']]), { kind: 'units', unitIds: ['a', 'b'] }],
    ['system administrator', staff(['system_admin'], []), { kind: 'all' }],
    ['municipal coordinator without units', staff(['municipal_coordinator'], []), { kind: 'none' }],
    ['analyst', staff(['analyst'], []), { kind: 'none' }],
  ])('%s', (_label, actor, expected) => {
    expect(registryScope(actor)).toEqual(expected);
  });
  it('gives residents nothing', () => {
    expect(registryScope({ kind: 'resident', pidHash: 'h', tenantId: null, requestId: 'r' })).toEqual({ kind: 'none' });
  });
  it('narrows to an own unit and refuses a foreign one', () => {
    const scope = registryScope(staff([], [['a', 'employee']]));
    expect(narrowToUnit(scope, 'a')).toEqual({ kind: 'units', unitIds: ['a'] });
    expect(narrowToUnit(scope, 'b')).toEqual({ kind: 'none' });
  });
});
