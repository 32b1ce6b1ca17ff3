import type { Level, LevelModelEditor, LevelModelInput } from '../../../contracts/levels.js';

/** The level model's form: every language's texts as strings; an empty translation is none. */
export interface LevelTextValues { name: string; title: string; description: string }
export interface LevelValues { key: string; nb: LevelTextValues; nn: LevelTextValues; en: LevelTextValues }
export interface LevelFormValues { levels: LevelValues[] }

const emptyText = (): LevelTextValues => ({ name: '', title: '', description: '' });
const textValues = (t: { name: string; title: string; description: string } | null): LevelTextValues =>
  t ? { name: t.name, title: t.title, description: t.description } : emptyText();

export const toFormValues = (levels: readonly Level[]): LevelFormValues => ({
  levels: levels.map((l) => ({ key: l.key, nb: textValues(l.content.nb), nn: textValues(l.content.nn), en: textValues(l.content.en) })),
});

/** A new level gets a key of its own: keys are never shown, only kept stable across changes. */
export const newLevel = (random: string): LevelValues => ({ key: `niva-${random}`, nb: emptyText(), nn: emptyText(), en: emptyText() });

const translation = (t: LevelTextValues) => (t.name.trim() || t.title.trim() ? { name: t.name.trim(), title: t.title.trim(), description: t.description.trim() } : null);

export function fromFormValues(values: LevelFormValues): LevelModelInput['levels'] {
  return values.levels.map((l) => ({
    key: l.key,
    content: { nb: { name: l.nb.name.trim(), title: l.nb.title.trim(), description: l.nb.description.trim() }, nn: translation(l.nn), en: translation(l.en) },
  }));
}

/** The present levels in use (steps or cases) whose key the form no longer has: each needs a new level. */
export function mappingNeeded(model: LevelModelEditor, keys: readonly string[]) {
  return model.levels.flatMap((l) => {
    const use = model.usage.find((u) => u.key === l.key);
    if (keys.includes(l.key) || !use || (use.steps === 0 && !use.hasCases)) return [];
    return [{ key: l.key, name: l.content.nb.name, hasCases: use.hasCases }];
  });
}
