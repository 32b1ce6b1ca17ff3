import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ReportContent } from '../../../contracts/reports.js';
import { missingFields, oneLine, PROTECTED_ADDRESS_LINE, SUSPECTED_ABUSE_REASON, toFiksMessage, UNKNOWN_ADDRESS_LINE, type FiksInput } from './fiks-message.js';
import { prefillContent } from './report-draft.js';

/** The KS schema, loaded here independently of the server's validator (fiks-schema.ts). */
const dir = new URL('./schema/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('offentlig.bekymringsmelding.v2.json', dir), 'utf8'));
const addressSchema = JSON.parse(readFileSync(new URL('adresse.json', dir), 'utf8'));
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
// `../adresse.json` against the schema's $id https://fiks.ks.no/bekymringsmelding.offentlig.v2.json
ajv.addSchema(addressSchema, 'https://fiks.ks.no/adresse.json');
const validate = ajv.compile(schema);

const complete: ReportContent = {
  child: { phone: '', informed: false, notInformedReason: 'Barnet er for lite\ntil å forstå' },
  guardians: [
    { guardianId: null, name: 'Kari Nordmann', phone: '+47 900 00 000', informed: true, notInformedReason: '' },
    { guardianId: null, name: 'Ola Nordmann', phone: '', informed: false, notInformedReason: SUSPECTED_ABUSE_REASON },
  ],
  reporter: { name: 'Lærer Lærersen', role: 'Kontaktlærer', phone: '+47 35 00 00 00', email: 'laerer@skien.kommune.no' },
  unit: { name: 'Lia skole', organisationNumber: '974000000', address: { line1: 'Skoleveien 5', postalCode: '3700', city: 'Skien' } },
  message: 'Barnet har blåmerker.\nFlere ganger.',
  history: 'Observert siden august.',
  otherViews: '',
  interpreterNeed: '',
  otherServices: 'Helsestasjon',
};

const input = (over: Partial<FiksInput> = {}): FiksInput => ({
  municipality: { number: '3807', name: 'Skien', districtNumber: '00', districtName: '' },
  child: { name: 'Åse Lunde', nationalId: '17051512345', address: { protection: 'none', streetAddress: 'Testveien 1', postalCode: '0001', city: 'Testby' } },
  content: complete,
  sentAt: new Date('2026-11-23T10:00:00Z'),
  deliveryChannel: 'Samla',
  ...over,
});

describe('toFiksMessage', () => {
  it('maps a complete report to a message that validates against the KS schema', () => {
    const m = toFiksMessage(input());
    expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
    expect(m.offentligBarn[0]).toEqual({
      fnr: '17051512345', ufoedt: false, personnavn: 'Åse Lunde',
      adresse: { adresselinje1: 'Testveien 1', postnummer: '0001', poststed: 'Testby' },
      orientert: false, orientertGrunn: 'Barnet er for lite til å forstå',
    });
    expect(m.foresatte).toEqual([
      { personnavn: 'Kari Nordmann', telefonnummer: '+47 900 00 000', orientert: true },
      { personnavn: 'Ola Nordmann', orientert: false, orientertGrunn: SUSPECTED_ABUSE_REASON },
    ]);
    expect(m.offentligMelder.virksomhet).toEqual({
      navn: 'Lia skole', orgnr: '974000000', adresse: { adresselinje1: 'Skoleveien 5', postnummer: '3700', poststed: 'Skien' },
    });
    expect(m.melding).toEqual({ melding: 'Barnet har blåmerker.\nFlere ganger.', historie: 'Observert siden august.' });
    expect(m.andreHjelpeinstanser).toBe('Helsestasjon');
    expect(m).not.toHaveProperty('behovForTolk');
    expect(m.sendingstidspunkt).toBe('2026-11-23T10:00:00.000Z');
    expect(m.leveringskanal).toBe('Samla');
  });

  it.each(['fortrolig', 'strengt_fortrolig'] as const)('never exports a %s address, and still validates', (protection) => {
    const m = toFiksMessage(input({ child: { name: 'Åse Lunde', nationalId: '17051512345', address: { protection } } }));
    expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
    expect(m.offentligBarn[0]!.adresse).toEqual({ adresselinje1: PROTECTED_ADDRESS_LINE });
    expect(JSON.stringify(m)).not.toMatch(/fortrolig/i);
  });

  it('says the address is unknown when the registry has none', () => {
    const m = toFiksMessage(input({ child: { name: 'X Y', nationalId: '1', address: { protection: 'none', streetAddress: null, postalCode: null, city: null } } }));
    expect(m.offentligBarn[0]!.adresse).toEqual({ adresselinje1: UNKNOWN_ADDRESS_LINE });
    expect(validate(m)).toBe(true);
  });

  it('joins lines in fields whose schema pattern refuses a line break', () => {
    expect(oneLine(' a \r\n\n b\u2028c ')).toBe('a b c');
    const m = toFiksMessage(input({ content: { ...complete, reporter: { ...complete.reporter, role: 'Lærer\nog kontaktlærer' } } }));
    expect(m.offentligMelder.rolle).toBe('Lærer og kontaktlærer');
    expect(validate(m)).toBe(true);
  });
});

describe('missingFields', () => {
  it('is empty for a complete report', () => {
    expect(missingFields(complete)).toEqual([]);
  });

  it('names what a fresh draft lacks, by field', () => {
    const draft = prefillContent({
      reporter: { name: 'Lærer', email: 'laerer@skien.kommune.no' }, unit: { name: 'Lia skole', organisationNumber: null },
      guardians: [], guardiansNotContacted: false, message: '', history: '', otherServices: '',
    });
    expect(missingFields(draft).map((p) => p.path)).toEqual([
      'content.reporter.role', 'content.reporter.phone', 'content.unit.address.line1', 'content.child.informed', 'content.guardians',
      'content.message', 'content.history',
    ]);
  });

  it('checks phone and e-mail against the schema’s patterns, and wants a reason when someone was not informed', () => {
    const bad: ReportContent = {
      ...complete,
      reporter: { ...complete.reporter, phone: '35 00-00 x', email: 'laerer+bte@skien' },
      guardians: [{ ...complete.guardians[0]!, informed: false, notInformedReason: ' ' }],
    };
    expect(missingFields(bad)).toEqual([
      expect.objectContaining({ path: 'content.reporter.phone', code: 'invalid_phone' }),
      expect.objectContaining({ path: 'content.reporter.email', code: 'invalid_email' }),
      expect.objectContaining({ path: 'content.guardians.0.notInformedReason', code: 'required' }),
    ]);
  });
});

describe('prefillContent', () => {
  const base = {
    reporter: { name: 'Lærer', email: 'l@x.no' }, unit: { name: 'Lia', organisationNumber: '974000000' }, message: 'm', history: 'h', otherServices: '',
    guardians: [
      { id: '00000000-0000-4000-8000-000000000001', name: 'Mor', phone: '900', parental_responsibility: true },
      { id: '00000000-0000-4000-8000-000000000002', name: 'Kontakt', phone: null, parental_responsibility: false },
      { id: '00000000-0000-4000-8000-000000000003', name: 'Far', phone: null, parental_responsibility: true },
      { id: '00000000-0000-4000-8000-000000000004', name: 'Tredje', phone: null, parental_responsibility: true },
    ],
  };
  it('takes at most two guardians, only those with parental responsibility', () => {
    expect(prefillContent({ ...base, guardiansNotContacted: false }).guardians.map((g) => g.name)).toEqual(['Mor', 'Far']);
  });
  it('prefills «not informed» with the reason when guardians were deliberately not contacted', () => {
    const c = prefillContent({ ...base, guardiansNotContacted: true });
    expect(c.guardians.every((g) => g.informed === false && g.notInformedReason === SUSPECTED_ABUSE_REASON)).toBe(true);
    expect(prefillContent({ ...base, guardiansNotContacted: false }).guardians[0]!.informed).toBeNull();
  });
});
