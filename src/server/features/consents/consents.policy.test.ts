import { describe, expect, it } from 'vitest';
import { consentStatusOn, isWithdrawable, mayRecordConsent, mayWithdraw, partyProblems } from './consents.policy.js';

const today = '2026-05-10';
const k = (over: Partial<Parameters<typeof consentStatusOn>[0]>) => ({ decision: 'given' as const, validFrom: '2026-01-01', validTo: '2026-12-31', withdrawn: false, ...over });

describe('consent status', () => {
  it.each([
    ['a refusal is refused whatever its dates', k({ decision: 'refused' }), 'refused'],
    ['a withdrawn consent is withdrawn', k({ withdrawn: true }), 'withdrawn'],
    ['ended yesterday: expired', k({ validTo: '2026-05-09' }), 'expired'],
    ['ends today: still given', k({ validTo: today }), 'given'],
    ['starts tomorrow: upcoming', k({ validFrom: '2026-05-11' }), 'upcoming'],
    ['starts today: given', k({ validFrom: today }), 'given'],
  ] as const)('%s', (_, consent, status) => {
    expect(consentStatusOn(consent, today)).toBe(status);
    expect(isWithdrawable(status)).toBe(status === 'given' || status === 'upcoming');
  });
});

describe('who can be a party', () => {
  const child = { responsibleGuardianIds: new Set(['g1', 'g2']), youngPersonMayConsent: false };
  it('accepts guardians with parental responsibility', () => {
    expect(partyProblems({ guardianIds: ['g1', 'g2'], youngPerson: false }, child)).toEqual([]);
  });
  it('refuses anyone else by field and index', () => {
    const p = partyProblems({ guardianIds: ['g1', 'contact'], youngPerson: false }, child);
    expect(p.map((x) => x.path)).toEqual(['guardianIds', 'guardianIds.1']);
  });
  it('refuses the young person below the age, and a consent covering nobody', () => {
    expect(partyProblems({ guardianIds: [], youngPerson: true }, child).map((x) => x.code)).toEqual(['below_consent_age']);
    expect(partyProblems({ guardianIds: [], youngPerson: true }, { ...child, youngPersonMayConsent: true })).toEqual([]);
    expect(partyProblems({ guardianIds: [], youngPerson: false }, child).map((x) => x.code)).toEqual(['no_party']);
  });
});

describe('who may withdraw', () => {
  const consent = { guardianIds: ['g1'], youngPerson: false };
  it.each([
    ['staff who may write', { reason: 'holder_unit', write: 'staff' }, [], true],
    ['a resource person (read only)', { reason: 'unit_resource_person', write: null }, [], false],
    ['a guardian named in it', { reason: 'guardian', write: 'guardians_view' }, ['g1'], true],
    ['a guardian not named in it', { reason: 'guardian', write: 'guardians_view' }, ['g2'], false],
    ['a guardian named in it, case closed', { reason: 'guardian', write: null }, ['g1'], true],
    ['the young person, not a party', { reason: 'young_person', write: 'child_voice' }, [], false],
  ] as const)('%s', (_, access, residentGuardianIds, allowed) => {
    expect(mayWithdraw(access, consent, residentGuardianIds)).toBe(allowed);
  });
  it('lets the young person withdraw their own', () => {
    expect(mayWithdraw({ reason: 'young_person', write: 'child_voice' }, { guardianIds: [], youngPerson: true }, [])).toBe(true);
  });
});

describe('who may record a consent', () => {
  it.each([
    ['holder_unit', true],
    ['member_unit', true],
    ['unit_leader', true],
    // Outside staff hold access through a consent: recording one would let them extend it.
    ['holder_consent', false],
    ['member_consent', false],
    ['unit_resource_person', false],
    ['guardian', false],
    ['young_person', false],
  ] as const)('%s: %s', (reason, allowed) => {
    expect(mayRecordConsent({ reason, write: 'staff' })).toBe(allowed);
  });
});
