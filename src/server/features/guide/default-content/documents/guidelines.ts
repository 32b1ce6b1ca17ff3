import { adaptNote, list, md, type DefaultDocument } from '../define.js';

/**
 * Sel's guidelines for collaboration meetings and its SAMBA mandate, as starting points. Sel's
 * documents themselves are not copied: these say what such documents cover, and the
 * municipality writes in its own forum, members and dates.
 */

export const meetingGuidelines: DefaultDocument = {
  slug: 'samarbeidsmoter-retningslinjer',
  kind: 'guideline',
  title: 'Samarbeidsmøter – retningslinjer og organisering',
  summary: 'Hvordan samarbeidsmøter om et barn forberedes, gjennomføres og følges opp, og hvem som har hvilken rolle.',
  body: md(
    adaptNote,
    '## Formål',
    'Et samarbeidsmøte samler barnet, de foresatte og tjenestene som hjelper barnet, så alle vet hva som er målet, hvem som gjør hva, og når det skal evalueres.',
    '## Før møtet',
    list(
      'Stafettholderen kaller inn og sender formål og dagsorden på forhånd.',
      'Alle tjenester som deltar, må være omfattet av et gyldig samtykke. Uten samtykke drøftes saken anonymt.',
      'Barnet blir spurt om hva det vil si, og om det vil være med selv.',
      'Trengs det tolk, bestilles det i god tid.',
    ),
    '## Roller',
    list(
      '**Møteleder**, vanligvis stafettholderen: leder møtet og passer på at det ender med klare avtaler.',
      '**Den som skriver:** skriver beslutningene i loggen i Samla. Loggen erstatter et eget referat.',
      '**Deltakerne:** forbereder seg, og tar med det de vet som har betydning for målet med møtet.',
    ),
    '## Under møtet',
    list(
      'Begynn med formålet og med det som fungerer.',
      'Løft fram barnets stemme og de foresattes syn.',
      'Bli enige om mål og tiltak, hvem som har ansvaret for hvert tiltak, og når det skal evalueres.',
      'Avtal neste møte før dere går.',
    ),
    '## Etter møtet',
    'Beslutningene står i loggen, og de foresatte kan lese dem der. Hver deltaker følger opp sine tiltak, og stafettholderen følger med på at datoene holdes.',
  ),
};

export const sambaMandate: DefaultDocument = {
  slug: 'samba-mandat',
  kind: 'guideline',
  title: 'SAMBA-mandat',
  summary: 'Mandat for kommunens tverrfaglige samarbeidsforum for barn og unge: formål, deltakere, oppgaver og hvordan enhetene melder inn saker.',
  body: md(
    adaptNote,
    'Mandatet beskriver kommunens tverrfaglige samarbeidsforum for barn og unge, her kalt SAMBA. Kommunen skriver inn navnet på forumet, deltakerne og møteplanen sin.',
    '## Formål',
    'SAMBA skal sikre at barn, unge og familier som trenger hjelp fra flere tjenester, får samordnet hjelp tidlig. Forumet er stedet der enhetene kan melde inn saker de står fast i, få dem drøftet på tvers av tjenestene og få avklart hvem som gjør hva.',
    '## Deltakere',
    list(
      'en leder eller koordinator som leder forumet',
      'representanter for barnehage og skole',
      'helsestasjon og skolehelsetjeneste',
      'pedagogisk-psykologisk tjeneste (PPT)',
      'barnevernstjenesten',
      'psykisk helsetjeneste for barn og unge, NAV og andre tjenester ved behov',
    ),
    '## Oppgaver',
    list(
      'drøfte saker som enhetene melder inn, og gi råd',
      'avklare ansvar mellom tjenestene når en sak trenger flere av dem',
      'se etter mønstre på tvers av saker, og melde behov for endringer i tjenestetilbudet videre',
    ),
    '## Slik melder en enhet inn en sak',
    list(
      'Lederen av enheten melder inn saken.',
      'Saken drøftes anonymt, med mindre de foresatte har gitt et samtykke som omfatter forumet.',
      'Med samtykke kan de foresatte, og barnet når det passer, inviteres.',
    ),
    '## Møter og oppfølging',
    'Forumet møtes fast etter en plan for året. Råd og avklaringer skrives ned, og enheten som meldte inn saken, følger dem opp. Mandatet evalueres hvert år.',
  ),
};
