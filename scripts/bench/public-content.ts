import type { Insertable } from 'kysely';
import { serviceNeeds, serviceTypes, type ServiceNeed, type ServiceText } from '../../src/contracts/catalogue.js';
import { referrers } from '../../src/contracts/catalogue-fields.js';
import type { Db } from '../../src/server/platform/db/database.js';
import type { DocumentKind, DocumentVersionsTable, DocumentsTable, ServicesTable } from '../../src/server/platform/db/schema.js';
import { sortKey } from '../../src/server/platform/text/sort-key.js';
import { AREAS, asciiFold } from '../../src/server/features/demo/names.js';
import { Random } from '../../src/server/features/demo/prng.js';

/**
 * The public face at the size the issue measures it (200 services, 100 documents): the demo's
 * own catalogue and library topped up with synthetic but plausible published content — varied
 * names, types, ages and needs, and several paragraphs of Norwegian text each, so the full-text
 * search has real vectors to rank.
 */
const OFFERS = [
  'Gruppetilbud', 'Kurs', 'Veiledning', 'Samtalegruppe', 'Temakveld', 'Kartlegging', 'Oppfølging', 'Aktivitetstilbud', 'Rådgivning',
  'Lavterskeltilbud', 'Drop-in', 'Mestringskurs', 'Foreldrekurs', 'Åpen dag', 'Treningsgruppe',
] as const;
const TOPICS = [
  'for foreldre til småbarn', 'om søvn og skjermbruk', 'i språk og lesing', 'for ungdom med angst', 'ved skolevegring',
  'for barn med diabetes', 'om kosthold og aktivitet', 'for barn med ADHD', 'om vennskap og mobbing', 'for unge som sliter med rus',
  'om sorg og tap', 'for barn som pårørende', 'om samliv og brudd', 'for minoritetsspråklige familier', 'i matematikk og lekser',
  'for unge som står utenfor skole og jobb', 'om selvbilde og kropp', 'om trygg bruk av nett og spill', 'for barn med motoriske vansker',
  'om overgangen til ungdomsskolen',
] as const;
const SENTENCES = [
  'Vi møter barn og unge der de er, i barnehagen, på skolen eller hjemme.',
  'Tilbudet er gratis, og du trenger ikke henvisning for å ta kontakt.',
  'Foreldrene er alltid velkomne til å delta i samtalene.',
  'Helsesykepleier, lærer og miljøterapeut samarbeider tett med oss.',
  'Vi legger vekt på tidlig innsats, før vanskene vokser seg store.',
  'Gruppene har faste ledere og møtes jevnlig gjennom hele skoleåret.',
  'Alle som jobber hos oss, har taushetsplikt.',
  'Vi kan hjelpe deg videre til andre tjenester når du trenger mer.',
  'Barnehagene og skolene kan drøfte saker med oss anonymt.',
  'Tilbudet er for barn og ungdom som bor eller går på skole i kommunen.',
  'Vi snakker om følelser, vennskap, søvn, mat og det som er vanskelig.',
  'Samarbeidet skjer med samtykke fra foreldrene og, når barnet er stort nok, fra barnet selv.',
  'Ungdommene kan ta med seg en venn første gang.',
  'Vi gir råd om lek, språk og samspill i hverdagen.',
  'Det er mulig å få samtaler på video eller telefon.',
  'Kurset avsluttes med en samling der foreldre og barn møtes sammen.',
] as const;
const NYNORSK = [
  'Vi møter barn og unge der dei er, i barnehagen, på skulen eller heime.',
  'Tilbodet er gratis, og du treng ikkje tilvising for å ta kontakt.',
  'Alle som jobbar hos oss, har teieplikt.',
  'Vi kan hjelpe deg vidare til andre tenester når du treng meir.',
] as const;
const DOCUMENT_TITLES: Record<DocumentKind, readonly string[]> = {
  plan: ['Plan for', 'Handlingsplan for', 'Tiltaksplan for'],
  routine: ['Rutine for', 'Rutine ved', 'Prosedyre for'],
  guideline: ['Retningslinjer for', 'Veileder for', 'Retningslinjer ved'],
  template: ['Mal for', 'Skjema for', 'Samtalemal for'],
  tool: ['Sjekkliste for', 'Kartleggingsverktøy for', 'Observasjonsskjema for'],
};
const DOCUMENT_SUBJECTS = [
  'samarbeid med foreldre', 'overgang fra barnehage til skole', 'oppfølging av fravær', 'arbeid mot mobbing', 'bruk av tolk',
  'barn som pårørende', 'samarbeidsmøter', 'tverrfaglig drøfting', 'trygt skolemiljø', 'språkstimulering i barnehagen',
  'oppfølging etter bekymringsmelding', 'overgang til videregående skole', 'foreldresamtaler', 'samtaler med barn', 'psykisk helse i skolen',
] as const;

