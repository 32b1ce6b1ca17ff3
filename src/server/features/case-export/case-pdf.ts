import type { Address } from '../../../contracts/children.js';
import type { CloseReason, EntryAuthorKind, EntryKind, EvaluationOutcome, MeasureStatus } from '../../platform/db/schema.js';
import { dataTable, fieldTable, renderPdf, type Content } from '../../platform/documents/pdf.js';
import { todayInNorway } from '../../platform/text/dates.js';
import { entryKindLabel, norwegianDate, norwegianDateTime, protectionLabel } from '../reports/labels.js';

/** The case for the pupil's file, in Norwegian: everything the case holds, the log last and in full. */
export interface CaseExport {
  header: {
    level: number; status: 'open' | 'closed'; opened_at: Date; closed_at: Date | null; close_reason: CloseReason | null;
    given_name: string; family_name: string; national_id: string; birth_date: string; address: Address;
    unit_name: string; holder_name: string; tenant_name: string;
  };
  guardians: string[];
  holders: { name: string; unit_name: string; from_at: Date }[];
  members: { name: string; units: string; added_at: Date; removed_at: Date | null }[];
  consents: {
    decision: 'given' | 'refused'; young_person: boolean; purpose: string; valid_from: string; valid_to: string; created_at: Date;
    withdrawn_at: Date | null; withdrawn_reason: string | null; guardian_names: string; unit_names: string;
  }[];
  goals: { id: string; description: string; status: 'active' | 'achieved' | 'dropped' }[];
  measures: {
    id: string; goal_id: string; description: string; start_on: string; end_on: string | null; evaluation_due: string; status: MeasureStatus;
    responsible_user: string | null; responsible_unit: string | null;
  }[];
  evaluations: { measure_id: string; evaluated_on: string; outcome: EvaluationOutcome; learned: string; next_steps: string; author: string }[];
  entries: {
    id: string; kind: EntryKind; occurred_on: string; body: string; attendees: string | null; payload: unknown;
    corrects_entry_id: string | null; author_kind: EntryAuthorKind; created_at: Date; user_name: string | null; guardian_name: string | null;
  }[];
  exportedBy: string;
  exportedAt: Date;
  /** the municipality's levels in bokmål, by number: name «Nivå 2», label «Nivå 2: Enkelt samarbeid mellom tjenester» */
  levels?: ReadonlyMap<number, { name: string; label: string }>;
}

const closeReasonLabel: Record<CloseReason, string> = {
  goals_reached: 'Målene er nådd', moved: 'Flyttet', other_service: 'En annen tjeneste overtar',
  guardians_withdrew: 'Foresatte trakk seg', other: 'Annet',
};
const goalStatusLabel = { active: 'Aktivt', achieved: 'Nådd', dropped: 'Avsluttet' } as const;
const measureStatusLabel: Record<MeasureStatus, string> = { planned: 'Planlagt', ongoing: 'Pågår', completed: 'Fullført', stopped: 'Stoppet' };
const outcomeLabel: Record<EvaluationOutcome, string> = { achieved: 'Nådd', partly: 'Delvis nådd', not: 'Ikke nådd' };

function addressText(a: Address): string {
  if (a.protection !== 'none') return `Adresse sperret (${protectionLabel[a.protection]})`;
  return [a.streetAddress, [a.postalCode, a.city].filter(Boolean).join(' ')].filter((s) => s && s.trim() !== '').join(', ');
}

const h2 = (text: string): Content => ({ text, style: 'h2' });
const none = (text: string): Content => ({ text, italics: true, margin: [0, 0, 0, 6] });

function authorOf(e: CaseExport['entries'][number], childName: string): string {
  if (e.author_kind === 'guardian') return `${e.guardian_name ?? 'Foresatt'} (foresatt)`;
  if (e.author_kind === 'young_person') return `${childName} (ungdom)`;
  if (e.author_kind === 'system') return 'Samla';
  return e.user_name ?? '';
}

function levelHistory(entries: CaseExport['entries'], levels: NonNullable<CaseExport['levels']>): string[][] {
  const name = (n: number | undefined) => (n === undefined ? '–' : levels.get(n)?.name ?? `Nivå ${n}`);
  return entries
    .filter((e) => e.kind === 'opened' || e.kind === 'level_change')
    .map((e) => {
      // A change of the municipality's model carries the names the levels had then.
      const p = (e.payload ?? {}) as { level?: number; from?: number; to?: number; fromName?: { nb?: string }; toName?: { nb?: string } };
      const level = e.kind === 'opened' ? name(p.level) : `Fra ${p.fromName?.nb ?? name(p.from)} til ${p.toName?.nb ?? name(p.to)}`;
      return [norwegianDate(e.occurred_on), level, e.body];
    });
}

