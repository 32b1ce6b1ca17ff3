import { useTranslation } from 'react-i18next';
import { closeReasons, type CaseEntry } from '../../../contracts/cases.js';

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
const level = (v: unknown) => (v === 1 || v === 2 || v === 3 ? v : null);
const consentEvents = ['given', 'refused', 'withdrawn', 'expired'] as const;
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/**
 * What a system entry (level change, handover, consent event, report sent, opened, closed,
 * reopened) says, built from its payload in the reader's language. The entry's body (the
 * reason or note someone wrote) is shown below it. Unknown or partial payloads give null:
 * the kind and the body still tell the story.
 */
export function useSystemEntryText() {
  const { t } = useTranslation();
  return (entry: CaseEntry): string | null => {
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
        const from = str(p.fromName) ?? str(p.fromUserName);
        const to = str(p.toName) ?? str(p.toUserName);
        if (from && to) return t('cases.system.handover', { from, to });
        return to ? t('cases.system.handoverTo', { to }) : null;
      }
      case 'consent_event':
        return isOneOf(consentEvents, p.event) ? t(`cases.system.consent.${p.event}`) : null;
      case 'report_sent':
        return t('cases.system.reportSent');
      default:
        return null;
    }
  };
}
