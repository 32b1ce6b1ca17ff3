import type { ServiceDetail, ServiceInput, ServiceNeed, ServiceText, ServiceType } from '../../../contracts/catalogue.js';
import type { ContentLanguage } from '../../../contracts/content.js';
import { isPhoneNumber, MAX_SERVICE_AGE, type Referrer, type ServiceCost, type TargetGroup } from '../../../contracts/catalogue-fields.js';

/** The texts of one language as the form holds them: always strings, empty when not written. */
export type TextValues = { [K in keyof ServiceText]-?: string };
export const textFields = ['name', 'summary', 'whoWeAre', 'whatWeOffer', 'targetGroup', 'howToGetHelp', 'openingHours', 'costText'] as const satisfies readonly (keyof TextValues)[];
export type TextField = (typeof textFields)[number];
/** What the contract requires of every language that is written at all. */
export const requiredTextFields: readonly TextField[] = ['name', 'summary', 'whatWeOffer', 'howToGetHelp'];
/** The contract's maximum lengths (serviceText). */
export const textMax: Record<TextField, number> = {
  name: 120, summary: 300, whoWeAre: 5000, whatWeOffer: 5000, targetGroup: 2000, howToGetHelp: 3000, openingHours: 500, costText: 500,
};
export const languages = ['nb', 'nn', 'en'] as const satisfies readonly ContentLanguage[];
export const translations = ['nn', 'en'] as const;
export const MAX_LINKS = 10;
export const MAX_PHONES = 10;
export const MAX_CONTACT_PERSONS = 20;
export const MAX_AGE = MAX_SERVICE_AGE;

export interface ServiceFormValues {
  slug: string;
  /** '' = no unit (coordinators only) */
  unitId: string;
  serviceType: ServiceType | '';
  /** both empty: no age range (a target group says whom the service is for) */
  ageFrom: string;
  ageTo: string;
  targetGroups: TargetGroup[];
  needs: ServiceNeed[];
  /** «self» among them is self-referral */
  referrers: Referrer[];
  /** '' = not stated */
  cost: ServiceCost | '';
  dropIn: boolean;
  content: Record<ContentLanguage, TextValues>;
  phones: { number: string; label: string }[];
  contactPersons: { name: string; role: string; phone: string; email: string }[];
  interMunicipal: boolean;
  interMunicipalName: string;
  hostMunicipalityNumber: string;
  hostMunicipalityName: string;
  email: string;
  address: string;
  links: { label: string; url: string }[];
}

export const emptyText = (): TextValues => ({
  name: '', summary: '', whoWeAre: '', whatWeOffer: '', targetGroup: '', howToGetHelp: '', openingHours: '', costText: '',
});

export function emptyForm(unitId = ''): ServiceFormValues {
  return {
    slug: '', unitId, serviceType: '', ageFrom: '0', ageTo: '23', targetGroups: [], needs: [], referrers: ['self'], cost: '', dropIn: false,
    content: { nb: emptyText(), nn: emptyText(), en: emptyText() },
    phones: [], contactPersons: [], interMunicipal: false, interMunicipalName: '', hostMunicipalityNumber: '', hostMunicipalityName: '',
    email: '', address: '', links: [],
  };
}

const textOf = (text: ServiceText | null): TextValues => ({ ...emptyText(), ...(text ?? {}) });

export function toForm(s: ServiceDetail): ServiceFormValues {
  return {
    slug: s.slug,
    unitId: s.unit?.id ?? '',
    serviceType: s.serviceType,
    ageFrom: s.ageFrom === null ? '' : String(s.ageFrom),
    ageTo: s.ageTo === null ? '' : String(s.ageTo),
    targetGroups: [...s.targetGroups],
    needs: [...s.needs],
    referrers: [...s.referrers],
    cost: s.cost ?? '',
    dropIn: s.dropIn,
    content: { nb: textOf(s.content.nb), nn: textOf(s.content.nn), en: textOf(s.content.en) },
    phones: s.phones.map((p) => ({ ...p })),
    contactPersons: s.contactPersons.map((c) => ({ name: c.name, role: c.role, phone: c.phone ?? '', email: c.email ?? '' })),
    interMunicipal: s.interMunicipal !== null,
    interMunicipalName: s.interMunicipal?.name ?? '',
    hostMunicipalityNumber: s.interMunicipal?.hostMunicipalityNumber ?? '',
    hostMunicipalityName: s.interMunicipal?.hostMunicipalityName ?? '',
    email: s.email ?? '',
    address: s.address ?? '',
    links: s.links.map((l) => ({ ...l })),
  };
}

/** A translation with nothing written in it is no translation: readers get bokmål. */
export const isBlank = (text: TextValues) => textFields.every((f) => text[f].trim() === '');

const trimmed = (text: TextValues): ServiceText => {
  const out = {} as TextValues;
  for (const f of textFields) out[f] = text[f].trim();
  return out;
};
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

const ageOrNull = (v: string) => (v.trim() === '' ? null : Number(v));

/** The body the API takes (serviceInput). Validation has run: type and ages are set. */
export function toInput(v: ServiceFormValues): ServiceInput {
  return {
    slug: v.slug.trim(),
    unitId: v.unitId || null,
    serviceType: v.serviceType as ServiceType,
    ageFrom: ageOrNull(v.ageFrom),
    ageTo: ageOrNull(v.ageTo),
    targetGroups: v.targetGroups,
    needs: v.needs,
    referrers: v.referrers,
    cost: v.cost || null,
    dropIn: v.dropIn,
    content: {
      nb: trimmed(v.content.nb),
      nn: isBlank(v.content.nn) ? null : trimmed(v.content.nn),
      en: isBlank(v.content.en) ? null : trimmed(v.content.en),
    },
    phones: v.phones.filter((p) => p.number.trim() || p.label.trim()).map((p) => ({ number: p.number.trim(), label: p.label.trim() })),
    contactPersons: v.contactPersons
      .filter((c) => c.name.trim() || c.role.trim() || c.phone.trim() || c.email.trim())
      .map((c) => ({ name: c.name.trim(), role: c.role.trim(), phone: orNull(c.phone), email: orNull(c.email) })),
    interMunicipal: v.interMunicipal
      ? { name: v.interMunicipalName.trim(), hostMunicipalityNumber: v.hostMunicipalityNumber.trim(), hostMunicipalityName: v.hostMunicipalityName.trim() }
      : null,
    email: orNull(v.email),
    address: orNull(v.address),
    links: v.links.filter((l) => l.label.trim() || l.url.trim()).map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
  };
}

/** A slug suggested from the name: «Helsestasjon for ungdom (HFU)» → «helsestasjon-for-ungdom-hfu». */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isPhone = isPhoneNumber;
export const isAge = (v: string) => /^\d{1,2}$/.test(v.trim()) && Number(v) <= MAX_AGE;
export const isWebUrl = (v: string) => {
  try {
    const url = new URL(v.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};
