import { z } from 'zod';
import { page, uuid, version } from './common.js';
import { contentStatus, link, slug, translated } from './content.js';
import {
  contactPerson, interMunicipal, MAX_SERVICE_AGE, referrer, referrers, serviceAge, serviceCost, servicePhone, targetGroup, targetGroups,
} from './catalogue-fields.js';

/**
 * The service catalogue (tjenestekatalog): who we are, what we offer, target group, how to get
 * help, contact. Public pages show published services; staff see the same inside Samla; municipal
 * coordinators edit all, unit leaders the services of their own units.
 */
export const serviceTypes = [
  'health', 'school', 'kindergarten', 'ppt', 'child_welfare', 'mental_health', 'family', 'leisure', 'nav', 'other',
] as const;
export const serviceType = z.enum(serviceTypes);
export type ServiceType = z.infer<typeof serviceType>;

/** Needs a resident can filter by; labels live in the web's and the public site's messages. */
export const serviceNeeds = [
  'someone_to_talk_to', 'mental_health', 'family_and_parenting', 'school_and_learning', 'language_and_speech',
  'physical_health', 'development', 'bullying', 'violence_and_abuse', 'substance_use', 'leisure_and_friends',
  'economy_and_housing', 'disability',
] as const;
export const serviceNeed = z.enum(serviceNeeds);
export type ServiceNeed = z.infer<typeof serviceNeed>;

/** Markdown fields; rendered through the server's sanitiser. */
export const serviceText = z.strictObject({
  name: z.string().trim().min(2).max(120),
  /** one or two sentences shown in lists */
  summary: z.string().trim().min(1).max(300),
  whoWeAre: z.string().trim().max(5000).default(''),
  whatWeOffer: z.string().trim().min(1).max(5000),
  targetGroup: z.string().trim().max(2000).default(''),
  howToGetHelp: z.string().trim().min(1).max(3000),
  openingHours: z.string().trim().max(500).default(''),
  /** what it costs, when the service has a fee (plain text, like opening hours) */
  costText: z.string().trim().max(500).default(''),
});
export type ServiceText = z.infer<typeof serviceText>;

/**
 * A service as an editor writes it. Who can refer is a list of codes; `selfReferral` is the same
 * fact as «self» in it (derived, stored once): a body may still send it alone (older scripts) or
 * beside the list, where it must agree. An age range is optional when a target group says whom
 * the service is for (pregnant women, parents); one of them is required.
 */
export const serviceInput = z.strictObject({
  slug,
  /** the unit that provides the service; leaders may only choose their own units */
  unitId: uuid.nullable(),
  serviceType,
  ageFrom: serviceAge.nullable(),
  ageTo: serviceAge.nullable(),
  targetGroups: z.array(targetGroup).max(targetGroups.length).default([]),
  needs: z.array(serviceNeed).max(serviceNeeds.length).default([]),
  referrers: z.array(referrer).max(referrers.length).optional(),
  selfReferral: z.boolean().optional(),
  cost: serviceCost.nullable().default(null),
  dropIn: z.boolean().default(false),
  // strict here: the same texts and links in an answer (serviceDetail) are read as stored
  content: translated(z.strictObject(serviceText.shape)),
  phones: z.array(servicePhone).max(10).default([]),
  contactPersons: z.array(contactPerson).max(20).default([]),
  interMunicipal: interMunicipal.nullable().default(null),
  email: z.email().max(200).nullable().default(null),
  address: z.string().trim().max(300).nullable().default(null),
  links: z.array(z.strictObject(link.shape)).max(10).default([]),
}).superRefine((s, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if ((s.ageFrom === null) !== (s.ageTo === null)) issue([s.ageFrom === null ? 'ageFrom' : 'ageTo'], 'Skriv både nedre og øvre alder, eller ingen av dem');
  else if (s.ageFrom !== null && s.ageTo !== null && s.ageFrom > s.ageTo) issue(['ageTo'], 'Øvre alder kan ikke være lavere enn nedre');
  if (s.ageFrom === null && s.ageTo === null && s.targetGroups.length === 0) issue(['targetGroups'], 'Velg en målgruppe når tjenesten ikke har en aldersgrense');
  if (s.referrers === undefined && s.selfReferral === undefined) issue(['referrers'], 'Velg hvem som kan henvise');
  if (s.referrers !== undefined && s.selfReferral !== undefined && s.selfReferral !== s.referrers.includes('self')) {
    issue(['selfReferral'], 'Selvhenvisning må stemme med «Du selv» i listen over hvem som kan henvise');
  }
  if (s.cost === 'fee') {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const text = s.content[lang];
      if (text && text.costText === '') issue(['content', lang, 'costText'], 'Skriv hva tjenesten koster');
    }
  }
}).transform(({ selfReferral, referrers: list, ...s }) => {
  // One list, «self» in it exactly when the service takes self-referrals; each code once.
  const chosen = new Set(list ?? (selfReferral ? ['self' as const] : []));
  return { ...s, referrers: [...chosen], selfReferral: chosen.has('self') };
});
export type ServiceInput = z.input<typeof serviceInput>;

/** PUT /api/content/services/:id: the whole service again, with the version the editor saw. */
export const serviceUpdate = z.strictObject({ service: serviceInput, version });

