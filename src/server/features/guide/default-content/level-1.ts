import { choice, list, md, type DefaultStep } from './define.js';

/**
 * Level 1: the relay holder, the log and the service's own effort, then Skien's two decision
 * points on this level («Skal det sendes bekymringsmelding?», «Skal andre involveres i
 * innsatsen?») and «Lokal innsats fortsetter eller avsluttes».
 */
export const levelOne: Omit<DefaultStep, 'level'>[] = [
  {
    key: 'stafettholder',
    kind: 'step',
    content: {
      nb: {
        title: 'Stafettholder utnevnes, og de foresatte blir informert',
        who: 'Lederen utnevner stafettholderen, som tar over ansvaret',
        body: md(
          'Er det grunn til bekymring, får barnet en stafettholder: den ene voksne som har ansvaret for å følge opp og holde tråden. Det er vanligvis den som står barnet nærmest i hverdagen.',
          'Stafettholderen',
          list(
            'snakker med de foresatte om uroen, og med barnet når det er riktig ut fra alder og modenhet',
            'oppretter BTI-saken (stafettloggen) i Samla, slik at de foresatte kjenner til den og kan lese den',
            'kaller inn til møter og passer på at avtaler blir fulgt opp',
            'gir stafetten videre når barnet bytter tjeneste, for eksempel fra barnehage til skole. Stafetten er ikke gitt videre før den nye stafettholderen har tatt imot den.',
          ),
        ),
      },
      nn: {
        title: 'Stafetthaldar blir utnemnd, og dei føresette blir informerte',
        who: 'Leiaren utnemner stafetthaldaren, som tek over ansvaret',
        body: md(
          'Er det grunn til bekymring, får barnet ein stafetthaldar: den eine vaksne som har ansvaret for å følgje opp og halde tråden. Det er vanlegvis den som står barnet nærast i kvardagen.',
          'Stafetthaldaren',
          list(
            'snakkar med dei føresette om uroa, og med barnet når det er rett ut frå alder og modning',
            'opprettar BTI-saka (stafettloggen) i Samla, slik at dei føresette kjenner til henne og kan lese henne',
            'kallar inn til møte og passar på at avtalar blir følgde opp',
            'gir stafetten vidare når barnet byter teneste, til dømes frå barnehage til skule. Stafetten er ikkje gitt vidare før den nye stafetthaldaren har teke imot han.',
          ),
        ),
      },
      en: {
        title: 'A relay holder is appointed, and the guardians are informed',
        who: 'The manager appoints the relay holder, who takes over the responsibility',
        body: md(
          'When there is reason for concern, the child gets a relay holder (stafettholder): the one adult responsible for following up and keeping track. This is usually the adult closest to the child in everyday life.',
          'The relay holder',
          list(
            'talks with the guardians about the worry, and with the child when that is right for the child’s age and maturity',
            'opens the BTI case (the relay log) in Samla, so that the guardians know about it and can read it',
            'calls meetings and makes sure that agreements are followed up',
            'passes the baton on when the child moves to another service, for example from kindergarten to school. The baton has not been passed on until the new relay holder has accepted it.',
          ),
        ),
      },
    },
    choices: [choice('egen-innsats', 'Neste: tjenestens egen innsats', 'Neste: eigen innsats i tenesta', 'Next: your service’s own effort')],
    documents: ['plan-for-foreldresamarbeid'],
  },
  {
    key: 'egen-innsats',
    kind: 'step',
    content: {
      nb: {
        title: 'Logg opprettes, og egen innsats settes i gang og vurderes',
        who: 'Stafettholderen, sammen med barnet og de foresatte',
        body: md(
          'Tjenesten din setter i gang tiltak sammen med barnet og familien. Skriv i loggen det dere gjør:',
          list(
            '**Barnets stemme:** Hva sier barnet selv? Skriv det ned, gjerne med barnets egne ord.',
            '**De foresattes syn:** Hvordan ser de på situasjonen, og hva ønsker de?',
            '**Mål og tiltak:** Hva skal bli bedre, hva gjør dere, hvem har ansvaret, og når skal tiltaket evalueres?',
          ),
          'Evaluer tiltakene på datoen dere har avtalt. Da vurderer dere om innsatsen hjelper, om den skal fortsette, endres eller avsluttes – og om det trengs mer.',
        ),
      },
      nn: {
        title: 'Logg blir oppretta, og eigen innsats blir sett i gang og vurdert',
        who: 'Stafetthaldaren, saman med barnet og dei føresette',
        body: md(
          'Tenesta di set i gang tiltak saman med barnet og familien. Skriv i loggen det de gjer:',
          list(
            '**Stemma til barnet:** Kva seier barnet sjølv? Skriv det ned, gjerne med orda til barnet.',
            '**Synet til dei føresette:** Korleis ser dei på situasjonen, og kva ønskjer dei?',
            '**Mål og tiltak:** Kva skal bli betre, kva gjer de, kven har ansvaret, og når skal tiltaket evaluerast?',
          ),
          'Evaluer tiltaka på datoen de har avtalt. Då vurderer de om innsatsen hjelper, om han skal halde fram, endrast eller avsluttast – og om det trengst meir.',
        ),
      },
      en: {
        title: 'A log is opened, and your own effort is started and assessed',
        who: 'The relay holder, together with the child and the guardians',
        body: md(
          'Your service starts measures together with the child and the family. Write what you do in the log:',
          list(
            '**The child’s voice:** What does the child say? Write it down, preferably in the child’s own words.',
            '**The guardians’ view:** How do they see the situation, and what do they want?',
            '**Goals and measures:** What should get better, what will you do, who is responsible, and when will the measure be evaluated?',
          ),
          'Evaluate the measures on the date you agreed. Decide then whether the effort helps, whether it should continue, change or end – and whether more is needed.',
        ),
      },
    },
    choices: [choice('bekymringsmelding-niva-1', 'Neste: hva skjer videre?', 'Neste: kva skjer vidare?', 'Next: what happens now?')],
    documents: ['samtalemal-barn', 'samtalemal-foresatte'],
  },
  {
    key: 'bekymringsmelding-niva-1',
    kind: 'decision',
    content: {
      nb: {
        title: 'Skal det sendes bekymringsmelding?',
        who: 'Stafettholderen, sammen med lederen',
        body: md(
          'Vurder ved hver evaluering om det dere nå vet, gir grunn til å melde til barnevernet. Opplysningsplikten gjelder hele tiden, også når tjenesten har satt i gang tiltak, og den krever ikke samtykke.',
        ),
      },
      nn: {
        title: 'Skal det sendast bekymringsmelding?',
        who: 'Stafetthaldaren, saman med leiaren',
        body: md(
          'Vurder ved kvar evaluering om det de no veit, gir grunn til å melde til barnevernet. Opplysningsplikta gjeld heile tida, også når tenesta har sett i gang tiltak, og ho krev ikkje samtykke.',
        ),
      },
      en: {
        title: 'Should a report of concern be sent?',
        who: 'The relay holder, together with the manager',
        body: md(
          'At every evaluation, consider whether what you now know gives reason to report to child welfare services. The duty to inform applies at all times, also once your service has started measures, and it does not need consent.',
        ),
      },
    },
    choices: [
      choice('send-bekymringsmelding', 'Ja, vi sender bekymringsmelding', 'Ja, vi sender bekymringsmelding', 'Yes, we send a report of concern'),
      choice('skal-andre-involveres', 'Nei', 'Nei', 'No'),
    ],
    documents: ['bekymringsskala'],
  },
  {
    key: 'skal-andre-involveres',
    kind: 'decision',
    content: {
      nb: {
        title: 'Skal andre involveres i innsatsen?',
        who: 'Stafettholderen, sammen med de foresatte',
        body: md(
          'Trenger barnet hjelp som tjenesten din ikke kan gi alene? Da kan en annen tjeneste bli med, for eksempel helsestasjonen og skolehelsetjenesten, PPT eller barnevernet. Kommunens tjenestekatalog viser hva tjenestene tilbyr.',
          'For å dele opplysninger om barnet med en annen tjeneste trenger dere samtykke fra de foresatte – og fra ungdommen selv når ungdommen er gammel nok.',
        ),
      },
      nn: {
        title: 'Skal andre involverast i innsatsen?',
        who: 'Stafetthaldaren, saman med dei føresette',
        body: md(
          'Treng barnet hjelp som tenesta di ikkje kan gi åleine? Då kan ei anna teneste bli med, til dømes helsestasjonen og skulehelsetenesta, PPT eller barnevernet. Tenestekatalogen til kommunen viser kva tenestene tilbyr.',
          'For å dele opplysningar om barnet med ei anna teneste treng de samtykke frå dei føresette – og frå ungdommen sjølv når ungdommen er gammal nok.',
        ),
      },
      en: {
        title: 'Should others be involved in the effort?',
        who: 'The relay holder, together with the guardians',
        body: md(
          'Does the child need help that your service cannot give alone? Then another service can join, for example the health centre and school health service, the educational-psychological service (PPT) or child welfare services. The municipality’s service catalogue shows what each service offers.',
          'To share information about the child with another service, you need consent from the guardians – and from the young person themself once they are old enough.',
        ),
      },
    },
    choices: [
      choice('samtykke', 'Ja, en annen tjeneste skal bli med (nivå 2)', 'Ja, ei anna teneste skal bli med (nivå 2)', 'Yes, another service will join (level 2)'),
      choice('lokal-innsats-fortsetter', 'Nei, vi fortsetter alene', 'Nei, vi held fram åleine', 'No, we continue on our own'),
    ],
    documents: [],
  },
  {
    key: 'lokal-innsats-fortsetter',
    kind: 'end',
    content: {
      nb: {
        title: 'Lokal innsats fortsetter eller avsluttes',
        who: 'Stafettholderen',
        body: md(
          'Hjelper tiltakene, fortsetter dere med dem og avtaler en ny dato for evaluering. Når målene er nådd, avslutter stafettholderen saken i Samla med en begrunnelse, etter å ha snakket med barnet og de foresatte.',
          'Kommer det nye bekymringer, vurderer dere på nytt om det skal sendes bekymringsmelding, eller om andre skal involveres.',
        ),
      },
      nn: {
        title: 'Lokal innsats held fram eller blir avslutta',
        who: 'Stafetthaldaren',
        body: md(
          'Hjelper tiltaka, held de fram med dei og avtaler ein ny dato for evaluering. Når måla er nådde, avsluttar stafetthaldaren saka i Samla med ei grunngiving, etter å ha snakka med barnet og dei føresette.',
          'Kjem det nye bekymringar, vurderer de på nytt om det skal sendast bekymringsmelding, eller om andre skal involverast.',
        ),
      },
      en: {
        title: 'The local effort continues or ends',
        who: 'The relay holder',
        body: md(
          'If the measures help, keep them going and agree on a new evaluation date. When the goals are reached, the relay holder closes the case in Samla with a reason, after talking with the child and the guardians.',
          'If new worries arise, consider again whether a report of concern should be sent or others should be involved.',
        ),
      },
    },
    choices: [],
    documents: [],
  },
];