function planContent(x: CaseExport): Content[] {
  if (x.goals.length === 0) return [none('Ingen mål er registrert.')];
  return x.goals.flatMap((g, gi) => {
    const measures = x.measures.filter((m) => m.goal_id === g.id);
    return [
      { text: `Mål ${gi + 1}: ${g.description} (${goalStatusLabel[g.status]})`, style: 'h3' } as Content,
      ...(measures.length === 0 ? [none('Ingen tiltak.')] : measures.flatMap((m) => {
        const evals = x.evaluations.filter((e) => e.measure_id === m.id);
        return [
          fieldTable([
            ['Tiltak', m.description],
            ['Ansvarlig', [m.responsible_user, m.responsible_unit].filter(Boolean).join(', ')],
            ['Periode', `${norwegianDate(m.start_on)} – ${m.end_on ? norwegianDate(m.end_on) : ''}`],
            ['Evalueres', norwegianDate(m.evaluation_due)],
            ['Status', measureStatusLabel[m.status]],
          ]),
          ...(evals.length === 0 ? [] : [dataTable(
            ['Evaluert', 'Resultat', 'Hva vi lærte', 'Videre', 'Av'],
            evals.map((e) => [norwegianDate(e.evaluated_on), outcomeLabel[e.outcome], e.learned, e.next_steps, e.author]),
            [55, 55, '*', '*', 70],
          )]),
        ];
      })),
    ];
  });
}

function logContent(x: CaseExport, childName: string): Content[] {
  const corrections = new Map<string, CaseExport['entries']>();
  for (const e of x.entries) {
    if (e.corrects_entry_id) corrections.set(e.corrects_entry_id, [...(corrections.get(e.corrects_entry_id) ?? []), e]);
  }
  // A correction is shown with the entry it corrects, not on its own (the log is never edited in place).
  return x.entries.filter((e) => !e.corrects_entry_id).flatMap((e) => [
    { text: `${norwegianDate(e.occurred_on)} · ${entryKindLabel[e.kind]} · ${authorOf(e, childName)}`, style: 'h3' } as Content,
    ...(e.attendees ? [{ text: `Til stede: ${e.attendees}`, italics: true } as Content] : []),
    { text: e.body, margin: [0, 0, 0, 4] } as Content,
    ...(corrections.get(e.id) ?? []).map((c): Content => ({
      text: [{ text: `Rettelse ${norwegianDateTime(c.created_at)} (${authorOf(c, childName)}): `, bold: true }, c.body],
      margin: [12, 0, 0, 4],
    })),
  ]);
}

export async function renderCasePdf(x: CaseExport): Promise<Buffer> {
  const h = x.header;
  const childName = `${h.given_name} ${h.family_name}`;
  const content: Content[] = [
    { text: 'BTI-sak (stafettlogg)', style: 'title' },
    { text: `${h.tenant_name} · Eksportert ${norwegianDateTime(x.exportedAt)} av ${x.exportedBy}`, style: 'subtitle' },
    h2('Barnet'),
    fieldTable([
      ['Navn', childName],
      ['Fødselsnummer', h.national_id],
      ['Fødselsdato', norwegianDate(h.birth_date)],
      ['Adresse', addressText(h.address)],
      ['Foresatte med foreldreansvar', x.guardians.join(', ')],
    ]),
    h2('Saken'),
    fieldTable([
      ['Eierenhet', h.unit_name],
      ['Nivå', x.levels?.get(h.level)?.label ?? String(h.level)],
      ['Status', h.status === 'open' ? 'Åpen' : 'Avsluttet'],
      ['Opprettet', norwegianDateTime(h.opened_at)],
      ['Avsluttet', h.closed_at ? `${norwegianDateTime(h.closed_at)}${h.close_reason ? ` – ${closeReasonLabel[h.close_reason]}` : ''}` : ''],
      ['Stafettholder', h.holder_name],
    ]),
    h2('Nivåhistorikk'),
    dataTable(['Dato', 'Nivå', 'Begrunnelse'], levelHistory(x.entries, x.levels ?? new Map()), [60, 130, '*']),
    h2('Stafettholdere'),
    dataTable(['Fra', 'Stafettholder', 'Enhet'], x.holders.map((s) => [norwegianDateTime(s.from_at), s.name, s.unit_name])),
    h2('Deltakere'),
    x.members.length === 0 ? none('Ingen deltakere lagt til.') : dataTable(
      ['Navn', 'Enheter', 'Lagt til', 'Fjernet'],
      x.members.map((m) => [m.name, m.units, norwegianDateTime(m.added_at), m.removed_at ? norwegianDateTime(m.removed_at) : '']),
    ),
    h2('Samtykker'),
    x.consents.length === 0 ? none('Ingen samtykker er registrert.') : dataTable(
      ['Beslutning', 'Gitt av', 'Gjelder', 'Formål', 'Periode', 'Trukket'],
      x.consents.map((k) => [
        `${k.decision === 'given' ? 'Gitt' : 'Avslått'} ${norwegianDate(todayInNorway(k.created_at))}`,
        [k.guardian_names, k.young_person ? `${childName} (ungdom)` : ''].filter(Boolean).join(', '),
        k.unit_names,
        k.purpose,
        `${norwegianDate(k.valid_from)} – ${norwegianDate(k.valid_to)}`,
        k.withdrawn_at ? `${norwegianDateTime(k.withdrawn_at)}${k.withdrawn_reason ? `: ${k.withdrawn_reason}` : ''}` : '',
      ]),
      [64, 72, 72, '*', 64, 72],
    ),
    h2('Handlingsplan'),
    ...planContent(x),
    h2('Logg'),
    ...logContent(x, childName),
  ];
  return renderPdf({ title: 'BTI-sak', footer: 'Taushetsbelagt – unntatt offentlighet, jf. offl. § 13', content });
}
