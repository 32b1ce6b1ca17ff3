import { adaptNote, list, md, type DefaultDocument } from '../define.js';

/**
 * Three of Sel's plan documents — resource team, parent collaboration, transitions — as
 * starting points: what such a document covers, in words that hold in any municipality. The
 * municipality fills in its own arrangements (who sits where, which dates) when it adapts them.
 */

export const resourceTeam: DefaultDocument = {
  slug: 'ressursteam',
  kind: 'guideline',
  title: 'Ressursteam',
  summary: 'Hva ressursteamet i barnehagen og skolen er, hvem som sitter i det, og hvordan en sak meldes inn og drøftes.',
  body: md(
    adaptNote,
    '## Formål',
    'Ressursteamet er barnehagens eller skolens tverrfaglige team. Det gir de ansatte råd i saker om enkeltbarn og om grupper, og hjelper enheten å sette inn riktig hjelp tidlig – så langt det er mulig i den vanlige hverdagen i barnehagen eller på skolen.',
    '## Hvem sitter i teamet',
    list(
      'lederen av barnehagen eller skolen, som leder teamet',
      'spesialpedagogisk eller sosialpedagogisk ressurs',
      'helsesykepleier',
      'pedagogisk-psykologisk tjeneste (PPT)',
      'barnevernstjenesten',
      'andre ved behov, for eksempel SFO-leder eller kontaktlærer',
    ),
    '## Møter',
    'Teamet møtes fast, for eksempel to til fire ganger i halvåret. Møtedatoene settes for et halvår av gangen, slik at alle kan planlegge.',
    '## Slik meldes en sak inn',
    list(
      'Drøft først uroen i enheten, slik handlingsveilederen beskriver på nivå 0.',
      'Meld saken inn til lederen av teamet, gjerne med observasjonsskjemaet.',
      'Uten samtykke drøftes saken anonymt. Med et samtykke som omfatter teamet, kan saken drøftes med navn, og de foresatte kan inviteres.',
    ),
    '## Etter møtet',
    'Råd og avtaler skrives ned. Gjelder det en BTI-sak, skrives de i loggen i Samla, og stafettholderen følger dem opp.',
  ),
};

export const parentCollaboration: DefaultDocument = {
  slug: 'plan-for-foreldresamarbeid',
  kind: 'plan',
  title: 'Plan for foreldresamarbeid',
  summary: 'Hvordan barnehager og skoler samarbeider med foreldre og foresatte – fra den daglige kontakten til samtaler om uro.',
  body: md(
    adaptNote,
    '## Formål',
    'Et godt samarbeid med foreldre og foresatte er grunnlaget for at barn trives og lærer. Når det oppstår uro for et barn, er det lettere å snakke sammen hvis tilliten allerede er der.',
    '## Prinsipper',
    list(
      'Foreldrene kjenner barnet sitt best. Vi møter dem med respekt og lytter til hvordan de ser det.',
      'Vi tar kontakt tidlig – også for å fortelle om det som går bra.',
      'Vi er tydelige på hva vi ser, og skiller mellom det vi har observert og det vi tror.',
      'Vi bruker kvalifisert tolk når foreldrene trenger det.',
    ),
    '## Samarbeidet gjennom året',
    list(
      '**Den daglige kontakten:** i bringe- og hentesituasjoner, på telefon og i meldinger.',
      '**Faste samtaler:** jevnlige foreldresamtaler om barnets trivsel, utvikling og læring.',
      '**Foreldremøter:** informasjon og samtale om gruppen eller klassen.',
      '**Foreldrenes organer:** foreldreråd og samarbeidsutvalg i barnehagen, foreldreråd og foreldrerådets arbeidsutvalg (FAU) i skolen.',
    ),
    '## Når vi er urolige for et barn',
    'Vi tar opp uroen med de foresatte tidlig og på en trygg måte, og bruker samtalemalen for samtale med foresatte. Ved mistanke om vold eller overgrep i familien snakker vi ikke med de foresatte først, men kontakter barnevernet.',
    'Følges barnet opp i en BTI-sak, er stafettholderen de foresattes faste kontaktperson. De foresatte kan lese loggen i Samla og skrive sitt eget syn.',
  ),
};

export const transitionsPlan: DefaultDocument = {
  slug: 'plan-for-overganger',
  kind: 'plan',
  title: 'Plan for overganger i utdanningsløpet',
  summary: 'Hvordan barnehager og skoler gir barn trygge overganger – fra barnehage til skole, mellom skoler og videre til videregående opplæring.',
  body: md(
    adaptNote,
    '## Formål',
    'Gode overganger gir barnet en trygg start på noe nytt. Informasjon og tiltak skal følge barnet, så oppfølgingen ikke brytes når barnet bytter barnehage, skole eller tjeneste.',
    '## Overgangene',
    list(
      'fra hjemmet til barnehagen',
      'fra barnehagen til skolen og SFO',
      'fra barneskolen til ungdomsskolen',
      'fra ungdomsskolen til videregående opplæring',
      'når barnet flytter eller bytter skole',
    ),
    '## Slik planlegger vi',
    list(
      'Vi starter i god tid, og tidligst for barn som trenger særlig tilrettelegging.',
      'Barnet og foreldrene er med i planleggingen, og barnets syn blir skrevet ned.',
      'Avgivende og mottakende enhet møtes, og avtaler hva som skal skje før, under og etter overgangen.',
      'Opplysninger om barnet overføres med samtykke fra foreldrene, utover det som lov eller forskrift krever.',
    ),
    '## Stafettholderen ved overganger',
    'Følges barnet opp i en BTI-sak, avtaler stafettholderen med familien og den nye enheten hvem som blir ny stafettholder. Stafetten er ikke gitt videre før den nye stafettholderen har tatt imot den i Samla, og loggen følger med.',
    '## Etter overgangen',
    'Den mottakende enheten følger opp at barnet har fått en god start, og evaluerer tiltakene som ble videreført.',
  ),
};
