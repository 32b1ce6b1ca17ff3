import { addDays } from '../../platform/text/dates.js';
import { describe, expect, it } from 'vitest';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import type { MunicipalRole, UnitRole } from '../../platform/db/schema.js';
import {
  concernAccess, decisionOf, isDecided, isOverdue, mayRegisterIn, oversightUnits, statusAfter, stepAllowed,
} from './concerns.policy.js';

const staff = (userId: string, units: [string, UnitRole[]][], municipal: MunicipalRole[] = []): StaffActor => ({
  kind: 'staff', userId, tenantId: 't', name: 'x', requestId: 'r',
  municipalRoles: new Set(municipal),
  unitRoles: new Map(units.map(([id, roles]) => [id, new Set(roles)])),
});
const resident: Actor = { kind: 'resident', pidHash: 'h', tenantId: 't', requestId: 'r' };

/** The concern: written by «author» in unit A. */
const facts = { authorId: 'author', unitId: 'A' };

describe('concernAccess (DESIGN.md §4 rule 2)', () => {
  it.each<[string, Actor, { reason: string; write: boolean } | null]>([
    ['the author', staff('author', [['A', ['employee']]]), { reason: 'author', write: true }],
    ['the author after leaving the unit', staff('author', []), { reason: 'author', write: true }],
    ['the author who also leads the unit', staff('author', [['A', ['leader']]]), { reason: 'author', write: true }],
    ['a colleague in the same unit (employee only)', staff('colleague', [['A', ['employee']]]), null],
    ['a leader of the unit', staff('leader', [['A', ['leader']]]), { reason: 'unit_leader', write: true }],
    ['a resource person of the unit', staff('rp', [['A', ['resource_person']]]), { reason: 'unit_resource_person', write: false }],
    ['an employee who is also a resource person there', staff('rp', [['A', ['employee', 'resource_person']]]), { reason: 'unit_resource_person', write: false }],
    ['a leader of another unit', staff('other', [['B', ['leader']]]), null],
    ['a resource person of another unit', staff('other', [['B', ['resource_person']]]), null],
    ['the system administrator', staff('admin', [], ['system_admin']), null],
    ['the municipal coordinator', staff('coord', [], ['municipal_coordinator']), null],
    ['an analyst', staff('analyst', [], ['analyst']), null],
    ['an administrator who also leads the unit', staff('admin', [['A', ['leader']]], ['system_admin']), { reason: 'unit_leader', write: true }],
    ['a resident', resident, null],
  ])('%s', (_label, actor, expected) => {
    expect(concernAccess(actor, facts)).toEqual(expected);
  });
});

describe('registering and listing', () => {
  it('lets anyone with a role in the unit register there, and nobody else', () => {
    expect(mayRegisterIn(staff('u', [['A', ['employee']]]), 'A')).toBe(true);
    expect(mayRegisterIn(staff('u', [['A', ['resource_person']]]), 'A')).toBe(true);
    expect(mayRegisterIn(staff('u', [['A', ['employee']]]), 'B')).toBe(false);
    expect(mayRegisterIn(staff('u', [], ['system_admin']), 'A')).toBe(false);
    expect(mayRegisterIn(resident, 'A')).toBe(false);
  });
  it('gives the unit scope only units the user leads or is a resource person in', () => {
    const actor = staff('u', [['A', ['leader']], ['B', ['resource_person']], ['C', ['employee']]]);
    expect(oversightUnits(actor)).toEqual(['A', 'B']);
    expect(oversightUnits(actor, 'B')).toEqual(['B']);
    expect(oversightUnits(actor, 'C')).toEqual([]);
    expect(oversightUnits(staff('u', [], ['system_admin']))).toEqual([]);
    expect(oversightUnits(resident)).toEqual([]);
  });
});

describe('decision state', () => {
  it('counts a concern as decided once closed, turned into a case, reported or decided for a report', () => {
    expect(isDecided('open', null)).toBe(false);
    expect(isDecided('open', new Date())).toBe(true);
    expect(isDecided('closed', new Date())).toBe(true);
    expect(isDecided('case_opened', new Date())).toBe(true);
    expect(isDecided('reported', null)).toBe(true);
  });
  it('is overdue only while undecided after the decision date', () => {
    expect(isOverdue('open', null, '2026-01-09', '2026-01-10')).toBe(true);
    expect(isOverdue('open', null, '2026-01-10', '2026-01-10')).toBe(false);
    expect(isOverdue('open', new Date(), '2026-01-09', '2026-01-10')).toBe(false);
    expect(isOverdue('closed', new Date(), '2026-01-09', '2026-01-10')).toBe(false);
  });
  it('maps decisions to statuses and back', () => {
    expect(statusAfter('close')).toBe('closed');
    expect(statusAfter('open_case')).toBe('case_opened');
    expect(statusAfter('report')).toBe('open');
    expect(decisionOf('open', null)).toBeNull();
    expect(decisionOf('open', new Date())).toBe('report');
    expect(decisionOf('reported', new Date())).toBe('report');
    expect(decisionOf('closed', new Date())).toBe('close');
    expect(decisionOf('case_opened', new Date())).toBe('open_case');
  });
  it('refuses a conversation with the guardians when they are deliberately not contacted', () => {
    expect(stepAllowed('conversation_guardians', true)).toBe(false);
    expect(stepAllowed('conversation_guardians', false)).toBe(true);
    expect(stepAllowed('conversation_child', true)).toBe(true);
    expect(stepAllowed('discussion_leader', true)).toBe(true);
  });
  it('adds calendar days across months and years', () => {
    expect(addDays('2026-11-23', 14)).toBe('2026-12-07');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
  });
});
