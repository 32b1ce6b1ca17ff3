import type { Content } from '../../../../platform/documents/pdf.js';

/**
 * A form to print and fill in by hand, written once and rendered twice: as the document's page
 * (markdown) and as its PDF (pdfmake content), so the two never drift apart.
 */
export interface FormField {
  label: string;
  /** writing lines under the label (default 2) */
  lines?: number;
  /** boxes to tick instead of lines */
  options?: string[];
}
export interface FormSection {
  heading: string;
  help?: string;
  fields: FormField[];
}
export interface FormSpec {
  intro: string[];
  sections: FormSection[];
  /** a closing note, printed after the sections */
  note?: string;
}

const WIDTH = 499; // A4 less the margins of platform/documents/pdf.ts
const LINE_GAP = 19;

/** Printed in the footer of every form: once filled in, it holds confidential information about a child. */
export const filledInFooter = 'Unntatt offentlighet når skjemaet er fylt ut, jf. offentleglova § 13';

const writingLines = (n: number): Content => ({
  canvas: Array.from({ length: n }, (_, i) => ({
    type: 'line' as const, x1: 0, y1: (i + 1) * LINE_GAP, x2: WIDTH, y2: (i + 1) * LINE_GAP, lineWidth: 0.5, lineColor: '#8a8a8a',
  })),
  margin: [0, 0, 0, 8],
});

const tickBox = (label: string): Content => ({
  columns: [
    { width: 16, canvas: [{ type: 'rect', x: 0, y: 1, w: 9, h: 9, lineWidth: 0.8 }] },
    { width: '*', text: label },
  ],
  margin: [0, 2, 0, 2],
});

const halves = <T>(items: T[]): T[][] => {
  const middle = Math.ceil(items.length / 2);
  return [items.slice(0, middle), items.slice(middle)];
};

/** Strips the markdown emphasis the texts use, for the PDF. */
const plain = (s: string) => s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*(.+?)\*/g, '$1');

export function formPdf(title: string, spec: FormSpec): Content {
  const content: Content[] = [{ text: title, style: 'title' }];
  for (const p of spec.intro) content.push({ text: plain(p), margin: [0, 0, 0, 6] });
  for (const section of spec.sections) {
    // A heading, its help and its first field stay together, and so does each field with its lines.
    const [first, ...rest] = section.fields.map((field): Content => ({
      stack: [
        { text: field.label, style: 'label', margin: [0, 4, 0, 0] },
        field.options ? { columns: halves(field.options).map((half) => ({ stack: half.map(tickBox) })), margin: [0, 2, 0, 8] } : writingLines(field.lines ?? 2),
      ],
      unbreakable: true,
    }));
    content.push({
      stack: [
        { text: section.heading, style: 'h2' },
        ...(section.help ? [{ text: plain(section.help), color: '#333333', margin: [0, 0, 0, 4] as [number, number, number, number] }] : []),
        ...(first ? [first] : []),
      ],
      unbreakable: true,
    });
    content.push(...rest);
  }
  if (spec.note) content.push({ text: plain(spec.note), margin: [0, 12, 0, 0], italics: true });
  return content;
}

/** The same form as a page: what it asks, so a reader knows before downloading it. */
export function formMarkdown(spec: FormSpec): string {
  const parts = [...spec.intro];
  for (const section of spec.sections) {
    parts.push(`## ${section.heading}`);
    if (section.help) parts.push(section.help);
    parts.push(section.fields.map((f) => (f.options ? `- ${f.label}\n${f.options.map((o) => `  - ${o}`).join('\n')}` : `- ${f.label}`)).join('\n'));
  }
  if (spec.note) parts.push(spec.note);
  return parts.join('\n\n');
}
