import { z } from 'zod';
import { staffFunction, uuid, version } from './common.js';
import { contentLanguage, slug } from './content.js';
import { maxLevelNumber } from './levels.js';

/**
 * The municipality's BTI action guide (handlingsveileder) as a path: steps and decision points on
 * levels 0–3, each with what to do, who does it, the tools (documents in the library) and the
 * choices that lead on. One step is the start («Hva gjør jeg nå?»); an end step closes a path.
 * The public pages walk it one step at a time with plain links, so it works without JavaScript.
 */
export const guideStepKinds = ['start', 'step', 'decision', 'end'] as const;
export const guideStepKind = z.enum(guideStepKinds);
export type GuideStepKind = z.infer<typeof guideStepKind>;
/** One of the municipality's levels (contracts/levels.ts), checked against its model by the service. */
export const guideLevel = z.number().int().min(0).max(maxLevelNumber);

export const guideStepText = z.strictObject({
  title: z.string().trim().min(2).max(160),
  /** what to do: markdown */
  body: z.string().trim().max(8000).default(''),
  /** how to do it: markdown */
  how: z.string().trim().max(8000).default(''),
  /** who does what here, e.g. «Den som er bekymret, sammen med leder» */
  who: z.string().trim().max(300).default(''),
});
export type GuideStepText = z.infer<typeof guideStepText>;

/** Request bodies refuse unknown fields at every depth (a script importing content learns what was not stored). */
const translatedStrict = <T extends z.ZodType>(item: T) =>
  z.strictObject({ nb: item, nn: item.nullable().default(null), en: item.nullable().default(null) });

/** Points of case work a step can be tied to: its deadline then sets that point's (the concern's decision). */
export const workPoints = ['concern_decision'] as const;
export const workPoint = z.enum(workPoints);
export type WorkPoint = z.infer<typeof workPoint>;
/** «innen 14 dager»: 1 day to a year */
export const deadlineDays = z.number().int().min(1).max(365);

export const guideChoice = z.strictObject({
  label: translatedStrict(z.string().trim().min(1).max(120)),
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
  content: translatedStrict(guideStepText),
  choices: z.array(guideChoice).max(6).default([]),
  documentIds: z.array(uuid).max(12).default([]),
  /** who does it, as one of the staff functions (beside the free text «who») */
  staffFunction: staffFunction.nullable().default(null),
  deadlineDays: deadlineDays.nullable().default(null),
  /** at most one step per point; saving another step with it moves it there */
  workPoint: workPoint.nullable().default(null),
  /** the guide the step belongs to (new steps: the first guide when left out); a step never changes guide */
  guideId: uuid.optional(),
});
export type GuideStepInput = z.input<typeof guideStepInput>;
export const guideStepUpdate = z.strictObject({ step: guideStepInput, version });

export const guideStepDetail = z.object({
  id: uuid,
  guideId: uuid,
  key: z.string(),
  level: z.number().int(),
  kind: guideStepKind,
  position: z.number().int(),
  content: z.object({ nb: guideStepText, nn: guideStepText.nullable(), en: guideStepText.nullable() }),
  choices: z.array(z.object({ label: z.object({ nb: z.string(), nn: z.string().nullable(), en: z.string().nullable() }), to: z.string() })),
  documentIds: z.array(uuid),
  staffFunction: staffFunction.nullable(),
  deadlineDays: z.number().int().nullable(),
  workPoint: workPoint.nullable(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type GuideStepDetail = z.infer<typeof guideStepDetail>;

/**
 * A municipality's guides side by side (for schools, for kindergartens, …): each with its own
 * start, overview and path. POST /api/content/guides and PUT …/:id (with version).
 */
export const guideInput = z.strictObject({
  slug,
  name: translatedStrict(z.string().trim().min(2).max(120)),
  /** who the guide is for, shown where the reader chooses a guide */
  audience: translatedStrict(z.string().trim().max(500)).default({ nb: '', nn: null, en: null }),
  position: z.number().int().min(0).max(10_000).default(0),
  published: z.boolean().default(true),
});
export type GuideInput = z.input<typeof guideInput>;
export const guideUpdate = z.strictObject({ guide: guideInput, version });

const inLanguages = z.object({ nb: z.string(), nn: z.string().nullable(), en: z.string().nullable() });
export const guideDetail = z.object({
  id: uuid,
  slug: z.string(),
  name: inLanguages,
  audience: inLanguages,
  position: z.number().int(),
  published: z.boolean(),
  stepCount: z.number().int(),
  version: z.number().int(),
});
export type GuideDetail = z.infer<typeof guideDetail>;

/** GET /api/content/guide (coordinators): the guides, every step as written, and the documents a step can link. */
export const guideEditor = z.object({
  guides: z.array(guideDetail),
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
  /** the guide's slug, for the step's address */
  guide: z.string(),
  key: z.string(),
  level: z.number().int(),
  kind: guideStepKind,
  language: z.enum(['nb', 'nn', 'en']),
  title: z.string(),
  bodyHtml: z.string(),
  howHtml: z.string(),
  who: z.string(),
  staffFunction: staffFunction.nullable(),
  /** render as «innen 14 dager» in the reader's language */
  deadlineDays: z.number().int().nullable(),
  /** labelLanguage and toLanguage: the language each text is in, after the fallback to bokmål */
  choices: z.array(z.object({
    label: z.string(), labelLanguage: contentLanguage, to: z.string(), toLevel: z.number().int(), toTitle: z.string(), toLanguage: contentLanguage,
  })),
  documents: z.array(guideDocumentRef),
});
export type GuideStepView = z.infer<typeof guideStepView>;

/** The whole guide at a glance: levels with their steps, in order. */
export const guideOverview = z.object({
  /** null while the municipality has no guide */
  guide: z.object({ slug: z.string(), name: z.string(), nameLanguage: contentLanguage, audience: z.string(), audienceLanguage: contentLanguage }).nullable(),
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

/** The common entry: the published guides, in order, for the reader to choose among. */
export const guideChoiceList = z.array(z.object({
  slug: z.string(), name: z.string(), nameLanguage: contentLanguage, audience: z.string(), audienceLanguage: contentLanguage,
}));
export type GuideChoiceList = z.infer<typeof guideChoiceList>;
