import type { DocumentKind } from '../../platform/db/schema.js';
import { DEMO_KNOWN } from './demo-known.js';

/**
 * The demo municipality's own routines and guidelines, beside the default documents Samla
 * installs. Made up for «Eksempel kommune»: no real municipality's facts. A version's dates are
 * given as days before the school year starts, so the data is the same all year.
 */
export interface DemoDocumentVersion {
  title: string;
  summary: string;
  body: string;
  changeNote: string;
  /** published this many days before the school year began (mid-August) */
  publishedDaysBefore: number;
}

export interface DemoDocument {
  slug: string;
  kind: DocumentKind;
  /** next review, in days after the school year began; negative: already past, so the owner is reminded */
  reviewDaysAfter: number;
  /** oldest first */
  versions: DemoDocumentVersion[];
}

const absenceV1 = `## Formål
Rutinen skal sikre at skolen oppdager bekymringsfullt fravær tidlig og følger det opp sammen med eleven og foreldrene.

## Når gjelder rutinen?
Når en elev har **15 prosent fravær eller mer** over en periode på fire uker, eller når fraværet følger et mønster (for eksempel ofte mandager).

## Slik gjør vi det
1. Kontaktlæreren tar kontakt med foreldrene og avtaler en samtale.
2. Kontaktlæreren og eleven snakker sammen om hvordan eleven har det på skolen.
3. Skolen lager en plan for oppfølging sammen med eleven og foreldrene.
4. Blir ikke fraværet mindre i løpet av fire uker, tar rektor saken opp i skolens ressursteam.`;

const absenceV2 = `## Formål
Rutinen skal sikre at skolen oppdager bekymringsfullt fravær tidlig og følger det opp sammen med eleven og foreldrene, før fraværet blir langvarig.

## Når gjelder rutinen?
Når en elev har **10 prosent fravær eller mer** over en periode på fire uker, når fraværet følger et mønster (for eksempel ofte mandager), eller når eleven ofte kommer for sent.

## Slik gjør vi det
1. Kontaktlæreren tar kontakt med foreldrene innen tre skoledager og avtaler en samtale.
2. Kontaktlæreren og eleven snakker sammen om hvordan eleven har det på skolen. Bruk samtalemalen for samtaler med barn.
3. Skolen lager en plan for oppfølging sammen med eleven og foreldrene, og skriver den inn i stafettloggen når det er opprettet en sak.
4. Helsesykepleier tilbyr eleven en samtale.
5. Blir ikke fraværet mindre i løpet av fire uker, tar rektor saken opp i skolens ressursteam. PPT kan delta når foreldrene samtykker.

## Ansvar
Rektor har ansvar for at rutinen er kjent for alle ansatte. Kontaktlæreren har ansvar for å følge opp den enkelte eleven.`;

const relatives = `## Formål
Barn som har foreldre eller søsken med alvorlig sykdom, psykiske plager eller rusproblemer, eller som mister noen, skal bli sett og få informasjon og oppfølging.

## Slik gjør vi det
- Den som får vite at et barn er pårørende, spør foreldrene om barnet har fått informasjon og trenger hjelp.
- Barnehagen eller skolen får vite det som er nødvendig for å ta vare på barnet, når foreldrene samtykker.
- Barneansvarlig i helsetjenesten tilbyr samtaler til barnet og familien.
- Barnet får tilbud om plass i gruppen for barn som pårørende.

## Ansvar
Lederen for hver tjeneste har ansvar for at ansatte kjenner rutinen.`;

const interpreter = `## Formål
Barn og foreldre skal forstå og bli forstått når vi snakker om barnets situasjon.

## Retningslinjer
- Bruk kvalifisert tolk når foreldrene ikke snakker godt nok norsk til å forstå samtalen.
- **Bruk aldri barn som tolk** for foreldrene sine, heller ikke søsken.
- Bestill tolk i god tid, og gjerne den samme tolken gjennom hele saken.
- Avklar med tolken før samtalen at tolken har taushetsplikt og skal oversette alt som blir sagt.
- Noter i stafettloggen at samtalen var tolket, og på hvilket språk.`;

export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  {
    slug: DEMO_KNOWN.versionedRoutineSlug, kind: 'routine', reviewDaysAfter: 364,
    versions: [
      {
        title: DEMO_KNOWN.versionedRoutineTitle,
        summary: 'Hva skolen gjør når en elev har mye fravær: kontakt med hjemmet, samtale med eleven og plan for oppfølging.',
        body: absenceV1, changeNote: '', publishedDaysBefore: 700,
      },
      {
        title: DEMO_KNOWN.versionedRoutineTitle,
        summary: 'Hva skolen gjør når en elev har mye fravær: kontakt med hjemmet innen tre dager, samtale med eleven, helsesykepleier og ressursteam.',
        body: absenceV2,
        changeNote: 'Lavere grense for når skolen tar kontakt (10 prosent), frist på tre skoledager, og helsesykepleier og PPT med i oppfølgingen.',
        publishedDaysBefore: 60,
      },
    ],
  },
  {
    slug: 'rutine-barn-som-parorende', kind: 'routine', reviewDaysAfter: -14,
    versions: [{
      title: 'Rutine for oppfølging av barn som pårørende',
      summary: 'Hvordan tjenestene ser og følger opp barn som har foreldre eller søsken med alvorlig sykdom eller rusproblemer.',
      body: relatives, changeNote: '', publishedDaysBefore: 500,
    }],
  },
  {
    slug: 'retningslinjer-bruk-av-tolk', kind: 'guideline', reviewDaysAfter: -45,
    versions: [{
      title: 'Retningslinjer for bruk av tolk i samtaler med barn og foreldre',
      summary: 'Når og hvordan ansatte bestiller og bruker tolk, og hvorfor barn aldri skal tolke for foreldrene sine.',
      body: interpreter, changeNote: '', publishedDaysBefore: 420,
    }],
  },
];
