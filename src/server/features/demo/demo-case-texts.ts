/**
 * Short, plausible Norwegian texts for the demo municipality's case work. They name roles
 * («kontaktlærer», «helsesykepleier»), never people, so nothing here can point at anyone real.
 * «Barnet» is used where a text fits both kindergarten and school.
 */

/** The municipality's list of signals offered on the concern form. */
export const DEMO_SIGNALS = [
  'Endret atferd', 'Trist eller innesluttet', 'Utagerende', 'Høyt fravær', 'Sliten eller ukonsentrert',
  'Lite mat eller mangelfull påkledning', 'Skader uten god forklaring', 'Konflikter med jevnaldrende',
  'Språk- eller utviklingsforsinkelse', 'Bekymring meldt fra foresatte', 'Rus eller vold i nære relasjoner',
] as const;

export const OBSERVATIONS = [
  'Barnet har over flere uker trukket seg unna i lek og sitter mye alene.',
  'Har kommet sent flere dager denne måneden og virker sliten om morgenen.',
  'Reagerer sterkt ved overganger og blir lett sint når planene endres.',
  'Har hatt flere konflikter med andre barn i frileken og friminuttene den siste tiden.',
  'Virker trist og sier lite. Spiser lite av matpakken.',
  'Har hatt mye fravær de siste ukene, ofte på mandager.',
  'Har vansker med å komme i gang med oppgaver og gir fort opp.',
  'Forteller om lite søvn og at det er mye uro hjemme.',
  'Klær og utstyr har flere ganger vært mangelfulle for været.',
  'Har endret seg tydelig etter jul: mer stille og mindre leken.',
  'Språket ligger etter jevnaldrende, og barnet blir lett frustrert når det ikke blir forstått.',
  'Klager ofte over vondt i magen og vil hjem.',
] as const;

export const CONVERSATIONS = [
  'Samtale med mor. Hun kjenner seg igjen i det vi ser og ønsker tett kontakt framover.',
  'Samtale med far på telefon. Han opplever at det går bedre hjemme enn på skolen.',
  'Samtale med foresatte. Vi ble enige om å prøve ut faste rutiner for morgenen.',
  'Kort samtale med begge foresatte etter henting. Avtalt nytt møte om tre uker.',
  'Samtale med foresatte om søvn og skjermbruk. De vil prøve faste leggetider.',
  'Samtale med mor om hvordan barnet har det i fritiden. Lite kontakt med venner utenom skolen.',
] as const;

export const CHILD_VOICE = [
  'Sier at friminuttene er det verste, fordi ingen vil være med.',
  'Forteller at det er fint å ha en fast voksen å gå til.',
  'Sier at det er vanskelig å sove fordi det er bråk om kvelden.',
  'Vil gjerne ha mindre lekser og mer tid til å tegne.',
  'Sier at det har blitt bedre i klassen etter at hen fikk ny plass.',
  'Ønsker ikke at andre i klassen skal vite om møtene.',
  'Forteller at fotballtreningen er det beste i uka.',
  'Sier at hen blir lei seg når de voksne krangler.',
] as const;

export const GUARDIANS_VIEW = [
  'Vi opplever at det har gått bedre de siste ukene, men morgenene er fortsatt tunge.',
  'Vi ønsker at skolen gir oss beskjed med en gang noe skjer.',
  'Vi er glade for samarbeidet og vil gjerne fortsette med samtalene.',
  'Hjemme er barnet roligere enn det dere beskriver. Vi lurer på hva som skjer i friminuttene.',
  'Vi ønsker ikke flere tjenester inn nå, men vil vurdere det igjen etter sommeren.',
  'Vi merker at det hjelper med faste rutiner. Takk for god oppfølging.',
] as const;

export const MEETINGS = [
  'Koordinerende møte. Gjennomgang av tiltakene så langt. Foresatte opplever fremgang. Tiltakene fortsetter; ny evaluering om seks uker.',
  'Samarbeidsmøte med foresatte. Enighet om mål for våren. Helsesykepleier følger opp samtaler.',
  'Møte i ressursteamet. Drøftet behov for vurdering fra PPT. Foresatte samtykker til henvisning.',
  'Oppfølgingsmøte. Fraværet har gått ned. Avtalt å trappe ned hyppigheten på møtene.',
  'Ansvarsgruppemøte. Ny fordeling av oppgaver mellom tjenestene. Referat sendt foresatte.',
] as const;

export const ATTENDEES = [
  'Kontaktlærer, foresatte, helsesykepleier',
  'Stafettholder, mor, far, rektor',
  'Kontaktlærer, foresatte, PPT-rådgiver, sosiallærer',
  'Stafettholder, foresatte, helsesykepleier, barnevernskonsulent',
  'Pedagogisk leder, foresatte, styrer',
] as const;

