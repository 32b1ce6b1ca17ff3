import { choice, list, md, type DefaultStep } from './define.js';

/**
 * Level 3: extensive cooperation — many services, a responsibility group, an individual plan
 * and a child coordinator (DESIGN.md §3) — with transitions planned (Sel's transitions plan)
 * and the case closed with a reason.
 */
export const levelThree: Omit<DefaultStep, 'level'>[] = [
  {
    key: 'utvidet-samhandling',
    kind: 'step',
    content: {
      nb: {
        title: 'Utvidet samhandling: flere tjenester samarbeider',
        who: 'Stafettholderen, de foresatte og tjenestene som deltar',
        body: md(
          'Når barnet trenger langvarige og koordinerte tjenester fra flere steder, blir samarbeidet bredere. Samtykket må omfatte hver tjeneste som skal være med: utvid det før en ny tjeneste kommer inn.',
          'Stafettholderen fortsetter å holde tråden, eller gir stafetten videre til en som passer bedre, for eksempel barnekoordinatoren. Stafetten er ikke gitt videre før den nye stafettholderen har tatt imot den.',
          'Saken fortsetter i den samme loggen i Samla, så ingenting går tapt når flere kommer inn.',
        ),
      },
      nn: {
        title: 'Utvida samhandling: fleire tenester samarbeider',
        who: 'Stafetthaldaren, dei føresette og tenestene som deltek',
        body: md(
          'Når barnet treng langvarige og koordinerte tenester frå fleire stader, blir samarbeidet breiare. Samtykket må omfatte kvar teneste som skal vere med: utvid det før ei ny teneste kjem inn.',
          'Stafetthaldaren held fram med å halde tråden, eller gir stafetten vidare til ein som passar betre, til dømes barnekoordinatoren. Stafetten er ikkje gitt vidare før den nye stafetthaldaren har teke imot han.',
          'Saka held fram i den same loggen i Samla, så ingenting går tapt når fleire kjem inn.',
        ),
      },
      en: {
        title: 'Extended cooperation: several services work together',
        who: 'The relay holder, the guardians and the services taking part',
        body: md(
          'When the child needs long-term, coordinated services from several places, the cooperation grows wider. The consent must cover every service that takes part: extend it before a new service joins.',
          'The relay holder keeps track, or passes the baton to someone better placed, for example the child coordinator. The baton has not been passed on until the new relay holder has accepted it.',
          'The case continues in the same log in Samla, so nothing is lost when more people join.',
        ),
      },
    },
    choices: [
      choice(
        'ansvarsgruppe-og-individuell-plan',
        'Neste: ansvarsgruppe og individuell plan',
        'Neste: ansvarsgruppe og individuell plan',
        'Next: responsibility group and individual plan',
      ),
    ],
    documents: ['samtykke-til-tverrfaglig-samarbeid', 'samba-mandat'],
  },
  {
    key: 'ansvarsgruppe-og-individuell-plan',
    kind: 'step',
    content: {
      nb: {
        title: 'Ansvarsgruppe, individuell plan og barnekoordinator',
        who: 'Tjenestene som deltar, sammen med barnet og de foresatte',
        body: md(
          list(
            '**Ansvarsgruppe:** Tjenestene og familien møtes jevnlig for å samordne tiltakene. Avtal hvem som leder møtene, og hvor ofte dere møtes.',
            '**Individuell plan:** Den som trenger langvarige og koordinerte tjenester, har rett til en individuell plan. Planen samler mål, tiltak og ansvar på ett sted.',
            '**Barnekoordinator:** Foreldre som har eller venter et barn med alvorlig sykdom, skade eller nedsatt funksjonsevne, og som trenger langvarige og sammensatte tjenester, har rett til en barnekoordinator.',
          ),
          'Barnet skal få si sin mening i alt som angår det, og meningen skal telle etter barnets alder og modenhet.',
        ),
      },
      nn: {
        title: 'Ansvarsgruppe, individuell plan og barnekoordinator',
        who: 'Tenestene som deltek, saman med barnet og dei føresette',
        body: md(
          list(
            '**Ansvarsgruppe:** Tenestene og familien møtest jamleg for å samordne tiltaka. Avtal kven som leier møta, og kor ofte de møtest.',
            '**Individuell plan:** Den som treng langvarige og koordinerte tenester, har rett til ein individuell plan. Planen samlar mål, tiltak og ansvar på éin stad.',
            '**Barnekoordinator:** Foreldre som har eller ventar eit barn med alvorleg sjukdom, skade eller nedsett funksjonsevne, og som treng langvarige og samansette tenester, har rett til ein barnekoordinator.',
          ),
          'Barnet skal få seie meininga si i alt som gjeld det, og meininga skal telje etter alderen og modninga til barnet.',
        ),
      },
      en: {
        title: 'Responsibility group, individual plan and child coordinator',
        who: 'The services taking part, together with the child and the guardians',
        body: md(
          list(
            '**Responsibility group:** The services and the family meet regularly to coordinate the measures. Agree on who chairs the meetings and how often you meet.',
            '**Individual plan:** Anyone who needs long-term, coordinated services has the right to an individual plan. The plan gathers goals, measures and responsibilities in one place.',
            '**Child coordinator:** Parents who have or are expecting a child with a serious illness, injury or disability, and who need long-term and complex services, have the right to a child coordinator.',
          ),
          'The child has the right to be heard in all matters that concern them, and their views carry weight according to their age and maturity.',
        ),
      },
    },
    choices: [
      choice('evaluering-og-overganger', 'Neste: evaluering og overganger', 'Neste: evaluering og overgangar', 'Next: evaluation and transitions'),
    ],
    documents: [],
  },
  {
    key: 'evaluering-og-overganger',
    kind: 'step',
    content: {
      nb: {
        title: 'Evaluer jevnlig, og planlegg overgangene',
        who: 'Stafettholderen og ansvarsgruppen',
        body: md(
          'Evaluer tiltakene på datoene dere har satt, og skriv evalueringen i loggen. Juster mål og tiltak når barnets behov endrer seg.',
          'Planlegg overgangene i god tid – fra barnehage til skole, fra barneskole til ungdomsskole og videre til videregående opplæring. Avtal med familien hvilke opplysninger som skal følge barnet, og hvem som blir ny stafettholder. Planen for overganger beskriver hvordan.',
        ),
      },
      nn: {
        title: 'Evaluer jamleg, og planlegg overgangane',
        who: 'Stafetthaldaren og ansvarsgruppa',
        body: md(
          'Evaluer tiltaka på datoane de har sett, og skriv evalueringa i loggen. Juster mål og tiltak når behova til barnet endrar seg.',
          'Planlegg overgangane i god tid – frå barnehage til skule, frå barneskule til ungdomsskule og vidare til vidaregåande opplæring. Avtal med familien kva opplysningar som skal følgje barnet, og kven som blir ny stafetthaldar. Planen for overgangar beskriv korleis.',
        ),
      },
      en: {
        title: 'Evaluate regularly, and plan the transitions',
        who: 'The relay holder and the responsibility group',
        body: md(
          'Evaluate the measures on the dates you have set, and write the evaluation in the log. Adjust goals and measures when the child’s needs change.',
          'Plan the transitions well ahead – from kindergarten to school, from primary to lower secondary school and on to upper secondary education. Agree with the family which information should follow the child, and who becomes the new relay holder. The transitions plan describes how.',
        ),
      },
    },
    choices: [
      choice('saken-avsluttes', 'Målene er nådd', 'Måla er nådde', 'The goals have been reached'),
      choice('koordinert-innsats', 'Behovet er mindre nå (nivå 2)', 'Behovet er mindre no (nivå 2)', 'The needs are smaller now (level 2)'),
    ],
    documents: ['plan-for-overganger'],
  },
  {
    key: 'saken-avsluttes',
    kind: 'end',
    content: {
      nb: {
        title: 'Saken avsluttes',
        who: 'Stafettholderen, sammen med barnet og de foresatte',
        body: md(
          'Når målene er nådd, eller familien ikke lenger ønsker samarbeidet, avsluttes saken. Stafettholderen skriver en begrunnelse i loggen og sørger for at alle som har deltatt, får vite det.',
          'Snakk med barnet og de foresatte om hvordan de har opplevd samarbeidet. Kommer det nye bekymringer senere, begynner dere på nivå 0 igjen.',
        ),
      },
      nn: {
        title: 'Saka blir avslutta',
        who: 'Stafetthaldaren, saman med barnet og dei føresette',
        body: md(
          'Når måla er nådde, eller familien ikkje lenger ønskjer samarbeidet, blir saka avslutta. Stafetthaldaren skriv ei grunngiving i loggen og syter for at alle som har delteke, får vite det.',
          'Snakk med barnet og dei føresette om korleis dei har opplevd samarbeidet. Kjem det nye bekymringar seinare, byrjar de på nivå 0 igjen.',
        ),
      },
      en: {
        title: 'The case is closed',
        who: 'The relay holder, together with the child and the guardians',
        body: md(
          'When the goals are reached, or the family no longer wants the cooperation, the case is closed. The relay holder writes the reason in the log and makes sure that everyone who took part is told.',
          'Talk with the child and the guardians about how they experienced the cooperation. If new worries arise later, start again at level 0.',
        ),
      },
    },
    choices: [],
    documents: [],
  },
];
