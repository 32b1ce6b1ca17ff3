import type { GuideStepKind, GuideStepText, WorkPoint } from '../../../../contracts/guide.js';
import type { StaffFunction } from '../../../../contracts/common.js';
import type { DocumentKind } from '../../../../contracts/library.js';
import type { Content } from '../../../platform/documents/pdf.js';

/*
 * How Samla's default content is written down: the action guide's steps in bokmål, nynorsk and
 * English, and the documents (in bokmål, as the library holds one language per document). Written
 * by Samla from what the seed documents describe (Skien's action guide, Nes's URO method, Sel's
 * plan documents), with no municipality's own facts: every municipality adapts it.
 */

export interface Translated<T> {
  nb: T;
  nn: T;
  en: T;
}

export interface DefaultStep {
  key: string;
  level: 0 | 1 | 2 | 3;
  kind: GuideStepKind;
  content: Translated<Omit<GuideStepText, 'how'> & { how?: string }>;
  choices: { label: Translated<string>; to: string }[];
  deadlineDays?: number;
  staffFunction?: StaffFunction;
  workPoint?: WorkPoint;
  /** slugs of default documents (or documents the tenant already has with that slug) */
  documents: string[];
}

export interface DefaultDocument {
  slug: string;
  kind: DocumentKind;
  title: string;
  summary: string;
  /** markdown */
  body: string;
  /** a form or tool to print: the PDF's content, rendered with platform/documents/pdf.ts */
  pdf?: { fileName: string; content: () => Content; footer: string };
}

/** Paragraphs of markdown, written as separate strings so the source stays readable. */
export const md = (...paragraphs: string[]) => paragraphs.join('\n\n');
/** A markdown bullet list. */
export const list = (...items: string[]) => items.map((i) => `- ${i}`).join('\n');

export const choice = (to: string, nb: string, nn: string, en: string) => ({ label: { nb, nn, en }, to });

/** Steps of one level in reading order; the positions leave room for steps a municipality adds between them. */
export function level(n: DefaultStep['level'], steps: Omit<DefaultStep, 'level'>[]): (DefaultStep & { position: number })[] {
  return steps.map((s, i) => ({ ...s, level: n, position: (i + 1) * 10 }));
}

/** The footer of a default tool's PDF that holds nothing about a child. */
export const toolFooter = 'Samla – standardtekst som kommunen kan tilpasse';

/** Texts every default document starts with, so a reader knows it is a starting point. */
export const adaptNote = '*Dette er Samlas standardtekst. Kommunen tilpasser den til sine egne rutiner.*';
