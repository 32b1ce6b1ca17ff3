import type { Address } from '../../../contracts/children.js';
import type { ReportContent } from '../../../contracts/reports.js';
import { fieldTable, renderPdf, type Content } from '../../platform/documents/pdf.js';
import { PROTECTED_ADDRESS_LINE, type Municipality } from './fiks-message.js';
import { norwegianDate, norwegianDateTime, protectionLabel, yesNo } from './labels.js';

/**
 * The report of concern as a PDF in Norwegian, with every field of the KS Fiks message, for
 * sending by other means or for the file. A protected address is printed only as protected.
 */
export interface ReportPdfInput {
  municipality: Municipality;
  child: { name: string; nationalId: string; birthDate: string; address: Address };
  content: ReportContent;
  status: 'draft' | 'sent';
  sentAt: Date | null;
  createdAt: Date;
  deliveryChannel: string;
}

function addressText(a: Address): string {
  if (a.protection !== 'none') return `${PROTECTED_ADDRESS_LINE} (${protectionLabel[a.protection]})`;
  return [a.streetAddress, [a.postalCode, a.city].filter(Boolean).join(' ')].filter((s) => s && s.trim() !== '').join(', ');
}

function informedText(p: { informed: boolean | null; notInformedReason: string }): string {
  if (p.informed === false && p.notInformedReason.trim() !== '') return `Nei – ${p.notInformedReason.trim()}`;
  return yesNo(p.informed);
}

const h2 = (text: string): Content => ({ text, style: 'h2' });
const paragraph = (text: string): Content => ({ text: text.trim() === '' ? '–' : text, margin: [0, 0, 0, 6] });

export async function renderReportPdf(r: ReportPdfInput): Promise<Buffer> {
  const c = r.content;
  const m = r.municipality;
  const status = r.status === 'sent' && r.sentAt ? `Sendt ${norwegianDateTime(r.sentAt)}` : `Utkast, opprettet ${norwegianDateTime(r.createdAt)}`;
  const content: Content[] = [
    { text: 'Bekymringsmelding til barneverntjenesten', style: 'title' },
    { text: `Offentlig melder · ${status}`, style: 'subtitle' },
    h2('Kommune'),
    fieldTable([
      ['Kommune', `${m.name} (${m.number})`],
      ['Bydel', m.districtName ? `${m.districtName} (${m.districtNumber})` : m.districtNumber],
      ['Leveringskanal', r.deliveryChannel],
      ['Sendingstidspunkt', r.sentAt ? norwegianDateTime(r.sentAt) : 'Ikke sendt'],
    ]),
    h2('Barnet'),
    fieldTable([
      ['Navn', r.child.name],
      ['Fødselsnummer', r.child.nationalId],
      ['Fødselsdato', norwegianDate(r.child.birthDate)],
      ['Adresse', addressText(r.child.address)],
      ['Telefon', c.child.phone],
      ['Orientert om meldingen', informedText(c.child)],
    ]),
    h2('Foresatte med foreldreansvar'),
    ...(c.guardians.length === 0
      ? [paragraph('Ingen foresatte oppgitt')]
      : c.guardians.map((g, i) => fieldTable([
        [`Foresatt ${i + 1}`, g.name],
        ['Telefon', g.phone],
        ['Orientert om meldingen', informedText(g)],
      ]))),
    h2('Melder'),
    fieldTable([
      ['Navn', c.reporter.name],
      ['Rolle/stilling', c.reporter.role],
      ['Telefon', c.reporter.phone],
      ['E-post', c.reporter.email],
    ]),
    h2('Virksomhet'),
    fieldTable([
      ['Navn', c.unit.name],
      ['Organisasjonsnummer', c.unit.organisationNumber],
      ['Adresse', [c.unit.address.line1, [c.unit.address.postalCode, c.unit.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
    ]),
    h2('Hva gjelder bekymringen'),
    paragraph(c.message),
    h2('Historikk'),
    paragraph(c.history),
    h2('Andre synspunkter'),
    paragraph(c.otherViews),
    h2('Behov for tolk'),
    paragraph(c.interpreterNeed),
    h2('Andre hjelpeinstanser involvert'),
    paragraph(c.otherServices),
  ];
  return renderPdf({ title: 'Bekymringsmelding', footer: 'Taushetsbelagt – unntatt offentlighet, jf. offl. § 13', content });
}
