import type { ConcernStepKind, EntryKind } from '../../platform/db/schema.js';
import type { ReportContent } from '../../../contracts/reports.js';
import { SUSPECTED_ABUSE_REASON } from './fiks-message.js';
import { concernScaleLabel, concernStepLabel, entryKindLabel, norwegianDate } from './labels.js';

/**
 * What a new draft is prefilled with: pure, so that the rules are plain to read and test. The
 * reporter checks and completes it (role and phone are never known to Samla).
 */
const MAX_TEXT = 20000;
const MAX_GUARDIANS = 2; // the schema's maxItems

export interface PrefillFacts {
  reporter: { name: string; email: string };
  unit: { name: string; organisationNumber: string | null };
  guardians: readonly { id: string; name: string; phone: string | null; parental_responsibility: boolean }[];
  /** the concern says the guardians were deliberately not contacted (violence or abuse suspected) */
  guardiansNotContacted: boolean;
  message: string;
  history: string;
  otherServices: string;
}

export function prefillContent(f: PrefillFacts): ReportContent {
  const notInformed = f.guardiansNotContacted
    ? { informed: false, notInformedReason: SUSPECTED_ABUSE_REASON }
    : { informed: null, notInformedReason: '' };
  return {
    child: { phone: '', informed: null, notInformedReason: '' },
    // Only guardians with parental responsibility: a contact person is not a guardian (rule 7).
    guardians: f.guardians
      .filter((g) => g.parental_responsibility)
      .slice(0, MAX_GUARDIANS)
      .map((g) => ({ guardianId: g.id, name: g.name, phone: g.phone ?? '', ...notInformed })),
    reporter: { name: f.reporter.name, role: '', phone: '', email: f.reporter.email },
    unit: { name: f.unit.name, organisationNumber: f.unit.organisationNumber ?? '', address: { line1: '', postalCode: '', city: '' } },
    message: clip(f.message),
    history: clip(f.history),
    otherViews: '',
    interpreterNeed: '',
    otherServices: clip(f.otherServices, 4000),
  };
}

function clip(s: string, max = MAX_TEXT): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export function concernMessage(c: { observation: string; concern_scale: number; signals: readonly string[] }): string {
  const lines = [c.observation.trim(), '', `Bekymringsskala: ${concernScaleLabel[c.concern_scale] ?? c.concern_scale}`];
  if (c.signals.length > 0) lines.push(`Tegn og signaler: ${c.signals.join(', ')}`);
  return lines.join('\n');
}

export function concernHistory(
  c: { observed_on: string },
  steps: readonly { kind: ConcernStepKind; occurred_on: string; summary: string }[],
): string {
  return [
    `${norwegianDate(c.observed_on)} Uro registrert`,
    ...steps.map((s) => `${norwegianDate(s.occurred_on)} ${concernStepLabel[s.kind]}: ${s.summary.trim()}`),
  ].join('\n');
}

export function caseHistory(entries: readonly { kind: EntryKind; occurred_on: string; body: string }[]): string {
  return entries.map((e) => `${norwegianDate(e.occurred_on)} ${entryKindLabel[e.kind]}: ${e.body.trim()}`).join('\n');
}
