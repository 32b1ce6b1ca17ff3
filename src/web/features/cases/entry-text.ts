import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.js';
import { useLevels } from '../../components/levels.js';
import { closeReasons, type CaseDetail, type CaseEntry } from '../../../contracts/cases.js';

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
const isoDay = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
const level = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 5 ? v : null);
/** A level's label as it was when the entry was written ({ nb, nn, en }), in the reader's language. */
const labelIn = (v: unknown, lang: string): string | null => {
  if (!v || typeof v !== 'object') return null;
  const names = v as Record<string, unknown>;
  return str(names[lang]) ?? str(names.nb);
};
/** How the reader reads: dates in their format, levels as their municipality names them, in their language. */
export interface EntryReader {
  date?: (iso: string) => string;
  levelName?: (level: number) => string;
  lang?: string;
}
const consentEvents = ['given', 'refused', 'withdrawn', 'expired'] as const;
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/**
 * What a system entry (level change, handover, consent event, report sent, opened, closed,
 * reopened) says, built from its payload in the reader's language. The entry's body (the
 * reason or note someone wrote) is shown below it. Unknown or partial payloads give null:
 * the kind and the body still tell the story.
 */
export function systemEntryText(
  entry: CaseEntry, t: TFunction, names: ReadonlyMap<string, string> = new Map(), reader: EntryReader = {},
): string | null {
  const { date = (iso: string) => iso, levelName, lang = 'nb' } = reader;
  const p = entry.payload;
  switch (entry.kind) {
    case 'opened': {
      const l = level(p.level);
      if (l === null) return null;
      return levelName ? t('cases.system.openedNamed', { level: levelName(l) }) : t('cases.system.opened', { level: l });
    }
    case 'level_change': {
      // A change of the municipality's model names the levels as they were then (the numbers changed meaning).
      const fromName = labelIn(p.fromName, lang);
      const toName = labelIn(p.toName, lang);
      if (p.reason === 'level_model' && fromName && toName) return t('cases.system.levelModelChange', { from: fromName, to: toName });
      const from = level(p.from);
      const to = level(p.to);
      if (from === null || to === null) return null;
      return t('cases.system.levelChange', levelName ? { from: levelName(from), to: levelName(to) } : { from, to });
    }
    case 'closed':
      return isOneOf(closeReasons, p.reason) ? t('cases.system.closed', { reason: t(`cases.closeReasons.${p.reason}`) }) : null;
    case 'reopened':
      return t('cases.system.reopened');
    case 'handover': {
      // The payload carries user ids; names come from the case (holders, access list). The
      // receiver accepts, so the entry's author is the new holder.
      const from = str(p.fromName) ?? names.get(String(p.fromUserId)) ?? null;
      const to = str(p.toName) ?? names.get(String(p.toUserId)) ?? str(entry.author.name);
      if (from && to) return t('cases.system.handover', { from, to });
      return to ? t('cases.system.handoverTo', { to }) : null;
    }
    case 'consent_event': {
      if (!isOneOf(consentEvents, p.event)) return null;
      // Dates are data (since issue 9): the period in the reader's date format. Older entries
      // carry it in their text, shown as written.
      const from = isoDay(p.validFrom);
      const to = isoDay(p.validTo);
      if (p.event === 'given' && from && to) return t('cases.system.consent.givenPeriod', { from: date(from), to: date(to) });
      return t(`cases.system.consent.${p.event}`);
    }
    case 'evaluation': {
      const next = isoDay(p.nextEvaluationDue);
      return next ? t('cases.system.nextEvaluation', { date: date(next) }) : null;
    }
    case 'report_sent':
      return t('cases.system.reportSent');
    default:
      return null;
  }
}

/** The names of people the case knows (relay holders past and present, everyone with access), by user id. */
export function caseNames(c: CaseDetail): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of c.access) if (a.kind === 'staff') names.set(a.id, a.name);
  for (const h of c.holders) names.set(h.user.id, h.user.name);
  return names;
}

export function useSystemEntryText(names: ReadonlyMap<string, string>) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { nameOf } = useLevels();
  return (entry: CaseEntry) => systemEntryText(entry, t, names, { date: format.date, levelName: (l) => nameOf(l).name, lang: i18n.language });
}

/** Kinds whose body is a fixed text the server writes, not someone's words: the translated text replaces it. */
export const hidesBody = (entry: CaseEntry) => entry.kind === 'report_sent';
