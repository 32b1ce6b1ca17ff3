import type { GuideStepDetail, GuideStepInput, GuideStepKind } from '../../../contracts/guide.js';

export const contentLanguages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof contentLanguages)[number];
export const translations = ['nn', 'en'] as const;

interface LanguageText { title: string; body: string; how: string; who: string }
export interface ChoiceValues { label: Record<Language, string>; to: string }

/** The form holds every text as a string; a translation left empty becomes null (not translated). */
export interface StepFormValues {
  key: string;
  level: string;
  kind: GuideStepKind;
  position: string;
  content: Record<Language, LanguageText>;
  choices: ChoiceValues[];
  documentIds: string[];
  /** '' or a staff function */
  staffFunction: string;
  /** '' or whole days */
  deadlineDays: string;
  concernDecision: boolean;
}

const emptyText: LanguageText = { title: '', body: '', how: '', who: '' };
export const emptyChoice = (): ChoiceValues => ({ label: { nb: '', nn: '', en: '' }, to: '' });

/** What a step may lead to: a start or step goes on, a decision branches, an end closes the path. */
export const choiceRule: Record<GuideStepKind, { min: number; max: number }> = {
  start: { min: 1, max: 6 },
  step: { min: 1, max: 6 },
  decision: { min: 2, max: 6 },
  end: { min: 0, max: 0 },
};

export function toFormValues(step: GuideStepDetail | null, defaults: { level: number; position: number }): StepFormValues {
  if (!step) {
    return {
      key: '', level: String(defaults.level), kind: 'step', position: String(defaults.position),
      content: { nb: { ...emptyText }, nn: { ...emptyText }, en: { ...emptyText } },
      choices: [emptyChoice()],
      documentIds: [],
      staffFunction: '', deadlineDays: '', concernDecision: false,
    };
  }
  return {
    key: step.key,
    level: String(step.level),
    kind: step.kind,
    position: String(step.position),
    content: { nb: { ...emptyText, ...step.content.nb }, nn: { ...emptyText, ...step.content.nn }, en: { ...emptyText, ...step.content.en } },
    choices: step.choices.map((c) => ({ label: { nb: c.label.nb, nn: c.label.nn ?? '', en: c.label.en ?? '' }, to: c.to })),
    documentIds: [...step.documentIds],
    staffFunction: step.staffFunction ?? '',
    deadlineDays: step.deadlineDays === null ? '' : String(step.deadlineDays),
    concernDecision: step.workPoint === 'concern_decision',
  };
}

export const isTranslated = (text: LanguageText) => Boolean(text.title.trim() || text.body.trim() || text.how.trim() || text.who.trim());
const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function toStepInput(values: StepFormValues): GuideStepInput {
  const text = (t: LanguageText) => ({ title: t.title.trim(), body: t.body.trim(), how: t.how.trim(), who: t.who.trim() });
  return {
    key: values.key.trim(),
    level: Number(values.level),
    kind: values.kind,
    position: Number(values.position) || 0,
    content: {
      nb: text(values.content.nb),
      nn: isTranslated(values.content.nn) ? text(values.content.nn) : null,
      en: isTranslated(values.content.en) ? text(values.content.en) : null,
    },
    // An end step leads nowhere: choices left in the form from another kind are not sent.
    choices: values.kind === 'end' ? [] : values.choices.map((c) => ({
      label: { nb: c.label.nb.trim(), nn: orNull(c.label.nn), en: orNull(c.label.en) },
      to: c.to,
    })),
    documentIds: values.documentIds,
    staffFunction: (values.staffFunction || null) as GuideStepInput['staffFunction'],
    // Digits only reach the server as a number; anything else is sent as typed, so the server names the field.
    deadlineDays: values.deadlineDays.trim() === '' ? null : Number(values.deadlineDays),
    workPoint: values.concernDecision ? 'concern_decision' : null,
  };
}

export type StepProblem = { path: string; code: StepProblemCode };
export type StepProblemCode = 'key_taken' | 'start_without_choices' | 'start_needed' | 'too_few_choices' | 'title_needed';

/**
 * The start a step saved as the start takes over from: the other step that is the start now. The
 * server makes it an ordinary step in the same save, so it needs a choice that leads on.
 */
export const formerStart = (steps: readonly GuideStepDetail[], id: string | undefined): GuideStepDetail | undefined =>
  steps.find((s) => s.kind === 'start' && s.id !== id);

/**
 * The guide's rules the server also checks, found before sending so the editor sees them at once:
 * unique key, always a start (a new one takes over, the former becoming an ordinary step that
 * needs a choice), the number of choices a kind needs, a title for each translation.
 */
export function stepProblems(values: StepFormValues, steps: readonly GuideStepDetail[], id: string | undefined): StepProblem[] {
  const problems: StepProblem[] = [];
  const others = steps.filter((s) => s.id !== id);
  const self = steps.find((s) => s.id === id);
  if (others.some((s) => s.key === values.key.trim())) problems.push({ path: 'key', code: 'key_taken' });
  const former = values.kind === 'start' ? formerStart(steps, id) : undefined;
  if (former && former.choices.length < choiceRule.step.min) problems.push({ path: 'kind', code: 'start_without_choices' });
  if (self?.kind === 'start' && values.kind !== 'start' && !others.some((s) => s.kind === 'start')) {
    problems.push({ path: 'kind', code: 'start_needed' });
  }
  for (const lang of translations) {
    const text = values.content[lang];
    if (isTranslated(text) && !text.title.trim()) problems.push({ path: `content.${lang}.title`, code: 'title_needed' });
  }
  if (values.kind !== 'end' && values.choices.length < choiceRule[values.kind].min) {
    problems.push({ path: 'choices', code: 'too_few_choices' });
  }
  return problems;
}

/** Steps whose choices lead to this one: it cannot be deleted while they do. */
export function stepsLeadingTo(step: GuideStepDetail, steps: readonly GuideStepDetail[]): GuideStepDetail[] {
  return steps.filter((s) => s.id !== step.id && s.choices.some((c) => c.to === step.key));
}

/** The steps in reading order: by level, then position, then key. */
export function inGuideOrder(steps: readonly GuideStepDetail[]): GuideStepDetail[] {
  return [...steps].sort((a, b) => a.level - b.level || a.position - b.position || a.key.localeCompare(b.key));
}

/** A key from a title: what the public address of the step will read (/veileder/<key>). */
export function keyFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Server paths (`body.step.choices.0.to`, `step.key`) as form paths (`choices.0.to`, `key`). */
export const formPath = (serverPath: string) => serverPath.replace(/^body\./, '').replace(/^step\./, '');
