import type { ContentLanguage } from '../../../contracts/content.js';
import type { GuideStepDetail, GuideStepText } from '../../../contracts/guide.js';
import type { StepRow } from './guide.repository.js';

/** A step's jsonb as stored: bokmål always, nynorsk and English when translated. */
export interface StoredContent {
  nb: GuideStepText;
  nn: GuideStepText | null;
  en: GuideStepText | null;
}
export interface StoredChoice {
  label: { nb: string; nn: string | null; en: string | null };
  to: string;
}

// Steps written before «how» existed have none: read as empty.
const withHow = (t: GuideStepText | null): GuideStepText | null => (t ? { ...t, how: t.how ?? '' } : null);
export const contentOf = (r: StepRow): StoredContent => {
  const c = r.content as StoredContent;
  return { nb: withHow(c.nb)!, nn: withHow(c.nn ?? null), en: withHow(c.en ?? null) };
};
export const choicesOf = (r: StepRow) => r.choices as StoredChoice[];

/** The text in the reader's language, else bokmål, and which language it is in. */
export function textIn(r: StepRow, lang: ContentLanguage): { text: GuideStepText; language: ContentLanguage } {
  const content = contentOf(r);
  const translated = content[lang];
  return translated ? { text: translated, language: lang } : { text: content.nb, language: 'nb' };
}

/** A choice's label in the reader's language, else bokmål, and which language it is in. */
export function labelIn(c: StoredChoice, lang: ContentLanguage): { label: string; labelLanguage: ContentLanguage } {
  const translated = c.label[lang];
  return translated != null ? { label: translated, labelLanguage: lang } : { label: c.label.nb, labelLanguage: 'nb' };
}

export function toDetail(r: StepRow): GuideStepDetail {
  const content = contentOf(r);
  return {
    id: r.id,
    guideId: r.guide_id,
    key: r.key,
    level: r.level,
    kind: r.kind,
    position: r.position,
    content: { nb: content.nb, nn: content.nn ?? null, en: content.en ?? null },
    choices: choicesOf(r).map((c) => ({ label: { nb: c.label.nb, nn: c.label.nn ?? null, en: c.label.en ?? null }, to: c.to })),
    documentIds: r.document_ids,
    staffFunction: (r.staff_function as GuideStepDetail['staffFunction']) ?? null,
    deadlineDays: r.deadline_days,
    workPoint: r.work_point,
    // Generated<Timestamp> selects as the column type itself; the driver returns a Date.
    updatedAt: (r.updated_at as unknown as Date).toISOString(),
    version: r.version,
  };
}
