import type { ConcernStepKind, EntryKind } from '../../platform/db/schema.js';

/**
 * Norwegian (bokmål) words for documents the server writes: the report of concern goes to
 * child welfare in Norwegian whatever the user's language, and the case export goes into the
 * pupil's file. The case export uses the same words.
 */
export const entryKindLabel: Record<EntryKind, string> = {
  observation: 'Observasjon',
  conversation: 'Samtale',
  child_voice: 'Barnets stemme',
  guardians_view: 'Foresattes syn',
  meeting: 'Møte',
  decision: 'Beslutning',
  evaluation: 'Evaluering',
  level_change: 'Endret nivå',
  handover: 'Stafettholder byttet',
  consent_event: 'Samtykke',
  report_sent: 'Bekymringsmelding sendt',
  note: 'Notat',
  opened: 'Sak opprettet',
  closed: 'Sak avsluttet',
  reopened: 'Sak gjenåpnet',
  correction: 'Rettelse',
};

export const concernStepLabel: Record<ConcernStepKind, string> = {
  discussion_colleague: 'Drøftet med kollega',
  discussion_leader: 'Drøftet med leder',
  conversation_child: 'Samtale med barnet',
  conversation_guardians: 'Samtale med foresatte',
  anonymous_consultation: 'Anonym drøfting med annen tjeneste',
};

export const concernScaleLabel: Record<number, string> = {
  1: '1 – Vær oppmerksom, barnet trives',
  2: '2 – Vær oppmerksom, redusert trivsel',
  3: '3 – Grunn til bekymring, behov for tilpasning',
  4: '4 – Melde til barnevernet eller politiet',
};

export const protectionLabel = { none: 'Ingen', fortrolig: 'Fortrolig adresse', strengt_fortrolig: 'Strengt fortrolig adresse' } as const;

/** 23.11.2026 from an ISO date. */
export function norwegianDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

const dateTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

/** 23.11.2026, 14:05 in Norwegian time. */
export function norwegianDateTime(d: Date): string {
  return dateTime.format(d);
}

export const yesNo = (v: boolean | null) => (v === null ? 'Ikke oppgitt' : v ? 'Ja' : 'Nei');
