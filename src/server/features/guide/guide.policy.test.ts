import { describe, expect, it } from 'vitest';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import type { MunicipalRole, UnitRole } from '../../platform/db/schema.js';
import { canEditGuide, canReadGuide } from './guide.policy.js';

const staff = (roles: MunicipalRole[], unitRoles: UnitRole[] = []): StaffActor => ({
  kind: 'staff', userId: 'me', tenantId: 't', name: 'x', municipalRoles: new Set(roles),
  unitRoles: new Map(unitRoles.map((r, i) => [`unit-${i}`, new Set([r])])), requestId: 'r',
});
const resident: Actor = { kind: 'resident', pidHash: 'h', tenantId: 't', requestId: 'r' };

describe('guide policy', () => {
  it.each([
    ['municipal coordinator', staff(['municipal_coordinator']), true, true],
    ['unit leader', staff([], ['leader']), false, true],
    ['resource person', staff([], ['resource_person']), false, true],
    ['employee', staff([], ['employee']), false, true],
    ['analyst', staff(['analyst']), false, true],
    ['system administrator', staff(['system_admin']), false, true],
    ['resident', resident, false, false],
  ] as const)('%s: edit %s, read %s', (_who, actor, edit, read) => {
    expect(canEditGuide(actor)).toBe(edit);
    expect(canReadGuide(actor)).toBe(read);
  });
});
