import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseEntry } from '../../../contracts/cases.js';
import { en } from '../../i18n/en.js';
import { nb } from '../../i18n/nb.js';
import { isRemovable, kindsFor, mayReopen, decidesOnCase, writesAsStaff } from './case-roles.js';
import { osloDay } from '../../components/dates.js';
import { hidesBody, systemEntryText } from './entry-text.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const HOLDER = uuid(1);

function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: uuid(100), child: { id: uuid(200), givenName: 'Ella', familyName: 'Aas', birthDate: '2019-03-13' },
    owningUnit: { id: uuid(300), name: 'Lia skole', type: 'primary_school' }, level: 1, status: 'open',
    holder: { id: HOLDER, name: 'Kari Lund' }, openedAt: '2026-11-23T10:00:00.000Z', nextEvaluationDue: null, consentExpiresOn: null,
    version: 1, closedAt: null, closeReason: null, concernId: null, residentsRestricted: false, myAccess: { reason: 'holder_unit', write: 'staff' },
    access: [], holders: [{ user: { id: HOLDER, name: 'Kari Lund' }, unitName: 'Lia skole', fromAt: '2026-11-23T10:00:00.000Z' }],
    consentWarning: null, otherServiceInvolved: false, levelWithoutOtherService: 'warn', holderFunction: null, ...overrides,
  };
}