const slugOf = (s: string) => asciiFold(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
const paragraph = (rnd: Random, n: number, pool: readonly string[] = SENTENCES) => Array.from({ length: n }, () => rnd.pick(pool)).join(' ');

function syntheticText(rnd: Random, name: string, place: string, nynorsk: boolean): ServiceText {
  const pool = nynorsk ? NYNORSK : SENTENCES;
  return {
    name,
    summary: paragraph(rnd, 2, pool),
    whoWeAre: `Tilbudet holder til på ${place}. ${paragraph(rnd, 2, pool)}`,
    whatWeOffer: `${paragraph(rnd, 3, pool)}\n\n- ${rnd.pick(TOPICS)}\n- ${rnd.pick(TOPICS)}\n- ${rnd.pick(TOPICS)}`,
    targetGroup: paragraph(rnd, 1, pool),
    howToGetHelp: paragraph(rnd, 2, pool),
    openingHours: rnd.pick(['Mandag–fredag kl. 08.00–15.30.', 'Tirsdag kl. 17.00–19.00.', 'Etter avtale.', 'Onsdag og torsdag kl. 12.00–16.00.']),
    costText: '',
  };
}

/** Published services until the tenant has `total`; returns how many were added. */
export async function topUpServices(db: Db, tenantId: string, total: number, seed: number): Promise<number> {
  const have = await db.selectFrom('services').select((eb) => eb.fn.countAll<string>().as('n')).where('tenant_id', '=', tenantId).where('status', '=', 'published').executeTakeFirstOrThrow();
  const missing = Math.max(0, total - Number(have.n));
  const units = (await db.selectFrom('units').select('id').where('tenant_id', '=', tenantId).orderBy('id').execute()).map((u) => u.id);
  const rnd = new Random(seed);
  const rows: Insertable<ServicesTable>[] = [];
  for (let n = 1; n <= missing; n++) {
    const place = rnd.pick(AREAS);
    const name = `${rnd.pick(OFFERS)} ${rnd.pick(TOPICS)}, ${place}`;
    const from = rnd.int(0, 18);
    const needs = [...new Set(Array.from({ length: rnd.int(1, 4) }, () => rnd.pick(serviceNeeds)))] as ServiceNeed[];
    const content = { nb: syntheticText(rnd, name, place, false), nn: rnd.chance(0.2) ? syntheticText(rnd, name, place, true) : null, en: null };
    rows.push({
      tenant_id: tenantId, unit_id: rnd.chance(0.8) ? rnd.pick(units) : null, slug: `${slugOf(name)}-${n}`, service_type: rnd.pick(serviceTypes),
      status: 'published', age_from: from, age_to: Math.min(25, from + rnd.int(2, 10)), needs,
      referrers: [...new Set([...(rnd.chance(0.6) ? ['self'] : []), rnd.pick(referrers)])], cost: rnd.chance(0.8) ? 'free' : null, drop_in: rnd.chance(0.2),
      content: JSON.stringify(content),
      phones: JSON.stringify([{ number: `12 34 6${Math.floor(n / 100) % 10} ${String(n % 100).padStart(2, '0')}`, label: '' }]),
      email: `tilbud${n}@eksempel.kommune.no`, address: `${place}, Eksempel kommune`, links: '[]', sort_key: sortKey(name), published_at: new Date(),
    });
  }
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('services').values(rows.slice(i, i + 500)).execute();
  return missing;
}

/** Documents with a published version (a few with an older one too) until the tenant has `total`. */
export async function topUpDocuments(db: Db, tenantId: string, total: number, seed: number): Promise<number> {
  const have = await db.selectFrom('documents').select((eb) => eb.fn.countAll<string>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
  const missing = Math.max(0, total - Number(have.n));
  const rnd = new Random(seed ^ 0x0d0c);
  const kinds = Object.keys(DOCUMENT_TITLES) as DocumentKind[];
  for (let n = 1; n <= missing; n++) {
    const kind = rnd.pick(kinds);
    const title = `${rnd.pick(DOCUMENT_TITLES[kind])} ${rnd.pick(DOCUMENT_SUBJECTS)} (${n})`;
    const doc: Insertable<DocumentsTable> = { tenant_id: tenantId, slug: `${slugOf(title)}-${n}`, kind, sort_key: sortKey(title) };
    const { id } = await db.insertInto('documents').values(doc).returning('id').executeTakeFirstOrThrow();
    const versions = rnd.chance(0.3) ? 2 : 1;
    const rows: Insertable<DocumentVersionsTable>[] = Array.from({ length: versions }, (_, k) => ({
      tenant_id: tenantId, document_id: id, version_no: k + 1, title, summary: paragraph(rnd, 1),
      body: `## Formål\n${paragraph(rnd, 3)}\n\n## Slik gjør vi det\n1. ${paragraph(rnd, 1)}\n2. ${paragraph(rnd, 1)}\n3. ${paragraph(rnd, 1)}\n\n## Ansvar\n${paragraph(rnd, 2)}`,
      status: 'published', published_at: new Date(Date.now() - (versions - k) * 90 * 86_400_000),
    }));
    await db.insertInto('document_versions').values(rows).execute();
  }
  return missing;
}
