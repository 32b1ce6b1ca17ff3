import { choice, list, md, type DefaultStep } from './define.js';

/**
 * Level 2: consent (Sel's «Samtykke til tverrfaglig samarbeid»), then Skien's coordinated
 * effort — «Inviter foresatte til koordinerende møte», «Koordinerende møte», «Koordinert
 * innsats blir iverksatt» — and whether level 3 is needed.
 */
export const levelTwo: Omit<DefaultStep, 'level'>[] = [
  {
    key: 'samtykke',
    kind: 'step',
    content: {
      nb: {
        title: 'Innhent samtykke til tverrfaglig samarbeid',
        who: 'Stafettholderen, sammen med de foresatte og ungdommen',
        body: md(
          'Før tjenestene kan samarbeide om barnet med navn, må de foresatte med foreldreansvar samtykke – og ungdommen selv fra den alderen kommunen har bestemt. Samtykket skal være frivillig, informert og skriftlig, og det skal si',
          list(
            'hvilke tjenester som kan dele opplysninger med hverandre',
            'hva opplysningene skal brukes til',
            'hvor lenge samtykket gjelder.',
          ),
          'Samtykket kan trekkes tilbake når som helst. Bruk malen «Samtykke til tverrfaglig samarbeid», og registrer samtykket i saken i Samla. Da får tjenestene samtykket gjelder, tilgang til saken – og mister den igjen med en gang samtykket trekkes tilbake eller går ut.',
        ),
      },
      nn: {
        title: 'Hent inn samtykke til tverrfagleg samarbeid',
        who: 'Stafetthaldaren, saman med dei føresette og ungdommen',
        body: md(
          'Før tenestene kan samarbeide om barnet med namn, må dei føresette med foreldreansvar samtykkje – og ungdommen sjølv frå den alderen kommunen har bestemt. Samtykket skal vere frivillig, informert og skriftleg, og det skal seie',
          list(
            'kva tenester som kan dele opplysningar med kvarandre',
            'kva opplysningane skal brukast til',
            'kor lenge samtykket gjeld.',
          ),
          'Samtykket kan trekkjast tilbake når som helst. Bruk malen «Samtykke til tverrfaglig samarbeid», og registrer samtykket i saka i Samla. Då får tenestene samtykket gjeld, tilgang til saka – og mistar han igjen med ein gong samtykket blir trekt tilbake eller går ut.',
        ),
      },
      en: {
        title: 'Obtain consent to interdisciplinary cooperation',
        who: 'The relay holder, together with the guardians and the young person',
        body: md(
          'Before the services can work together on the child by name, the guardians with parental responsibility must consent – and so must the young person from the age the municipality has set. Consent must be voluntary, informed and in writing, and it must say',
          list(
            'which services may share information with each other',
            'what the information will be used for',
            'how long the consent is valid.',
          ),
          'Consent can be withdrawn at any time. Use the template «Samtykke til tverrfaglig samarbeid» (consent to interdisciplinary cooperation) and record the consent in the case in Samla. The services it covers then get access to the case – and lose it at once if the consent is withdrawn or expires.',
        ),
      },
    },
    choices: [
      choice('inviter-til-koordinerende-mote', 'Samtykke er gitt', 'Samtykke er gitt', 'Consent has been given'),
      choice('uten-samtykke', 'De foresatte samtykker ikke', 'Dei føresette samtykkjer ikkje', 'The guardians do not consent'),
    ],
    documents: ['samtykke-til-tverrfaglig-samarbeid'],
  },
  {
    key: 'uten-samtykke',
    kind: 'step',
    content: {
      nb: {
        title: 'Når de foresatte ikke samtykker',
        who: 'Stafettholderen',
        body: md(
          'Uten samtykke kan dere ikke dele opplysninger om barnet med andre tjenester. Dere kan likevel',
          list(
            'fortsette tiltakene i egen tjeneste',
            'drøfte saken anonymt med andre tjenester for å få råd',
            'spørre de foresatte på nytt senere, når dere har snakket mer om hva samarbeidet kan gi barnet.',
          ),
          'Opplysningsplikten til barnevernet gjelder uansett. Mener dere at det er grunn til å melde, trenger dere ikke samtykke.',
        ),
      },
      nn: {
        title: 'Når dei føresette ikkje samtykkjer',
        who: 'Stafetthaldaren',
        body: md(
          'Utan samtykke kan de ikkje dele opplysningar om barnet med andre tenester. De kan likevel',
          list(
            'halde fram med tiltaka i eiga teneste',
            'drøfte saka anonymt med andre tenester for å få råd',
            'spørje dei føresette på nytt seinare, når de har snakka meir om kva samarbeidet kan gi barnet.',
          ),
          'Opplysningsplikta til barnevernet gjeld uansett. Meiner de at det er grunn til å melde, treng de ikkje samtykke.',
        ),
      },
      en: {
        title: 'When the guardians do not consent',
        who: 'The relay holder',
        body: md(
          'Without consent you cannot share information about the child with other services. You can still',
          list(
            'continue the measures in your own service',
            'discuss the situation anonymously with other services to get advice',
            'ask the guardians again later, once you have talked more about what cooperation could give the child.',
          ),
          'The duty to inform child welfare services applies regardless. If you believe there is reason to report, you do not need consent.',
        ),
      },
    },
    choices: [
      choice('egen-innsats', 'Fortsett egen innsats (nivå 1)', 'Hald fram med eigen innsats (nivå 1)', 'Continue your own effort (level 1)'),
      choice('bekymringsmelding-niva-1', 'Vurder bekymringsmelding', 'Vurder bekymringsmelding', 'Consider a report of concern'),
    ],
    documents: [],
  },
  {
    key: 'inviter-til-koordinerende-mote',
    kind: 'step',
    content: {
      nb: {
        title: 'Inviter de foresatte til koordinerende møte',
        who: 'Stafettholderen',
        body: md(
          'Stafettholderen inviterer de foresatte og tjenesten som skal bli med, til et koordinerende møte. Finn en tid og et sted som passer for familien, og send dagsorden på forhånd.',
          'Snakk med barnet før møtet om hva det ønsker å si, og om det vil være med selv. Barnets stemme skal komme fram i møtet, enten barnet er til stede eller ikke.',
          'Retningslinjene for samarbeidsmøter beskriver hvordan møtet forberedes, ledes og følges opp.',
        ),
      },
      nn: {
        title: 'Inviter dei føresette til koordinerande møte',
        who: 'Stafetthaldaren',
        body: md(
          'Stafetthaldaren inviterer dei føresette og tenesta som skal bli med, til eit koordinerande møte. Finn ei tid og ein stad som passar for familien, og send dagsorden på førehand.',
          'Snakk med barnet før møtet om kva det ønskjer å seie, og om det vil vere med sjølv. Stemma til barnet skal kome fram i møtet, anten barnet er til stades eller ikkje.',
          'Retningslinene for samarbeidsmøte beskriv korleis møtet blir førebudd, leitt og følgt opp.',
        ),
      },
      en: {
        title: 'Invite the guardians to a coordinating meeting',
        who: 'The relay holder',
        body: md(
          'The relay holder invites the guardians and the service that is joining to a coordinating meeting. Find a time and place that suit the family, and send an agenda in advance.',
          'Before the meeting, talk with the child about what they want to say and whether they want to take part. The child’s voice must be heard in the meeting, whether the child is present or not.',
          'The guidelines for collaboration meetings describe how to prepare, chair and follow up the meeting.',
        ),
      },
    },
    choices: [choice('koordinerende-mote', 'Neste: det koordinerende møtet', 'Neste: det koordinerande møtet', 'Next: the coordinating meeting')],
    documents: ['samarbeidsmoter-retningslinjer'],
  },
  {
    key: 'koordinerende-mote',
    kind: 'step',
    content: {
      nb: {
        title: 'Koordinerende møte',
        who: 'Stafettholderen leder møtet; de foresatte og tjenestene deltar',
        body: md(
          'I møtet blir dere enige om',
          list(
            'hva målet med innsatsen er, sett fra barnet og familien',
            'hvilke tiltak hver tjeneste skal gjøre, og hvem som har ansvaret',
            'når tiltakene skal evalueres, og når dere møtes igjen.',
          ),
          'Skriv beslutningene i loggen i Samla. Loggen erstatter et eget referat, og de foresatte kan lese den.',
          'Enhetens tverrfaglige team – i skolen for eksempel TPO-teamet – kan gi råd underveis. Der drøftes saken med navn bare når samtykket omfatter teamet; ellers drøftes den anonymt.',
        ),
      },
      nn: {
        title: 'Koordinerande møte',
        who: 'Stafetthaldaren leier møtet; dei føresette og tenestene deltek',
        body: md(
          'I møtet blir de samde om',
          list(
            'kva målet med innsatsen er, sett frå barnet og familien',
            'kva tiltak kvar teneste skal gjere, og kven som har ansvaret',
            'når tiltaka skal evaluerast, og når de møtest igjen.',
          ),
          'Skriv avgjerdene i loggen i Samla. Loggen erstattar eit eige referat, og dei føresette kan lese han.',
          'Det tverrfaglege teamet i eininga – i skulen til dømes TPO-teamet – kan gi råd undervegs. Der blir saka drøfta med namn berre når samtykket omfattar teamet; elles blir ho drøfta anonymt.',
        ),
      },
      en: {
        title: 'Coordinating meeting',
        who: 'The relay holder chairs the meeting; the guardians and the services take part',
        body: md(
          'In the meeting you agree on',
          list(
            'what the effort aims at, seen from the child and the family',
            'which measures each service will carry out, and who is responsible',
            'when the measures will be evaluated, and when you meet again.',
          ),
          'Write the decisions in the log in Samla. The log replaces separate minutes, and the guardians can read it.',
          'The unit’s interdisciplinary team – at school, for example, the TPO team – can give advice along the way. The team discusses the case by name only when the consent covers the team; otherwise it is discussed anonymously.',
        ),
      },
    },
    choices: [choice('koordinert-innsats', 'Neste: koordinert innsats', 'Neste: koordinert innsats', 'Next: coordinated effort')],
    documents: ['samarbeidsmoter-retningslinjer', 'ressursteam'],
  },
  {
    key: 'koordinert-innsats',
    kind: 'step',
    content: {
      nb: {
        title: 'Koordinert innsats settes i gang',
        who: 'Tjenestene som deltar, med stafettholderen som koordinator',
        body: md(
          'Tjenestene gjennomfører tiltakene slik dere avtalte. Stafettholderen holder oversikten, følger med på datoene og kaller inn til evaluering.',
          'Ved evalueringen ser dere på om målene er nådd, om tiltakene virker, og hva som skal skje videre. Skriv evalueringen i loggen. Samtykket har en sluttdato: forny det i tide hvis samarbeidet skal fortsette.',
        ),
      },
      nn: {
        title: 'Koordinert innsats blir sett i gang',
        who: 'Tenestene som deltek, med stafetthaldaren som koordinator',
        body: md(
          'Tenestene gjennomfører tiltaka slik de avtalte. Stafetthaldaren held oversikta, følgjer med på datoane og kallar inn til evaluering.',
          'Ved evalueringa ser de på om måla er nådde, om tiltaka verkar, og kva som skal skje vidare. Skriv evalueringa i loggen. Samtykket har ein sluttdato: forny det i tide dersom samarbeidet skal halde fram.',
        ),
      },
      en: {
        title: 'The coordinated effort starts',
        who: 'The services taking part, with the relay holder as coordinator',
        body: md(
          'The services carry out the measures as agreed. The relay holder keeps the overview, keeps an eye on the dates and calls the evaluation meetings.',
          'At the evaluation you look at whether the goals are reached, whether the measures work and what happens next. Write the evaluation in the log. The consent has an end date: renew it in time if the cooperation is to continue.',
        ),
      },
    },
    choices: [choice('trengs-utvidet-samhandling', 'Neste: hva trengs videre?', 'Neste: kva trengst vidare?', 'Next: what is needed now?')],
    documents: [],
  },
  {
    key: 'trengs-utvidet-samhandling',
    kind: 'decision',
    content: {
      nb: {
        title: 'Trengs flere tjenester og en bredere innsats?',
        who: 'Stafettholderen, sammen med de foresatte og tjenestene',
        body: md(
          'Vurder etter evalueringen om barnet trenger at flere tjenester samarbeider over tid, for eksempel i en ansvarsgruppe. Vurder også på nytt om det skal sendes bekymringsmelding.',
        ),
      },
      nn: {
        title: 'Trengst fleire tenester og ein breiare innsats?',
        who: 'Stafetthaldaren, saman med dei føresette og tenestene',
        body: md(
          'Vurder etter evalueringa om barnet treng at fleire tenester samarbeider over tid, til dømes i ei ansvarsgruppe. Vurder også på nytt om det skal sendast bekymringsmelding.',
        ),
      },
      en: {
        title: 'Are more services and a broader effort needed?',
        who: 'The relay holder, together with the guardians and the services',
        body: md(
          'After the evaluation, consider whether the child needs several services to work together over time, for example in a responsibility group. Also consider again whether a report of concern should be sent.',
        ),
      },
    },
    choices: [
      choice('utvidet-samhandling', 'Ja, flere tjenester skal samarbeide (nivå 3)', 'Ja, fleire tenester skal samarbeide (nivå 3)', 'Yes, more services will work together (level 3)'),
      choice('koordinert-innsats-avsluttes', 'Nei, innsatsen fortsetter eller avsluttes', 'Nei, innsatsen held fram eller blir avslutta', 'No, the effort continues or ends'),
      choice('send-bekymringsmelding', 'Det er grunn til å melde til barnevernet', 'Det er grunn til å melde til barnevernet', 'There is reason to report to child welfare services'),
    ],
    documents: [],
  },
  {
    key: 'koordinert-innsats-avsluttes',
    kind: 'end',
    content: {
      nb: {
        title: 'Koordinert innsats fortsetter eller avsluttes',
        who: 'Stafettholderen',
        body: md(
          'Virker tiltakene, fortsetter samarbeidet med en ny dato for evaluering. Når målene er nådd, blir dere enige med familien om å avslutte, og stafettholderen avslutter saken i Samla med en begrunnelse.',
          'Trengs bare tjenestens egen innsats videre, kan saken gå tilbake til nivå 1. Trekker de foresatte samtykket, mister de andre tjenestene tilgangen til saken med en gang; det de har skrevet i loggen, blir stående.',
        ),
      },
      nn: {
        title: 'Koordinert innsats held fram eller blir avslutta',
        who: 'Stafetthaldaren',
        body: md(
          'Verkar tiltaka, held samarbeidet fram med ein ny dato for evaluering. Når måla er nådde, blir de samde med familien om å avslutte, og stafetthaldaren avsluttar saka i Samla med ei grunngiving.',
          'Trengst berre eigen innsats frå tenesta vidare, kan saka gå tilbake til nivå 1. Trekkjer dei føresette samtykket, mistar dei andre tenestene tilgangen til saka med ein gong; det dei har skrive i loggen, blir ståande.',
        ),
      },
      en: {
        title: 'The coordinated effort continues or ends',
        who: 'The relay holder',
        body: md(
          'If the measures work, the cooperation continues with a new evaluation date. When the goals are reached, you agree with the family to end it, and the relay holder closes the case in Samla with a reason.',
          'If only your own service’s effort is needed from now on, the case can go back to level 1. If the guardians withdraw their consent, the other services lose access to the case at once; what they wrote in the log stays there.',
        ),
      },
    },
    choices: [],
    documents: [],
  },
];
