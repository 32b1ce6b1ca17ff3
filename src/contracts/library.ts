import { z } from 'zod';
import { isoDate, page, uuid, version } from './common.js';
import { contentLanguage, slug } from './content.js';

/**
 * The library of plans, routines, guidelines, templates and tools. A document has versions: a
 * version is a page (markdown), a file, or both. Publishing a version keeps the older ones readable
 * with their dates. Each document has an owner and a review date; past it, the owner is told on
 * «Mitt arbeid». Coordinators edit.
 */
export const documentKinds = ['plan', 'routine', 'guideline', 'template', 'tool'] as const;
export const documentKind = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKind>;

/** Files a document version may carry, at most 10 MB; the content is checked, not only the type. */
export const libraryFileTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const;
export const libraryFileMaxBytes = 10 * 1024 * 1024;

export const versionText = z.strictObject({
  title: z.string().trim().min(2).max(200),
  summary: z.string().trim().max(500).default(''),
  /** markdown; may be empty when the version is a file */
  body: z.string().trim().max(50_000).default(''),
  changeNote: z.string().trim().max(500).default(''),
  /**
   * The language the version is written in (issue 9): a document has a line of versions per
   * language. Left out: on a new document or draft the municipality's main language, on a
   * draft's change the draft's own. A published version never changes, its language neither.
   */
  language: contentLanguage.optional(),
});

/** A review date in the years 2000–2100: a year such as 0000 is no date the database stores. */
export const reviewDate = isoDate.refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || (d >= '2000-01-01' && d <= '2100-12-31'), {
  message: 'Expected a date in the years 2000 to 2100',
});

/** POST /api/content/documents: the document and its first draft. */
export const documentCreate = versionText.extend({
  slug,
  kind: documentKind,
  ownerId: uuid.nullable(),
  reviewDue: reviewDate.nullable(),
});
export type DocumentCreate = z.input<typeof documentCreate>;

/** PATCH /api/content/documents/:id */
export const documentUpdate = z.strictObject({
  kind: documentKind.optional(),
  ownerId: uuid.nullable().optional(),
  reviewDue: reviewDate.nullable().optional(),
  archived: z.boolean().optional(),
  version,
});

/** POST /api/content/documents/:id/versions (a new draft, 409 draft_exists if there is one); PUT …/versions/:versionId with version. */
export const versionDraft = versionText;
export const versionDraftUpdate = versionText.extend({ version });
export const versionParams = z.object({ id: uuid, versionId: uuid });

export const fileInfo = z.object({ name: z.string(), type: z.string(), size: z.number().int() });

export const documentVersion = z.object({
  id: uuid,
  versionNo: z.number().int(),
  title: z.string(),
  summary: z.string(),
  /**
   * markdown, of the draft and of the current (newest published) version only; '' for older
   * versions, whose text is read on their public page (…/versjoner/:n), not with every detail
   */
  body: z.string(),
  changeNote: z.string(),
  status: z.enum(['draft', 'published']),
  publishedAt: z.iso.datetime().nullable(),
  publishedBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  file: fileInfo.nullable(),
  version: z.number().int(),
  language: contentLanguage,
});
export type DocumentVersion = z.infer<typeof documentVersion>;

export const documentSummary = z.object({
  id: uuid,
  slug: z.string(),
  kind: documentKind,
  /** of the newest published version, else of the draft */
  title: z.string(),
  owner: z.object({ id: uuid, name: z.string() }).nullable(),
  reviewDue: isoDate.nullable(),
  /** review date passed (Europe/Oslo today) */
  reviewOverdue: z.boolean(),
  currentVersionNo: z.number().int().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  hasDraft: z.boolean(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type DocumentSummary = z.infer<typeof documentSummary>;
export const documentDetail = documentSummary.extend({ versions: z.array(documentVersion) });
export type DocumentDetail = z.infer<typeof documentDetail>;

export const documentListQuery = z.object({
  kind: documentKind.optional(),
  reviewOverdue: z.stringbool().optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const documentList = page(documentSummary);
export type DocumentList = z.infer<typeof documentList>;

/**
 * GET /api/content/documents/owners: whom a document may belong to — the tenant's active
 * municipal coordinators, by name (an owner gets the review task and acts in the editor).
 */
export const documentOwnerList = z.object({ items: z.array(z.object({ id: uuid, name: z.string() })) });
export type DocumentOwnerList = z.infer<typeof documentOwnerList>;

/** Public: a published version rendered; older versions listed with their dates. */
export const publicDocumentView = z.object({
  slug: z.string(),
  kind: documentKind,
  versionNo: z.number().int(),
  /** the newest published version in its language */
  isCurrent: z.boolean(),
  /** the version the document's own address shows in the asked language (in it, else in the main language) */
  defaultVersionNo: z.number().int(),
  /** the language the version is written in; `versions` are this language's */
  language: contentLanguage,
  /** every language the document has a published version in */
  languages: z.array(contentLanguage),
  title: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  changeNote: z.string(),
  publishedAt: z.iso.datetime(),
  file: fileInfo.nullable(),
  versions: z.array(z.object({ versionNo: z.number().int(), title: z.string(), publishedAt: z.iso.datetime(), changeNote: z.string() })),
});
export type PublicDocumentView = z.infer<typeof publicDocumentView>;
export const publicDocumentListItem = z.object({
  slug: z.string(), kind: documentKind, title: z.string(), summary: z.string(), versionNo: z.number().int(),
  publishedAt: z.iso.datetime(), fileType: z.string().nullable(), language: contentLanguage,
});
export type PublicDocumentListItem = z.infer<typeof publicDocumentListItem>;
