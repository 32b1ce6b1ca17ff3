import { describe, expect, it } from 'vitest';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import type { MunicipalRole, UnitRole } from '../../platform/db/schema.js';
import { editableUnitIds, mayChooseUnit, mayEditService, mayEditServices, statusAfter } from './catalogue.policy.js';

const staff = (roles: MunicipalRole[], units: [string, UnitRole[]][] = []): StaffActor => ({
  kind: 'staff', userId: 'me', tenantId: 't', name: 'x', municipalRoles: new Set(roles),
  unitRoles: new Map(units.map(([u, r]) => [u, new Set(r)])), requestId: 'r',
});
const resident: Actor = { kind: 'resident', pidHash: 'h', tenantId: 't', requestId: 'r' };

describe('catalogue editing rights', () => {
  // 'own' and 'other' are active units; 'closed' is archived.
  const active = new Set(['own', 'other']);
  const rows: [string, Actor, boolean, string[] | null, Record<'own' | 'other' | 'none', boolean>][] = [
    ['coordinator', staff(['municipal_coordinator']), true, null, { own: true, other: true, none: true }],
    ['coordinator who also leads a unit', staff(['municipal_coordinator'], [['own', ['leader']]]), true, null, { own: true, other: true, none: true }],
    ['leader of own', staff([], [['own', ['leader']]]), true, ['own'], { own: true, other: false, none: false }],
    ['leader of own, employee elsewhere', staff([], [['own', ['leader']], ['other', ['employee']]]), true, ['own'], { own: true, other: false, none: false }],
    ['leader of own and of an archived unit', staff([], [['own', ['leader']], ['closed', ['leader']]]), true, ['own'], { own: true, other: false, none: false }],
    // Roles alone let them in; the units read from the database leave them nothing to edit.
    ['leader of an archived unit only', staff([], [['closed', ['leader']]]), true, [], { own: false, other: false, none: false }],
    ['employee of own', staff([], [['own', ['employee', 'resource_person']]]), false, [], { own: false, other: false, none: false }],
    ['analyst', staff(['analyst']), false, [], { own: false, other: false, none: false }],
    ['system administrator', staff(['system_admin']), false, [], { own: false, other: false, none: false }],
    ['resident', resident, false, [], { own: false, other: false, none: false }],
  ];

  it.each(rows)('%s: editor by roles %s, units %j, edits %j', (_who, actor, editor, units, edits) => {
    expect(mayEditServices(actor)).toBe(editor);
    const editable = editableUnitIds(actor, active);
    expect(editable).toEqual(units);
    expect(mayEditService(editable, 'own')).toBe(edits.own);
    expect(mayEditService(editable, 'other')).toBe(edits.other);
    expect(mayEditService(editable, null)).toBe(edits.none);
    expect(mayEditService(editable, 'closed')).toBe(editable === null);
    expect(mayChooseUnit(editable, 'other')).toBe(edits.other);
    expect(mayChooseUnit(editable, null)).toBe(edits.none);
  });
});

describe('service status changes', () => {
  it.each([
    ['draft', 'publish', 'published'],
    ['archived', 'publish', 'published'],
    ['published', 'publish', null],
    ['published', 'unpublish', 'draft'],
    ['draft', 'unpublish', null],
    ['archived', 'unpublish', null],
    ['draft', 'archive', 'archived'],
    ['published', 'archive', 'archived'],
    ['archived', 'archive', null],
  ] as const)('%s + %s → %s', (from, change, to) => {
    expect(statusAfter(from, change)).toBe(to);
  });
});
