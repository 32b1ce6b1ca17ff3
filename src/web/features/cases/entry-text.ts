import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.js';
import { closeReasons, type CaseDetail, type CaseEntry } from '../../../contracts/cases.js';

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
const isoDay = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
const level = (v: unknown) => (v === 1 || v === 2 || v === 3 ? v : null);
const consentEvents = ['given', 'refused', 'withdrawn', 'expired'] as const;
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/**
 * What a system entry (level change, handover, consent event, report sent, opened, closed,
 * reopened) says, built from its payload in the reader's language. The entry's body (the
 * reason or note someone wrote) is shown below it. Unknown or partial payloads give null:
 * the kind and the body still tell the story.
 */
export function systemEntryText(
  entry: CaseEntry, t: TFunction, names: ReadonlyMap<string, string> = new Map(), date: (iso: string) => string = (iso) => iso,
): string | null {
  const p = entry.payload;
  switch (entry.kind) {
    case 'opened': {
      const l = level(p.level);
      return l ? t('cases.system.opened', { level: l }) : null;
    }
    case 'level_change': {
      const from = level(p.from);
      const to = level(p.to);
      return from && to ? t('cases.system.levelChange', { from, to }) : null;
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
  const { t } = useTranslation();
  const format = useFormat();
  return (entry: CaseEntry) => systemEntryText(entry, t, names, format.date);
}

/** Kinds whose body is a fixed text the server writes, not someone's words: the translated text replaces it. */
export const hidesBody = (entry: CaseEntry) => entry.kind === 'report_sent';
