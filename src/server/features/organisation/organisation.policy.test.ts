import { describe, expect, it } from 'vitest';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import type { MunicipalRole } from '../../platform/db/schema.js';
import { canAdministerOrganisation, canReadUnits, selfChangeProblem } from './organisation.policy.js';

const staff = (...roles: MunicipalRole[]): StaffActor => ({
  kind: 'staff', userId: 'me', tenantId: 't', name: 'x', municipalRoles: new Set(roles), unitRoles: new Map(), requestId: 'r',
});
const resident: Actor = { kind: 'resident', pidHash: 'h', tenantId: 't', requestId: 'r' };

describe('organisation policy', () => {
  it.each([
    ['system administrator', staff('system_admin'), true, true],
    ['coordinator', staff('municipal_coordinator'), false, true],
    ['analyst', staff('analyst'), false, true],
    ['employee', staff(), false, true],
    ['resident', resident, false, false],
  ] as const)('%s: administer %s, read units %s', (_who, actor, administer, read) => {
    expect(canAdministerOrganisation(actor)).toBe(administer);
    expect(canReadUnits(actor)).toBe(read);
  });

  it.each([
    ['removing own admin role', { targetUserId: 'me', municipalRoles: ['analyst'] as MunicipalRole[] }, 'cannot_remove_own_admin'],
    ['deactivating self', { targetUserId: 'me', active: false }, 'cannot_deactivate_self'],
    ['keeping own admin role', { targetUserId: 'me', municipalRoles: ['system_admin'] as MunicipalRole[] }, null],
    ['removing another admin’s role', { targetUserId: 'other', municipalRoles: [] as MunicipalRole[] }, null],
    ['deactivating another user', { targetUserId: 'other', active: false }, null],
  ])('%s → %s', (_case, change, code) => {
    expect(selfChangeProblem(staff('system_admin'), change)?.code ?? null).toBe(code);
  });
});
