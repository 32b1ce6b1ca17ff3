import { z } from 'zod';
import { page, uuid, version } from './common.js';
import { contentStatus, link, slug, translated } from './content.js';

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
export const serviceText = z.object({
  name: z.string().trim().min(2).max(120),
  /** one or two sentences shown in lists */
  summary: z.string().trim().min(1).max(300),
  whoWeAre: z.string().trim().max(5000).default(''),
  whatWeOffer: z.string().trim().min(1).max(5000),
  targetGroup: z.string().trim().max(2000).default(''),
  howToGetHelp: z.string().trim().min(1).max(3000),
  openingHours: z.string().trim().max(500).default(''),
});
export type ServiceText = z.infer<typeof serviceText>;

export const serviceInput = z.strictObject({
  slug,
  /** the unit that provides the service; leaders may only choose their own units */
  unitId: uuid.nullable(),
  serviceType,
  ageFrom: z.number().int().min(0).max(23),
  ageTo: z.number().int().min(0).max(23),
  needs: z.array(serviceNeed).max(serviceNeeds.length).default([]),
  selfReferral: z.boolean(),
  // strict here: the same texts and links in an answer (serviceDetail) are read as stored
  content: translated(z.strictObject(serviceText.shape)),
  phone: z.string().trim().regex(/^\+?[0-9 ]{8,16}$/, 'Skriv et telefonnummer med 8 siffer').nullable().default(null),
  email: z.email().max(200).nullable().default(null),
  address: z.string().trim().max(300).nullable().default(null),
  links: z.array(z.strictObject(link.shape)).max(10).default([]),
}).refine((s) => s.ageFrom <= s.ageTo, { path: ['ageTo'], message: 'Øvre alder kan ikke være lavere enn nedre' });
export type ServiceInput = z.input<typeof serviceInput>;

/** PUT /api/content/services/:id: the whole service again, with the version the editor saw. */
export const serviceUpdate = z.strictObject({ service: serviceInput, version });

/** The service as editors see it: texts as written (markdown). */
export const serviceDetail = z.object({
  id: uuid,
  slug: z.string(),
  unit: z.object({ id: uuid, name: z.string() }).nullable(),
  serviceType,
  status: contentStatus,
  ageFrom: z.number().int(),
  ageTo: z.number().int(),
  needs: z.array(serviceNeed),
  selfReferral: z.boolean(),
  content: z.object({ nb: serviceText, nn: serviceText.nullable(), en: serviceText.nullable() }),
  phone: z.string().nullable(),
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
  unitName: z.string().nullable(),
  serviceType,
  ageFrom: z.number().int(),
  ageTo: z.number().int(),
  needs: z.array(serviceNeed),
  selfReferral: z.boolean(),
  /** the language shown: the one asked for, or bokmål where it is not translated */
  language: z.enum(['nb', 'nn', 'en']),
  name: z.string(),
  summary: z.string(),
  whoWeAreHtml: z.string(),
  whatWeOfferHtml: z.string(),
  targetGroupHtml: z.string(),
  howToGetHelpHtml: z.string(),
  openingHours: z.string(),
  phone: z.string().nullable(),
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
  serviceType,
  ageFrom: z.number().int(),
  ageTo: z.number().int(),
  needs: z.array(serviceNeed),
  selfReferral: z.boolean(),
  status: contentStatus,
});
export type ServiceListItem = z.infer<typeof serviceListItem>;

/**
 * The child's age in a query string: digits only, empty is no filter (coercing would read «» and
 * « » as 0 and «0x10» as 16). A number passes too, for callers inside the server.
 */
const queryAge = z.union([z.number(), z.string().trim().regex(/^\d*$/, 'Skriv alderen med siffer')])
  .transform((v) => (v === '' ? undefined : Number(v)))
  .pipe(z.number().int().min(0).max(23).optional());

/** Search: free text (norwegian full-text search), the child's age, needs (any of), type. */
export const catalogueQuery = z.object({
  q: z.string().trim().max(200).optional(),
  age: queryAge.optional(),
  need: z.union([serviceNeed, z.array(serviceNeed).max(serviceNeeds.length)]).optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  type: serviceType.optional(),
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
