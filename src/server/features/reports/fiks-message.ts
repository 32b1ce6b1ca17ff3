import type { FieldProblem } from '../../platform/http/errors.js';
import type { Address } from '../../../contracts/children.js';
import type { ReportContent } from '../../../contracts/reports.js';

/**
 * The report of concern as KS Fiks «offentlig bekymringsmelding v2» (schema/ beside this file,
 * unchanged from KS): a pure mapping from what Samla stores to the schema's Norwegian fields,
 * and the list of what is still missing before a draft can become such a message.
 *
 * A protected address (fortrolig / strengt fortrolig, DESIGN §4.7) is never exported. The
 * schema requires `adresselinje1` for the child, so the line says only that the address is
 * protected; child welfare looks the address up in the population register itself. The same
 * line is used for both levels so that the message does not even tell which protection applies.
 */
export const PROTECTED_ADDRESS_LINE = 'Adresse sperret';
export const UNKNOWN_ADDRESS_LINE = 'Adresse ukjent';
export const DELIVERY_CHANNEL = 'Samla';
/** The prefilled reason when guardians were deliberately not contacted (concerns.guardians_not_contacted). */
export const SUSPECTED_ABUSE_REASON = 'Mistanke om vold eller overgrep';

/** The schema's patterns, from offentlig.bekymringsmelding.v2.json, so a draft is told before export fails. */
export const PHONE_PATTERN = /^[+]?[0-9]+([- ][0-9]+)*$/;
export const EMAIL_PATTERN = /^[A-Za-zæøåÆØÅ0-9-_]+(\.[A-Za-zæøåÆØÅ0-9-_]+)*@[A-Za-zæøåÆØÅ0-9-]+(\.[A-Za-zæøåÆØÅ0-9-]+)*(\.[A-Za-z]{2,})$/;

export interface Municipality {
  number: string;
  name: string;
  districtNumber: string;
  districtName: string;
}

export interface FiksInput {
  municipality: Municipality;
  child: { name: string; nationalId: string; address: Address };
  content: ReportContent;
  sentAt: Date;
  deliveryChannel: string;
}

interface FiksAddress {
  adresselinje1: string;
  postnummer?: string;
  poststed?: string;
}

export interface FiksMessage {
  kommunenummer: string;
  kommunenavn: string;
  bydelsnummer: string;
  bydelsnavn: string;
  offentligMelder: {
    personnavn: string;
    rolle: string;
    telefonnummer: string;
    epost: string;
    virksomhet: { navn: string; orgnr?: string; adresse: FiksAddress };
  };
  offentligBarn: {
    fnr: string;
    ufoedt: boolean;
    personnavn: string;
    telefonnummer?: string;
    adresse: FiksAddress;
    orientert: boolean;
    orientertGrunn?: string;
  }[];
  foresatte: { personnavn: string; telefonnummer?: string; orientert: boolean; orientertGrunn?: string }[];
  behovForTolk?: string;
  andreHjelpeinstanser?: string;
  melding: { melding: string; historie: string; andreSynspunkter?: string };
  sendingstidspunkt: string;
  leveringskanal: string;
}

/**
 * Most string fields of the schema have the pattern `^(.*)$`, which refuses a line break, so
 * text typed on several lines is joined into one for them (melding and historie keep theirs).
 */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/** Optional fields are left out when empty rather than sent as empty strings. */
function optional<K extends string>(key: K, value: string, line = true): Partial<Record<K, string>> {
  const v = line ? oneLine(value) : value.trim();
  return v === '' ? {} : ({ [key]: v } as Record<K, string>);
}

export function childAddress(address: Address): FiksAddress {
  if (address.protection !== 'none') return { adresselinje1: PROTECTED_ADDRESS_LINE };
  const street = oneLine(address.streetAddress ?? '');
  if (street === '') return { adresselinje1: UNKNOWN_ADDRESS_LINE };
  return { adresselinje1: street, ...optional('postnummer', address.postalCode ?? ''), ...optional('poststed', address.city ?? '') };
}

