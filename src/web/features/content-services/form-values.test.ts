import { describe, expect, it } from 'vitest';
import { serviceInput } from '../../../contracts/catalogue.js';
import { emptyForm, emptyText, isWebUrl, slugify, toForm, toInput } from './form-values.js';

const filled = () => ({
  ...emptyForm(),
  slug: 'helsestasjon-for-ungdom',
  serviceType: 'health' as const,
  ageFrom: '13',
  ageTo: '20',
  needs: ['someone_to_talk_to' as const],
  content: {
    nb: { ...emptyText(), name: ' Helsestasjon for ungdom ', summary: 'Gratis og uten timebestilling.', whatWeOffer: 'Samtaler.', howToGetHelp: 'Kom innom.' },
    nn: emptyText(),
    en: { ...emptyText(), name: '   ' },
  },
  phones: [{ number: ' ', label: '' }, { number: '22 33 44 55', label: 'Sentralbord' }],
  contactPersons: [{ name: '', role: '', phone: '', email: '' }, { name: 'Kari', role: 'Helsesykepleier', phone: '', email: '' }],
  links: [{ label: '', url: '' }, { label: 'Kommunen', url: 'https://example.no' }],
});

describe('toInput', () => {
  it('gives a body the contract accepts: trimmed, blank translations and contact fields as null, empty link rows dropped', () => {
    const input = toInput(filled());
    expect(input.content.nb.name).toBe('Helsestasjon for ungdom');
    expect(input.content.nn).toBeNull();
    expect(input.content.en).toBeNull();
    expect(input.phones).toEqual([{ number: '22 33 44 55', label: 'Sentralbord' }]);
    expect(input.contactPersons).toEqual([{ name: 'Kari', role: 'Helsesykepleier', phone: null, email: null }]);
    expect(input.interMunicipal).toBeNull();
    expect(input.referrers).toEqual(['self']);
    expect(input.unitId).toBeNull();
    expect(input.links).toEqual([{ label: 'Kommunen', url: 'https://example.no' }]);
    expect(serviceInput.safeParse(input).success).toBe(true);
  });

  it('keeps a translation once anything is written in it', () => {
    const values = filled();
    values.content.nn = { ...emptyText(), name: 'Helsestasjon for ungdom' };
    expect(toInput(values).content.nn?.name).toBe('Helsestasjon for ungdom');
  });

  it('round-trips through the form', () => {
    const input = toInput(filled());
    const detail = {
      id: '00000000-0000-4000-8000-000000000001', slug: input.slug, unit: null, serviceType: input.serviceType, status: 'draft' as const,
      ageFrom: input.ageFrom, ageTo: input.ageTo, needs: input.needs ?? [], selfReferral: true, referrers: input.referrers ?? [],
      targetGroups: input.targetGroups ?? [], cost: input.cost ?? null, dropIn: input.dropIn ?? false,
      content: { nb: { ...input.content.nb, whoWeAre: '', targetGroup: '', openingHours: '', costText: '' }, nn: null, en: null },
      phones: input.phones?.map((p) => ({ number: p.number, label: p.label ?? '' })) ?? [],
      contactPersons: input.contactPersons?.map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? null, email: c.email ?? null })) ?? [],
      interMunicipal: null, email: null, address: null, links: input.links ?? [], publishedAt: null, updatedAt: new Date().toISOString(), version: 1, editable: true,
    };
    expect(toInput(toForm(detail))).toEqual(input);
  });
});

describe('slugify', () => {
  it('makes an address part of a Norwegian name', () => {
    expect(slugify('Helsestasjon for ungdom (HFU)')).toBe('helsestasjon-for-ungdom-hfu');
    expect(slugify('Pedagogisk-psykologisk tjeneste – PPT')).toBe('pedagogisk-psykologisk-tjeneste-ppt');
    expect(slugify('Æ, ø og å: Bø skole')).toBe('ae-o-og-a-bo-skole');
    expect(slugify('  Café ')).toBe('cafe');
    expect(slugify('x'.repeat(100))).toHaveLength(80);
  });
});

describe('isWebUrl', () => {
  it('takes http(s) addresses with a domain only', () => {
    expect(isWebUrl('https://www.skien.kommune.no/helse')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('https://')).toBe(false);
    expect(isWebUrl('www.skien.no')).toBe(false);
  });
});
