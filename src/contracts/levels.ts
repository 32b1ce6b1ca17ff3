import { z } from 'zod';
import { slug } from './content.js';

/**
 * The municipality's level model (issue 9, item 2): how many levels its BTI work has and what it
 * calls them — «Nivå 0: Undring og bekymring» by default, «Nivå A» or «Nivå 2: Tverrfaglig
 * samarbeid» where the municipality's guide says so. A level's number is its place in the model
 * (0, 1, …); its key is stable across changes, so a new model says which old level becomes which.
 * The first level is the concern's (level 0); cases live on the levels after it.
 */
export const minLevels = 2;
export const maxLevels = 6;
/** The highest level number any model can have: cases.level and guide_steps.level are checked against it. */
export const maxLevelNumber = maxLevels - 1;

export const levelText = z.strictObject({
  /** «Nivå 1», «Nivå A» */
  name: z.string().trim().min(1).max(60),
  /** «Egen tjeneste sammen med familien» */
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000).default(''),
});
export type LevelText = z.infer<typeof levelText>;

export const levelInput = z.strictObject({
  key: slug,
  content: z.strictObject({ nb: levelText, nn: levelText.nullable().default(null), en: levelText.nullable().default(null) }),
});

/**
 * PUT /api/levels (municipal coordinators): the whole model, in order. `mapping` says, by key,
 * which new level an old level becomes when its key is gone; an old level whose key stays keeps
 * following it. A level that cases or guide steps use must stay or be mapped (409 level_in_use).
 * Keys are unique (400 duplicate_key, checked with the model's other rules in levels.rules.ts).
 */
export const levelModelInput = z.strictObject({
  levels: z.array(levelInput).min(minLevels).max(maxLevels),
  mapping: z.record(slug, slug).default({}),
});
export type LevelModelInput = z.input<typeof levelModelInput>;

const storedText = z.object({ name: z.string(), title: z.string(), description: z.string() });
export const level = z.object({
  number: z.number().int().min(0).max(maxLevelNumber),
  key: z.string(),
  content: z.object({ nb: storedText, nn: storedText.nullable(), en: storedText.nullable() }),
});
export type Level = z.infer<typeof level>;

/** GET /api/levels (any staff user; a resident's cases carry their level's names instead, see levelNames). */
export const levelModel = z.object({
  levels: z.array(level),
  /** true while the municipality has not set its own model: BTI's 0–3 */
  isDefault: z.boolean(),
});
export type LevelModel = z.infer<typeof levelModel>;

/** GET /api/content/levels (coordinators): the model and which levels are in use, and by what. */
export const levelModelEditor = levelModel.extend({
  usage: z.array(z.object({ key: z.string(), steps: z.number().int(), hasCases: z.boolean() })),
});
export type LevelModelEditor = z.infer<typeof levelModelEditor>;

/** A level's text in `lang`, else bokmål, and the language it is in. */
export function levelTextIn(l: Level, lang: 'nb' | 'nn' | 'en'): { text: z.infer<typeof storedText>; language: 'nb' | 'nn' | 'en' } {
  const translated = l.content[lang];
  return translated ? { text: translated, language: lang } : { text: l.content.nb, language: 'nb' };
}

/** «Nivå 2: Tverrfaglig samarbeid» — or the name alone where the title says the same. */
export function levelLabel(l: Level, lang: 'nb' | 'nn' | 'en'): string {
  const { text } = levelTextIn(l, lang);
  return text.title && text.title !== text.name ? `${text.name}: ${text.title}` : text.name;
}

/** Case levels a concern's decision may open at: the first two after the concern level (BTI: 1 or 2). */
export function concernCaseLevels(count: number): number[] {
  return [1, 2].filter((n) => n < count);
}

const inEachLanguage = z.object({ nb: z.string(), nn: z.string(), en: z.string() });
/**
 * A case's level as its municipality names it, in each language (falling back to bokmål): the case
 * page and a resident's list carry it, since a resident's cases may be in several municipalities.
 */
export const levelNames = z.object({ name: inEachLanguage, label: inEachLanguage, language: inEachLanguage });
export type LevelNames = z.infer<typeof levelNames>;

export function levelNamesOf(l: Level): LevelNames {
  const name = (lang: 'nb' | 'nn' | 'en') => levelTextIn(l, lang).text.name;
  return {
    name: { nb: name('nb'), nn: name('nn'), en: name('en') },
    label: { nb: levelLabel(l, 'nb'), nn: levelLabel(l, 'nn'), en: levelLabel(l, 'en') },
    /** the language each text is in, after the fallback to bokmål */
    language: { nb: 'nb', nn: levelTextIn(l, 'nn').language, en: levelTextIn(l, 'en').language },
  };
}