function informedOf(p: { informed: boolean | null; notInformedReason: string }) {
  const informed = p.informed === true;
  return { orientert: informed, ...(informed ? {} : optional('orientertGrunn', p.notInformedReason)) };
}

/** The message for KS Fiks. Call it only when `missingFields` is empty; the result is validated against the schema by the caller. */
export function toFiksMessage(input: FiksInput): FiksMessage {
  const { municipality: m, child, content: c } = input;
  const unitAddress = c.unit.address;
  return {
    kommunenummer: m.number,
    kommunenavn: oneLine(m.name),
    bydelsnummer: m.districtNumber,
    bydelsnavn: oneLine(m.districtName),
    offentligMelder: {
      personnavn: oneLine(c.reporter.name),
      rolle: oneLine(c.reporter.role),
      telefonnummer: c.reporter.phone.trim(),
      epost: c.reporter.email.trim(),
      virksomhet: {
        navn: oneLine(c.unit.name),
        ...optional('orgnr', c.unit.organisationNumber),
        adresse: {
          adresselinje1: oneLine(unitAddress.line1),
          ...optional('postnummer', unitAddress.postalCode),
          ...optional('poststed', unitAddress.city),
        },
      },
    },
    offentligBarn: [{
      fnr: child.nationalId,
      ufoedt: false,
      personnavn: oneLine(child.name),
      ...optional('telefonnummer', c.child.phone),
      adresse: childAddress(child.address),
      ...informedOf(c.child),
    }],
    foresatte: c.guardians.map((g) => ({
      personnavn: oneLine(g.name),
      ...optional('telefonnummer', g.phone),
      ...informedOf(g),
    })),
    ...optional('behovForTolk', c.interpreterNeed, false),
    ...optional('andreHjelpeinstanser', c.otherServices, false),
    melding: { melding: c.message.trim(), historie: c.history.trim(), ...optional('andreSynspunkter', c.otherViews, false) },
    sendingstidspunkt: input.sentAt.toISOString(),
    leveringskanal: input.deliveryChannel,
  };
}

const problem = (path: string, code: string, message: string): FieldProblem => ({ path, code, message });

function informedProblems(path: string, p: { informed: boolean | null; notInformedReason: string }): FieldProblem[] {
  if (p.informed === null) return [problem(`${path}.informed`, 'required', 'Say whether they were informed')];
  if (!p.informed && p.notInformedReason.trim() === '') {
    return [problem(`${path}.notInformedReason`, 'required', 'Say why they were not informed')];
  }
  return [];
}

/**
 * What a draft still lacks before it can be exported or sent, as field problems under `content`.
 * Required by the schema: the reporter's name, role, phone and e-mail (with the schema's
 * patterns), the unit's name and address line, at least one guardian, the message and its
 * history. Required by Samla (issue 3, item 7): whether the child and each guardian were
 * informed, and why not.
 */
export function missingFields(c: ReportContent): FieldProblem[] {
  const out: FieldProblem[] = [];
  const required = (path: string, value: string) => {
    if (value.trim() === '') out.push(problem(`content.${path}`, 'required', 'Required'));
  };
  required('reporter.name', c.reporter.name);
  required('reporter.role', c.reporter.role);
  if (c.reporter.phone.trim() === '') required('reporter.phone', '');
  else if (!PHONE_PATTERN.test(c.reporter.phone.trim())) out.push(problem('content.reporter.phone', 'invalid_phone', 'Digits, optionally with a leading + and single spaces or dashes'));
  if (c.reporter.email.trim() === '') required('reporter.email', '');
  else if (!EMAIL_PATTERN.test(c.reporter.email.trim())) out.push(problem('content.reporter.email', 'invalid_email', 'Not an e-mail address'));
  required('unit.name', c.unit.name);
  required('unit.address.line1', c.unit.address.line1);
  out.push(...informedProblems('content.child', c.child));
  if (c.guardians.length === 0) out.push(problem('content.guardians', 'required', 'At least one guardian'));
  c.guardians.forEach((g, i) => {
    required(`guardians.${i}.name`, g.name);
    out.push(...informedProblems(`content.guardians.${i}`, g));
  });
  required('message', c.message);
  required('history', c.history);
  return out;
}
