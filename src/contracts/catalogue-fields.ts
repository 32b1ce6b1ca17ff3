import { z } from 'zod';

/**
 * The catalogue's structured fields beyond texts (issue 9, item 5): who can refer, for whom
 * besides an age range, cost, phone numbers, contact persons and an inter-municipal provider.
 * Codes are stored; the labels in nb, nn and en below are shared by the public pages and the web
 * app (which spreads them into its typed messages), so the two never name a code differently.
 */

/**
 * Who can refer to (or get in touch with) the service. «self» is self-referral: the person the
 * service is for, or their family, can get in touch without anyone referring them. It is the same
 * fact as the service's `selfReferral`, which is kept for readers and derived from this list.
 */
export const referrers = [
  'self', 'guardians', 'kindergarten', 'school', 'health_centre', 'school_nurse', 'doctor', 'ppt', 'child_welfare', 'nav',
  'specialist_health', 'other_services',
] as const;
export const referrer = z.enum(referrers);
export type Referrer = z.infer<typeof referrer>;

/** Whom a service is for when an age range does not say it (or says only part of it). */
export const targetGroups = ['pregnant', 'parents', 'families', 'young_adults', 'professionals'] as const;
export const targetGroup = z.enum(targetGroups);
export type TargetGroup = z.infer<typeof targetGroup>;

/** null: not stated. A fee is explained in each language's costText. */
export const serviceCosts = ['free', 'fee'] as const;
export const serviceCost = z.enum(serviceCosts);
export type ServiceCost = z.infer<typeof serviceCost>;

/** Ages a service may cover: children and young people, and aftercare (ettervern) up to 25. */
export const MAX_SERVICE_AGE = 25;
export const serviceAge = z.number().int().min(0).max(MAX_SERVICE_AGE);

/**
 * A phone number as a resident would dial it: a Norwegian number (8 digits, or a short code
 * 110–113 / 116 xxx, optionally after +47 or 0047) or an international one (+ or 00, a country
 * code not starting with 0, 7–15 digits in all). Spaces and dashes between digits are kept as written.
 */
export function isPhoneNumber(value: string): boolean {
  const v = value.trim();
  if (!/^\+?\d+(?:[ -]\d+)*$/.test(v)) return false;
  const digits = v.replace(/[ -]/g, '');
  const national = (n: string) => (/^[1-9]\d{7}$/.test(n) || /^(?:11[0-3]|116\d{3})$/.test(n));
  const norway = /^(?:\+47|0047)(\d+)$/.exec(digits);
  if (norway) return national(norway[1]!);
  if (/^(?:\+|00)/.test(digits)) return /^(?:\+|00)[1-9]\d{6,14}$/.test(digits);
  return national(digits);
}
export const phoneNumber = z.string().trim().max(24).refine(isPhoneNumber, { message: 'Skriv et norsk telefonnummer med 8 siffer, eller et utenlandsk nummer som begynner med +' });

/** A label such as «Sentralbord» or «Akutt»: written once, in the municipality's language. */
export const servicePhone = z.strictObject({
  number: phoneNumber,
  label: z.string().trim().max(80).default(''),
});
export type ServicePhone = z.infer<typeof servicePhone>;

export const contactPerson = z.strictObject({
  name: z.string().trim().min(2).max(120),
  /** «Helsesykepleier», «Leder»: written once, in the municipality's language */
  role: z.string().trim().max(120).default(''),
  phone: phoneNumber.nullable().default(null),
  email: z.email().max(200).nullable().default(null),
});
export type ContactPerson = z.infer<typeof contactPerson>;

/** A Norwegian municipality number: four digits, the first two a county (fylke) as numbered since 2024. */
const COUNTIES = ['03', '11', '15', '18', '21', '22', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56'];
export const isMunicipalityNumber = (v: string) => /^\d{4}$/.test(v) && COUNTIES.includes(v.slice(0, 2)) && !v.endsWith('00');
export const hostMunicipalityNumber = z.string().trim().refine(isMunicipalityNumber, { message: 'Skriv et kommunenummer med fire siffer (for eksempel 4601)' });

/** A service run together by several municipalities (interkommunalt samarbeid), hosted by one of them. */
export const interMunicipal = z.strictObject({
  /** the cooperation's own name, «Interkommunal PP-tjeneste for Midtfjorden» */
  name: z.string().trim().min(2).max(200),
  hostMunicipalityNumber,
  hostMunicipalityName: z.string().trim().min(2).max(100),
});
export type InterMunicipal = z.infer<typeof interMunicipal>;

type Labels = {
  referrers: Record<Referrer, string>;
  targetGroups: Record<TargetGroup, string>;
  costs: Record<ServiceCost, string>;
};

export const serviceFieldLabels: Record<'nb' | 'nn' | 'en', Labels> = {
  nb: {
    referrers: {
      self: 'Du selv (selvhenvisning)', guardians: 'Foreldre eller foresatte', kindergarten: 'Barnehagen', school: 'Skolen',
      health_centre: 'Helsestasjonen', school_nurse: 'Helsesykepleier', doctor: 'Fastlegen eller annen lege', ppt: 'PP-tjenesten',
      child_welfare: 'Barnevernet', nav: 'NAV', specialist_health: 'Spesialisthelsetjenesten (BUP, sykehus)', other_services: 'Andre tjenester',
    },
    targetGroups: {
      pregnant: 'Gravide', parents: 'Foreldre og foresatte', families: 'Familier', young_adults: 'Unge voksne (ettervern)',
      professionals: 'Ansatte i tjenestene',
    },
    costs: { free: 'Gratis', fee: 'Koster penger' },
  },
  nn: {
    referrers: {
      self: 'Du sjølv (sjølvtilvising)', guardians: 'Foreldre eller føresette', kindergarten: 'Barnehagen', school: 'Skulen',
      health_centre: 'Helsestasjonen', school_nurse: 'Helsesjukepleiar', doctor: 'Fastlegen eller annan lege', ppt: 'PP-tenesta',
      child_welfare: 'Barnevernet', nav: 'NAV', specialist_health: 'Spesialisthelsetenesta (BUP, sjukehus)', other_services: 'Andre tenester',
    },
    targetGroups: {
      pregnant: 'Gravide', parents: 'Foreldre og føresette', families: 'Familiar', young_adults: 'Unge vaksne (ettervern)',
      professionals: 'Tilsette i tenestene',
    },
    costs: { free: 'Gratis', fee: 'Kostar pengar' },
  },
  en: {
    referrers: {
      self: 'You yourself (self-referral)', guardians: 'Parents or guardians', kindergarten: 'The kindergarten', school: 'The school',
      health_centre: 'The child health centre', school_nurse: 'The school nurse', doctor: 'Your GP or another doctor',
      ppt: 'Educational psychology service (PPT)', child_welfare: 'Child welfare', nav: 'NAV (welfare)',
      specialist_health: 'Specialist health services (child psychiatry, hospital)', other_services: 'Other services',
    },
    targetGroups: {
      pregnant: 'Pregnant women', parents: 'Parents and guardians', families: 'Families', young_adults: 'Young adults (aftercare)',
      professionals: 'Staff in the services',
    },
    costs: { free: 'Free', fee: 'There is a fee' },
  },
};
