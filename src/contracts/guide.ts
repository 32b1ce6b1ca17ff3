import { z } from 'zod';
import { uuid, version } from './common.js';
import { contentLanguage, slug, translated } from './content.js';

/**
 * The municipality's BTI action guide (handlingsveileder) as a path: steps and decision points on
 * levels 0–3, each with what to do, who does it, the tools (documents in the library) and the
 * choices that lead on. One step is the start («Hva gjør jeg nå?»); an end step closes a path.
 * The public pages walk it one step at a time with plain links, so it works without JavaScript.
 */
export const guideStepKinds = ['start', 'step', 'decision', 'end'] as const;
export const guideStepKind = z.enum(guideStepKinds);
export type GuideStepKind = z.infer<typeof guideStepKind>;
export const guideLevel = z.number().int().min(0).max(3);

export const guideStepText = z.object({
  title: z.string().trim().min(2).max(160),
  /** markdown */
  body: z.string().trim().max(8000).default(''),
  /** who does what here, e.g. «Den som er bekymret, sammen med leder» */
  who: z.string().trim().max(300).default(''),
});
export type GuideStepText = z.infer<typeof guideStepText>;

export const guideChoice = z.strictObject({
  label: translated(z.string().trim().min(1).max(120)),
  /** the key of the step this choice leads to */
  to: slug,
});
export type GuideChoice = z.infer<typeof guideChoice>;

/** POST /api/content/guide/steps and PUT …/:id (with version). Targets must exist; a decision has 2+ choices. */
export const guideStepInput = z.strictObject({
  key: slug,
  level: guideLevel,
  kind: guideStepKind,
  position: z.number().int().min(0).max(10_000).default(0),
  // strict here: the same text in an answer (guideStepDetail) is read as stored
  content: translated(z.strictObject(guideStepText.shape)),
  choices: z.array(guideChoice).max(6).default([]),
  documentIds: z.array(uuid).max(12).default([]),
});
export type GuideStepInput = z.input<typeof guideStepInput>;
export const guideStepUpdate = z.strictObject({ step: guideStepInput, version });

export const guideStepDetail = z.object({
  id: uuid,
  key: z.string(),
  level: z.number().int(),
  kind: guideStepKind,
  position: z.number().int(),
  content: z.object({ nb: guideStepText, nn: guideStepText.nullable(), en: guideStepText.nullable() }),
  choices: z.array(z.object({ label: z.object({ nb: z.string(), nn: z.string().nullable(), en: z.string().nullable() }), to: z.string() })),
  documentIds: z.array(uuid),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type GuideStepDetail = z.infer<typeof guideStepDetail>;

/** GET /api/content/guide (coordinators): every step as written, and the documents a step can link. */
export const guideEditor = z.object({
  steps: z.array(guideStepDetail),
  documents: z.array(z.object({ id: uuid, title: z.string(), kind: z.string() })),
});
export type GuideEditor = z.infer<typeof guideEditor>;

/** A linked tool or template, as readers see it. */
export const guideDocumentRef = z.object({
  slug: z.string(),
  title: z.string(),
  kind: z.string(),
  /** the current version has a file to download */
  fileType: z.string().nullable(),
  /** the language the title is written in (the library's language versions) */
  language: contentLanguage,
});

/** One step, rendered in one language (public pages and the staff app). */
export const guideStepView = z.object({
  key: z.string(),
  level: z.number().int(),
  kind: guideStepKind,
  language: z.enum(['nb', 'nn', 'en']),
  title: z.string(),
  bodyHtml: z.string(),
  who: z.string(),
  /** labelLanguage and toLanguage: the language each text is in, after the fallback to bokmål */
  choices: z.array(z.object({
    label: z.string(), labelLanguage: contentLanguage, to: z.string(), toLevel: z.number().int(), toTitle: z.string(), toLanguage: contentLanguage,
  })),
  documents: z.array(guideDocumentRef),
});
export type GuideStepView = z.infer<typeof guideStepView>;

/** The whole guide at a glance: levels with their steps, in order. */
export const guideOverview = z.object({
  startKey: z.string().nullable(),
  /** the language asked for; each step says which language its title is in */
  language: z.enum(['nb', 'nn', 'en']),
  levels: z.array(z.object({
    level: z.number().int(),
    steps: z.array(z.object({ key: z.string(), kind: guideStepKind, title: z.string(), language: contentLanguage })),
  })),
  tools: z.array(guideDocumentRef),
});
export type GuideOverview = z.infer<typeof guideOverview>;
