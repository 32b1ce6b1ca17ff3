import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { catalogueMessages } from './features/catalogue.js';
import { contentGuideMessages } from './features/content-guide.js';
import { contentLibraryMessages } from './features/content-library.js';
import { contentServicesMessages } from './features/content-services.js';

/*
 * One set of words (issue 9): the same thing is called the same everywhere, in the glossary's terms
 * (DESIGN §2), and where a kindergarten and a school differ, each gets its own words.
 */
const languages = {
  nb: { app: nb, lazy: [catalogueMessages.nb, contentGuideMessages.nb, contentLibraryMessages.nb, contentServicesMessages.nb] },
  nn: { app: nn, lazy: [catalogueMessages.nn, contentGuideMessages.nn, contentLibraryMessages.nn, contentServicesMessages.nn] },
  en: { app: en, lazy: [catalogueMessages.en, contentGuideMessages.en, contentLibraryMessages.en, contentServicesMessages.en] },
} as const;

/** Every message with its key path. */
function messages(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => messages(value, path ? `${path}.${key}` : key));
}

describe.each(Object.entries(languages))('%s: one set of words', (_, { app, lazy }) => {
  const all = [...messages(app), ...lazy.flatMap((tree) => messages(tree))];

  it('names each level of a case with one label (the concern decision, the case and the resident view use cases.levels)', () => {
    for (const level of ['1', '2', '3']) {
      const labels = new Set(all.filter(([, text]) => new RegExp(`^(Nivå|Level) ${level}\\b.+`).test(text)).map(([, text]) => text));
      expect([...labels], `level ${level}`).toEqual([(app.cases.levels as Record<string, string>)[level]]);
    }
  });

  it('calls a level-0 worry «bekymring» in case work, not «uro» (the guide keeps the URO method’s own words)', () => {
    const caseWork = [...messages(app.concerns, 'concerns'), ...messages(app.cases, 'cases'), ...messages(app.casePanels, 'casePanels'),
      ...messages(app.resident, 'resident')];
    expect(caseWork.filter(([, text]) => /\buro(en|a)?\b/i.test(text))).toEqual([]);
  });

  it('says «elevmappe» only where the unit is a school', () => {
    expect(all.filter(([key, text]) => /elevmapp|pupil’s file/i.test(text) && !key.endsWith('.school'))).toEqual([]);
    expect(all.filter(([, text]) => /undervisning|teaching/i.test(text))).toEqual([]);
  });
});
