import { z } from 'zod';

/**
 * What the public face's content has in common: the languages it is written in, safe links and
 * slugs. Bokmål is required; nynorsk and English are optional translations (null = not translated,
 * the page falls back to bokmål).
 */
export const contentLanguages = ['nb', 'nn', 'en'] as const;
export const contentLanguage = z.enum(contentLanguages);
export type ContentLanguage = z.infer<typeof contentLanguage>;

export const slug = z.string().trim().min(2).max(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Bare små bokstaver a–z, tall og bindestrek');

/** A web address a resident may follow: http or https only, never javascript: or data:. */
export const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'Skriv en nettadresse som begynner med https://' }).max(500);
export const link = z.object({ label: z.string().trim().min(1).max(120), url: webUrl });
export type Link = z.infer<typeof link>;

/** A text in bokmål and, when translated, nynorsk and English. */
export const translated = <T extends z.ZodType>(item: T) => z.strictObject({ nb: item, nn: item.nullable().default(null), en: item.nullable().default(null) });

export const contentStatus = z.enum(['draft', 'published', 'archived']);
export type ContentStatus = z.infer<typeof contentStatus>;

/** Who may edit, as the session's user sees it (GET /api/content/rights). */
export const contentRights = z.object({
  /** municipal coordinators: everything */
  coordinator: z.boolean(),
  /** units whose services this user may edit (leaders: their own units; coordinators: all) */
  serviceUnitIds: z.array(z.uuid()),
});
export type ContentRights = z.infer<typeof contentRights>;