export const DECISIONS = [
  'Vi fortsetter med tiltakene ut semesteret og evaluerer før sommerferien.',
  'Foresatte og skole er enige om å be PPT om en vurdering.',
  'Tiltaket med fast voksen i friminuttene avsluttes; det har virket.',
  'Vi starter med ukentlige samtaler med helsesykepleier.',
  'Saken drøftes anonymt i det tverrfaglige teamet neste måned.',
] as const;

export const NOTES = [
  'Ringte foresatte for å avtale tid for neste møte.',
  'Sendt innkalling til koordinerende møte.',
  'Helsesykepleier er orientert om avtalene fra møtet.',
  'Barnet var borte i dag; foresatte har meldt fra.',
  'Oppdatert plan delt med foresatte.',
  'Minnet om evaluering av tiltak i neste uke.',
] as const;

export const CORRECTIONS = [
  'Rettelse: møtet var tirsdag, ikke mandag.',
  'Rettelse: det var far, ikke mor, som deltok i samtalen.',
  'Presisering: avtalen gjelder bare skoledager.',
] as const;

export const OPENING_REASONS = [
  'Logg opprettet etter drøfting med leder. Vi følger opp med egne tiltak sammen med foresatte.',
  'Bekymringen er konkretisert i observasjoner og drøftet med foresatte, som ønsker oppfølging.',
  'Flere tjenester er involvert; vi trenger en felles plan og én stafettholder.',
] as const;

export const LEVEL_REASONS = [
  'Egen innsats er ikke nok. Helsetjenesten kobles inn med samtykke fra foresatte.',
  'Behov for vurdering fra PPT. Foresatte har samtykket.',
  'Flere tjenester er inne; vi etablerer ansvarsgruppe.',
  'Situasjonen er mer stabil; vi fortsetter med egen innsats.',
] as const;

export const GOALS = [
  'Barnet skal trives og ha noen å være sammen med i friminuttene.',
  'Barnet skal møte på skolen hver dag.',
  'Barnet skal ha faste rutiner for søvn og morgen.',
  'Barnet skal kunne uttrykke seg med ord når noe er vanskelig.',
  'Barnet skal komme i gang med oppgaver med minst mulig hjelp.',
  'Familien skal få avlastning og veiledning.',
] as const;

export const MEASURES = [
  'Fast voksen i friminuttene tre dager i uka.',
  'Samtaler med helsesykepleier annenhver uke.',
  'Ukentlig kontakt mellom kontaktlærer og foresatte.',
  'Vurdering fra PPT.',
  'Lesekurs i smågruppe to ganger i uka.',
  'Foreldreveiledning (ICDP) for foresatte.',
  'Morgenmøte med kontaktlærer ved skolestart.',
  'Plass i aktivitetsgruppe på ungdomsklubben.',
] as const;

export const LEARNED = [
  'Tiltaket virker best når det er forutsigbart og den samme voksne.',
  'Barnet trenger mer tid enn vi regnet med.',
  'Foresatte opplever tiltaket som nyttig.',
  'Effekten uteble i perioder med mye fravær hos ansatte.',
] as const;

export const NEXT_STEPS = [
  'Fortsetter som før; ny evaluering om seks uker.',
  'Justerer tiltaket til to dager i uka.',
  'Avslutter tiltaket og følger med i hverdagen.',
  'Drøfter nye tiltak i neste møte med foresatte.',
] as const;

export const STEP_SUMMARIES = {
  discussion_colleague: 'Drøftet med kollega. Vi ser det samme og følger med videre.',
  discussion_leader: 'Drøftet med leder. Enige om å snakke med barnet og foresatte.',
  conversation_child: 'Kort samtale med barnet, som sier at det er mye som er vanskelig nå.',
  conversation_guardians: 'Samtale med foresatte. De har merket noe av det samme hjemme.',
} as const;

export const CLOSE_DECISIONS = [
  'Drøftet og fulgt med i fire uker. Ikke grunn til videre bekymring.',
  'Foresatte har forklart situasjonen; vi følger med på vanlig måte.',
] as const;

export const CONSENT_PURPOSES = [
  'Samarbeid om tiltak for barnet i skole og helsetjeneste.',
  'Vurdering og oppfølging fra PPT.',
  'Felles plan og ansvarsgruppe.',
] as const;

export const WITHDRAW_REASONS = [
  'Foresatte ønsker ikke lenger at barneverntjenesten deltar.',
  'Foresatte trekker samtykket etter uenighet om tiltak.',
] as const;

export const HANDOVER_MESSAGES = [
  'Jeg går ut i permisjon. Kan du ta over stafettloggen?',
  'Barnet har byttet klasse; naturlig at du tar over.',
  'Ønsker at du tar over som stafettholder etter møtet i dag.',
] as const;