function entry(kind: CaseEntry['kind'], payload: Record<string, unknown>, authorName: string | null = 'Per Håkonsen'): CaseEntry {
  return {
    id: uuid(400), kind, occurredOn: '2026-11-23', body: '', attendees: null, payload, correctsEntryId: null,
    author: { kind: 'staff', name: authorName }, createdAt: '2026-11-23T10:00:00.000Z', corrections: [],
  };
}

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'nb', resources: { nb: { translation: nb }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

describe('systemEntryText', () => {
  it('tells a level change, an opening, a closing and a reopening from their payloads', () => {
    expect(systemEntryText(entry('level_change', { from: 1, to: 2 }), t.t)).toBe('Nivået ble endret fra 1 til 2.');
    expect(systemEntryText(entry('opened', { level: 1, concernId: null }), t.t)).toBe('Saken ble opprettet på nivå 1.');
    expect(systemEntryText(entry('closed', { reason: 'goals_reached' }), t.t)).toBe('Saken ble avsluttet. Årsak: Målene er nådd.');
    expect(systemEntryText(entry('reopened', {}), t.t)).toBe('Saken ble gjenåpnet.');
  });

  it('names levels as the municipality does, and a change of its model by the names the levels had then', () => {
    const name = (l: number) => `Nivå ${'ABCDEF'[l]}`;
    expect(systemEntryText(entry('level_change', { from: 1, to: 2 }), t.t, new Map(), { levelName: name })).toBe('Nivået ble endret fra Nivå B til Nivå C.');
    expect(systemEntryText(entry('opened', { level: 1, concernId: null }), t.t, new Map(), { levelName: name })).toBe('Saken ble opprettet (Nivå B).');
    const model = { from: 3, to: 2, reason: 'level_model', fromName: { nb: 'Nivå 3: Omfattende samarbeid', nn: null, en: 'Level 3' }, toName: { nb: 'Nivå C', nn: null, en: 'Level C' } };
    expect(systemEntryText(entry('level_change', model), t.t, new Map(), { levelName: name, lang: 'nb' })).toBe('Kommunen endret nivåene sine: saken gikk fra Nivå 3: Omfattende samarbeid til Nivå C.');
    expect(systemEntryText(entry('level_change', model), t.t, new Map(), { levelName: name, lang: 'nn' })).toContain('Nivå 3: Omfattende samarbeid til Nivå C');
  });

  it('names both holders of a handover from the case, the receiver being the author who accepted', () => {
    const names = new Map([[HOLDER, 'Kari Lund']]);
    const handover = entry('handover', { fromUserId: HOLDER, toUserId: uuid(2) });
    expect(systemEntryText(handover, t.t, names)).toBe('Stafettholderrollen gikk fra Kari Lund til Per Håkonsen.');
    expect(systemEntryText(handover, t.t)).toBe('Stafettholderrollen gikk til Per Håkonsen.');
  });

  it('translates consent events and a sent report, whose fixed server text is not repeated', () => {
    expect(systemEntryText(entry('consent_event', { event: 'withdrawn' }), t.t)).toBe('Samtykke ble trukket tilbake.');
    expect(systemEntryText(entry('report_sent', { reportId: uuid(5) }), t.t)).toBe('Bekymringsmelding ble sendt til barnevernet.');
    expect(hidesBody(entry('report_sent', {}))).toBe(true);
    expect(hidesBody(entry('level_change', {}))).toBe(false);
  });

  it('gives nothing for a payload it does not understand, and for entries people wrote', () => {
    expect(systemEntryText(entry('level_change', { from: 1, to: 7 }), t.t)).toBeNull();
    expect(systemEntryText(entry('closed', { reason: '<b>x</b>' }), t.t)).toBeNull();
    expect(systemEntryText(entry('consent_event', {}), t.t)).toBeNull();
    expect(systemEntryText(entry('observation', { level: 2 }), t.t)).toBeNull();
  });

  it('puts the dates of a consent and the next evaluation, stored as data, in the reader’s date format (issue 9)', async () => {
    const nbDate = (iso: string) => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    const given = entry('consent_event', { event: 'given', validFrom: '2026-12-04', validTo: '2027-12-31' });
    const text = systemEntryText(given, t.t, new Map(), { date: nbDate });
    expect(text).toBe(`Samtykke ble gitt for ${nbDate('2026-12-04')}–${nbDate('2027-12-31')}.`);
    expect(text).not.toContain('2026-12-04');
    expect(systemEntryText(entry('evaluation', { nextEvaluationDue: '2027-01-15' }), t.t, new Map(), { date: nbDate })).toBe(`Neste evaluering ${nbDate('2027-01-15')}.`);
    await t.changeLanguage('en');
    const enDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    expect(systemEntryText(given, t.t, new Map(), { date: enDate })).toBe('Consent was given for 4 December 2026–31 December 2027.');
    await t.changeLanguage('nb');
    // An older entry without the period in its payload still says what happened; its text shows as written.
    expect(systemEntryText(entry('consent_event', { event: 'given' }), t.t)).toBe('Samtykke ble gitt.');
  });

  it('speaks the reader’s language', async () => {
    await t.changeLanguage('en');
    expect(systemEntryText(entry('level_change', { from: 2, to: 3 }), t.t)).toBe('The level was changed from 2 to 3.');
    await t.changeLanguage('nb');
  });
});

describe('who may do what on the page', () => {
  it('offers staff every writable kind, a guardian only their view, a young person only their voice, a reader nothing', () => {
    expect(kindsFor('staff')).toContain('meeting');
    expect(kindsFor('staff')).not.toContain('level_change');
    expect(kindsFor('guardians_view')).toEqual(['guardians_view']);
    expect(kindsFor('child_voice')).toEqual(['child_voice']);
    expect(kindsFor(null)).toEqual([]);
  });

  it('lets added members be removed (blocked ones too), never the holder, oversight or residents', () => {
    const c = caseDetail();
    const staff = (id: number, reason: CaseDetail['access'][number]['reason'], blocked = false) =>
      ({ kind: 'staff' as const, id: uuid(id), name: 'X', staffFunction: null, reason, blocked, units: [] });
    expect(isRemovable(staff(10, 'member_unit'), c)).toBe(true);
    expect(isRemovable(staff(11, 'member_consent'), c)).toBe(true);
    expect(isRemovable(staff(12, null, true), c)).toBe(true);
    expect(isRemovable(staff(13, 'unit_leader'), c)).toBe(false);
    expect(isRemovable({ ...staff(1, 'holder_unit'), id: HOLDER }, c)).toBe(false);
    expect(isRemovable({ kind: 'guardian', id: uuid(14), name: 'G', staffFunction: null, reason: 'guardian', blocked: false, units: [] }, c)).toBe(false);
  });

  it('offers level, closing and reopening to the relay holder and the owning unit, not to members through consent', () => {
    const open = (reason: CaseDetail['myAccess']['reason']) => caseDetail({ myAccess: { reason, write: 'staff' } });
    expect(decidesOnCase(open('holder_unit'))).toBe(true);
    expect(decidesOnCase(open('holder_consent'))).toBe(true);
    expect(decidesOnCase(open('member_unit'))).toBe(true);
    expect(decidesOnCase(open('unit_leader'))).toBe(true);
    expect(decidesOnCase(open('member_consent'))).toBe(false);
    expect(mayReopen(caseDetail({ status: 'closed', myAccess: { reason: 'member_consent', write: null } }))).toBe(false);
  });

  it('offers reopening of a closed case to staff who could write in it, not to resource persons or residents', () => {
    const closed = (reason: CaseDetail['myAccess']['reason']) =>
      caseDetail({ status: 'closed', myAccess: { reason, write: null } });
    expect(mayReopen(closed('holder_unit'))).toBe(true);
    expect(mayReopen(closed('unit_leader'))).toBe(true);
    expect(mayReopen(closed('unit_resource_person'))).toBe(false);
    expect(mayReopen(closed('guardian'))).toBe(false);
    expect(mayReopen(caseDetail())).toBe(false);
    expect(writesAsStaff(closed('holder_unit'))).toBe(false);
  });
});

describe('osloDay', () => {
  it('gives the calendar day in Norway, not in UTC', () => {
    expect(osloDay('2026-11-23T23:30:00.000Z')).toBe('2026-11-24');
    expect(osloDay('2026-07-01T21:59:00.000Z')).toBe('2026-07-01');
    expect(osloDay('2026-07-01T22:00:00.000Z')).toBe('2026-07-02');
  });
});
