import type { ReportContent } from '../../../contracts/reports.js';

/** Radios hold strings: '' is «not answered yet» (null in the API). */
export type InformedValue = '' | 'true' | 'false';
interface Informed {
  informed: InformedValue;
  notInformedReason: string;
}
export interface ReportFormValues {
  child: { phone: string } & Informed;
  guardians: ({ guardianId: string | null; name: string; phone: string } & Informed)[];
  reporter: ReportContent['reporter'];
  unit: ReportContent['unit'];
  message: string;
  history: string;
  otherViews: string;
  interpreterNeed: string;
  otherServices: string;
}

const toInformed = (v: boolean | null): InformedValue => (v === null ? '' : v ? 'true' : 'false');
const fromInformed = (v: InformedValue): boolean | null => (v === '' ? null : v === 'true');

export function toForm(c: ReportContent): ReportFormValues {
  return {
    ...c,
    child: { ...c.child, informed: toInformed(c.child.informed) },
    guardians: c.guardians.map((g) => ({ ...g, informed: toInformed(g.informed) })),
  };
}

export function toContent(v: ReportFormValues): ReportContent {
  return {
    ...v,
    // The reason matters only when someone was not informed; a stale one is not sent.
    child: { ...v.child, informed: fromInformed(v.child.informed), notInformedReason: v.child.informed === 'false' ? v.child.notInformedReason : '' },
    guardians: v.guardians.map((g) => ({
      ...g,
      informed: fromInformed(g.informed),
      notInformedReason: g.informed === 'false' ? g.notInformedReason : '',
    })),
  };
}

/** The id of a field's input, from its path in the content (content.reporter.phone → report-reporter-phone). */
export const fieldId = (path: string) => `report-${path.replace(/^(body\.)?content\./, '').replace(/\./g, '-')}`;