/** The fields every reading of a service shares beside its texts. */
const serviceFacts = {
  ageFrom: z.number().int().nullable(),
  ageTo: z.number().int().nullable(),
  targetGroups: z.array(targetGroup),
  needs: z.array(serviceNeed),
  referrers: z.array(referrer),
  selfReferral: z.boolean(),
  cost: serviceCost.nullable(),
  dropIn: z.boolean(),
};
/** Contact and provider fields of the full service. */
const serviceContact = {
  phones: z.array(z.object({ number: z.string(), label: z.string() })),
  contactPersons: z.array(z.object({ name: z.string(), role: z.string(), phone: z.string().nullable(), email: z.string().nullable() })),
  interMunicipal: z.object({ name: z.string(), hostMunicipalityNumber: z.string(), hostMunicipalityName: z.string() }).nullable(),
};

/** The service as editors see it: texts as written (markdown). */
export const serviceDetail = z.object({
  id: uuid,
  slug: z.string(),
  /** name: the unit's path from its top unit, «Enhet › Avdeling» */
  unit: z.object({ id: uuid, name: z.string() }).nullable(),
  serviceType,
  status: contentStatus,
  ...serviceFacts,
  content: z.object({ nb: serviceText, nn: serviceText.nullable(), en: serviceText.nullable() }),
  ...serviceContact,
  email: z.string().nullable(),
  address: z.string().nullable(),
  links: z.array(link),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  /** may this user edit it */
  editable: z.boolean(),
});
export type ServiceDetail = z.infer<typeof serviceDetail>;

/** Rendered for reading (staff catalogue, public pages): markdown fields as sanitised HTML, in one language. */
export const serviceView = z.object({
  id: uuid,
  slug: z.string(),
  /** the provider unit's path from its top unit, «Enhet › Avdeling» */
  unitName: z.string().nullable(),
  serviceType,
  ...serviceFacts,
  /** the language shown: the one asked for, or bokmål where it is not translated */
  language: z.enum(['nb', 'nn', 'en']),
  name: z.string(),
  summary: z.string(),
  whoWeAreHtml: z.string(),
  whatWeOfferHtml: z.string(),
  targetGroupHtml: z.string(),
  howToGetHelpHtml: z.string(),
  openingHours: z.string(),
  /** plain text, in `language` */
  costText: z.string(),
  ...serviceContact,
  email: z.string().nullable(),
  address: z.string().nullable(),
  links: z.array(link),
  publishedAt: z.iso.datetime().nullable(),
});
export type ServiceView = z.infer<typeof serviceView>;

export const serviceListItem = z.object({
  id: uuid,
  slug: z.string(),
  /** the language name and summary are in: the one asked for, or bokmål where it is not translated */
  language: z.enum(['nb', 'nn', 'en']),
  name: z.string(),
  summary: z.string(),
  unitName: z.string().nullable(),
  interMunicipalName: z.string().nullable(),
  serviceType,
  ...serviceFacts,
  status: contentStatus,
});
export type ServiceListItem = z.infer<typeof serviceListItem>;

/**
 * The child's age in a query string: digits only, empty is no filter (coercing would read «» and
 * « » as 0 and «0x10» as 16). A number passes too, for callers inside the server.
 */
const queryAge = z.union([z.number(), z.string().trim().regex(/^\d*$/, 'Skriv alderen med siffer')])
  .transform((v) => (v === '' ? undefined : Number(v)))
  .pipe(z.number().int().min(0).max(MAX_SERVICE_AGE).optional());

/** A yes-only filter in a query string: «true» (or «1») filters, anything absent does not. */
const queryFlag = z.enum(['true', '1', 'false', '0']).optional().transform((v) => v === 'true' || v === '1');
const manyOf = <T extends z.ZodType<string>>(item: T, max: number) =>
  z.union([item, z.array(item).max(max)]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/**
 * Search: free text (full-text, every language's text), the child's age, needs (any of), type,
 * who can refer (any of), target groups (any of), free of charge only, drop-in only.
 */
export const catalogueQuery = z.object({
  q: z.string().trim().max(200).optional(),
  age: queryAge.optional(),
  need: z.union([serviceNeed, z.array(serviceNeed).max(serviceNeeds.length)]).optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  type: serviceType.optional(),
  referrer: manyOf(referrer, referrers.length),
  targetGroup: manyOf(targetGroup, targetGroups.length),
  free: queryFlag,
  dropIn: queryFlag,
  lang: z.enum(['nb', 'nn', 'en']).default('nb'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type CatalogueQuery = z.infer<typeof catalogueQuery>;
/** Ranked results are paged by number (a rank is no stable key); total for «N tjenester». */
export const catalogueResult = z.object({ items: z.array(serviceListItem), total: z.number().int(), page: z.number().int(), pages: z.number().int() });
export type CatalogueResult = z.infer<typeof catalogueResult>;

/** GET /api/content/services: every service the user may see in the editor, drafts too. */
export const contentServiceQuery = z.object({
  status: contentStatus.optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const contentServiceList = page(serviceListItem.extend({ editable: z.boolean(), updatedAt: z.iso.datetime() }));
export type ContentServiceList = z.infer<typeof contentServiceList>;
export const publishRequest = z.strictObject({ version });
