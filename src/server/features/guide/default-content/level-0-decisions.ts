import { choice, list, md, type DefaultStep } from './define.js';

const yesReport = choice('send-bekymringsmelding', 'Ja, vi sender bekymringsmelding', 'Ja, vi sender bekymringsmelding', 'Yes, we send a report of concern');

/**
 * Level 0, second half: Skien's two decision points («Grunn til bekymring?», «Skal det sendes
 * bekymringsmelding?»), the end «Saken slutter», and the report of concern — which can be sent
 * from every level and therefore sits once, here, where the guide first meets it.
 */
export const levelZeroDecisions: Omit<DefaultStep, 'level'>[] = [
  {
    key: 'grunn-til-bekymring',
    kind: 'decision',
    content: {
      nb: {
        title: 'Grunn til bekymring?',
        who: 'Lederen, sammen med den som kjenner på uroen',
        body: md(
          'Vurder sammen om det er grunn til videre bekymring. Bekymringsskalaen og det dere vet fra observasjoner og samtaler, er grunnlaget. Ta stilling innen fristen som står på bekymringen i Samla.',
          'Er det grunn til bekymring, blir den som står barnet nærmest, vanligvis stafettholder – for eksempel primærkontakten, kontaktlæreren, miljøterapeuten, helsesykepleieren, rådgiveren eller sosiallæreren. Enheten avgjør hvem.',
        ),
      },
      nn: {
        title: 'Grunn til bekymring?',
        who: 'Leiaren, saman med den som kjenner på uroa',
        body: md(
          'Vurder saman om det er grunn til vidare bekymring. Bekymringsskalaen og det de veit frå observasjonar og samtalar, er grunnlaget. Ta stilling innan fristen som står på bekymringa i Samla.',
          'Er det grunn til bekymring, blir den som står barnet nærast, vanlegvis stafetthaldar – til dømes primærkontakten, kontaktlæraren, miljøterapeuten, helsesjukepleiaren, rådgivaren eller sosiallæraren. Eininga avgjer kven.',
        ),
      },
      en: {
        title: 'Reason for concern?',
        who: 'The manager, together with the person who feels the worry',
        body: md(
          'Decide together whether there is reason for further concern, based on the concern scale and what you know from observations and conversations. Decide before the deadline shown on the concern in Samla.',
          'If there is reason for concern, the adult closest to the child usually becomes the relay holder – for example the key worker, the contact teacher, the social educator, the public health nurse, the school counsellor or the social education teacher. The unit decides who.',
        ),
      },
    },
    choices: [
      choice('bekymringsmelding-niva-0', 'Ja, det er grunn til bekymring', 'Ja, det er grunn til bekymring', 'Yes, there is reason for concern'),
      choice('saken-slutter', 'Nei, det er ikke grunn til bekymring', 'Nei, det er ikkje grunn til bekymring', 'No, there is no reason for concern'),
    ],
    documents: ['bekymringsskala'],
  },
  {
    key: 'saken-slutter',
    kind: 'end',
    content: {
      nb: {
        title: 'Saken slutter',
        who: 'Den som kjente på uroen, sammen med lederen',
        body: md(
          'Dere har kommet fram til at det ikke er grunn til videre bekymring. Avslutt bekymringen i Samla med en kort begrunnelse, og gi beskjed til barnet og de foresatte hvis dere har snakket med dem.',
          'Fortsett å være en trygg voksen som følger med. Kommer uroen tilbake, begynner du på nytt – det er alltid riktig å ta en ny uro på alvor.',
        ),
      },
      nn: {
        title: 'Saka sluttar',
        who: 'Den som kjende på uroa, saman med leiaren',
        body: md(
          'De har kome fram til at det ikkje er grunn til vidare bekymring. Avslutt bekymringa i Samla med ei kort grunngiving, og gi beskjed til barnet og dei føresette dersom de har snakka med dei.',
          'Hald fram med å vere ein trygg vaksen som følgjer med. Kjem uroa tilbake, byrjar du på nytt – det er alltid rett å ta ei ny uro på alvor.',
        ),
      },
      en: {
        title: 'The matter ends',
        who: 'The person who felt the worry, together with the manager',
        body: md(
          'You have concluded that there is no reason for further concern. Close the concern in Samla with a short reason, and let the child and the guardians know if you have talked with them.',
          'Keep being a safe adult who pays attention. If the worry comes back, start again – it is always right to take a new worry seriously.',
        ),
      },
    },
    choices: [],
    documents: [],
  },
  {
    key: 'bekymringsmelding-niva-0',
    kind: 'decision',
    content: {
      nb: {
        title: 'Skal det sendes bekymringsmelding?',
        who: 'Lederen, sammen med den som kjenner på uroen',
        body: md(
          'Vurder om det dere vet, gir grunn til å tro at barnet blir mishandlet, utsatt for alvorlig omsorgssvikt eller har alvorlige atferdsvansker. Da har dere opplysningsplikt til barnevernet. Plikten er personlig, går foran taushetsplikten og krever ikke samtykke fra de foresatte.',
          'Er dere i tvil, kan dere drøfte saken anonymt med barnevernet. Trinn 4 på bekymringsskalaen betyr at dere skal melde.',
        ),
      },
      nn: {
        title: 'Skal det sendast bekymringsmelding?',
        who: 'Leiaren, saman med den som kjenner på uroa',
        body: md(
          'Vurder om det de veit, gir grunn til å tru at barnet blir mishandla, utsett for alvorleg omsorgssvikt eller har alvorlege åtferdsvanskar. Då har de opplysningsplikt til barnevernet. Plikta er personleg, går føre teieplikta og krev ikkje samtykke frå dei føresette.',
          'Er de i tvil, kan de drøfte saka anonymt med barnevernet. Trinn 4 på bekymringsskalaen tyder at de skal melde.',
        ),
      },
      en: {
        title: 'Should a report of concern be sent?',
        who: 'The manager, together with the person who feels the worry',
        body: md(
          'Consider whether what you know gives reason to believe that the child is being mistreated, is subjected to serious neglect or has serious behavioural problems. If so, you have a duty to inform child welfare services. The duty is personal, overrides confidentiality and does not need the guardians’ consent.',
          'If you are unsure, you can discuss the situation anonymously with child welfare services. Step 4 on the concern scale means that you must report.',
        ),
      },
    },
    choices: [
      yesReport,
      choice('stafettholder', 'Nei, vi følger opp selv (nivå 1)', 'Nei, vi følgjer opp sjølve (nivå 1)', 'No, we follow up ourselves (level 1)'),
    ],
    documents: ['bekymringsskala'],
  },
  {
    key: 'mistanke-om-vold-eller-overgrep',
    kind: 'step',
    content: {
      nb: {
        title: 'Mistanke om vold eller overgrep',
        who: 'Du som er bekymret, sammen med lederen din',
        body: md(
          'Tror du at et barn blir utsatt for vold, overgrep eller alvorlig omsorgssvikt, skal du handle med en gang:',
          list(
            '**Ikke snakk med de foresatte først.** Det kan utsette barnet for mer fare, og bevis kan gå tapt.',
            'Lytt til barnet hvis det forteller, uten å stille ledende spørsmål. Skriv ned det barnet sier, med barnets egne ord.',
            'Snakk med lederen din, og meld fra til barnevernet straks. Er barnet i akutt fare, ring politiet på 112.',
          ),
          'Dere kan drøfte saken med barnevernet eller politiet før dere melder. Opplysningsplikten er din egen, også om lederen din er uenig.',
        ),
      },
      nn: {
        title: 'Mistanke om vald eller overgrep',
        who: 'Du som er bekymra, saman med leiaren din',
        body: md(
          'Trur du at eit barn blir utsett for vald, overgrep eller alvorleg omsorgssvikt, skal du handle med ein gong:',
          list(
            '**Ikkje snakk med dei føresette først.** Det kan utsetje barnet for meir fare, og bevis kan gå tapt.',
            'Lytt til barnet dersom det fortel, utan å stille leiande spørsmål. Skriv ned det barnet seier, med orda til barnet.',
            'Snakk med leiaren din, og meld frå til barnevernet straks. Er barnet i akutt fare, ring politiet på 112.',
          ),
          'De kan drøfte saka med barnevernet eller politiet før de melder. Opplysningsplikta er di eiga, også om leiaren din er usamd.',
        ),
      },
      en: {
        title: 'Suspected violence or abuse',
        who: 'You, the person who is worried, together with your manager',
        body: md(
          'If you believe that a child is being subjected to violence, abuse or serious neglect, act at once:',
          list(
            '**Do not talk to the guardians first.** It may put the child in more danger, and evidence may be lost.',
            'Listen to the child if they tell you something, without asking leading questions. Write down what the child says, in the child’s own words.',
            'Talk to your manager and report to child welfare services immediately. If the child is in immediate danger, call the police on 112.',
          ),
          'You can discuss the situation with child welfare services or the police before you report. The duty to inform is your own, even if your manager disagrees.',
        ),
      },
    },
    choices: [choice('send-bekymringsmelding', 'Neste: send bekymringsmelding', 'Neste: send bekymringsmelding', 'Next: send a report of concern')],
    documents: [],
  },
  {
    key: 'send-bekymringsmelding',
    kind: 'step',
    content: {
      nb: {
        title: 'Send bekymringsmelding til barnevernet',
        who: 'Den som er bekymret, vanligvis sammen med lederen',
        body: md(
          'Beskriv i meldingen hva dere har sett og hørt, og hva dere er bekymret for. Hold dere til fakta. Meldingen sendes vanligvis fra tjenesten, men opplysningsplikten er personlig: er lederen uenig, melder du selv.',
          'Som regel er det best at de foresatte får vite at dere melder, og hvorfor – men ikke når dere mistenker vold eller overgrep i familien. Er dere i tvil, spør barnevernet.',
          'I Samla skriver du bekymringsmeldingen fra bekymringen eller saken. Meldeplikten gjelder på alle nivåer: er det allerede en BTI-sak, står det i loggen at meldingen er sendt.',
        ),
      },
      nn: {
        title: 'Send bekymringsmelding til barnevernet',
        who: 'Den som er bekymra, vanlegvis saman med leiaren',
        body: md(
          'Beskriv i meldinga kva de har sett og høyrt, og kva de er bekymra for. Hald dykk til fakta. Meldinga blir vanlegvis send frå tenesta, men opplysningsplikta er personleg: er leiaren usamd, melder du sjølv.',
          'Som regel er det best at dei føresette får vite at de melder, og kvifor – men ikkje når de mistenkjer vald eller overgrep i familien. Er de i tvil, spør barnevernet.',
          'I Samla skriv du bekymringsmeldinga frå bekymringa eller saka. Meldeplikta gjeld på alle nivå: er det alt ei BTI-sak, står det i loggen at meldinga er send.',
        ),
      },
      en: {
        title: 'Send a report of concern to child welfare services',
        who: 'The person who is worried, usually together with the manager',
        body: md(
          'Describe in the report what you have seen and heard, and what you are worried about. Stick to the facts. The report is usually sent by the service, but the duty to inform is personal: if your manager disagrees, you report yourself.',
          'It is usually best that the guardians know that you are reporting, and why – but not when you suspect violence or abuse in the family. If you are unsure, ask child welfare services.',
          'In Samla you write the report of concern from the concern or the case. The duty applies at every level: if there already is a BTI case, its log shows that the report was sent.',
        ),
      },
    },
    choices: [
      choice('barnevernet-folger-opp', 'Barnevernet følger opp meldingen', 'Barnevernet følgjer opp meldinga', 'Child welfare services follow up the report'),
      choice('stafettholder', 'Vi følger også opp barnet selv', 'Vi følgjer også opp barnet sjølve', 'We also follow up the child ourselves'),
    ],
    documents: [],
  },
  {
    key: 'barnevernet-folger-opp',
    kind: 'end',
    content: {
      nb: {
        title: 'Barnevernet undersøker',
        who: 'Barnevernstjenesten',
        body: md(
          'Barnevernet vurderer meldingen og avgjør om saken skal undersøkes. En undersøkelse ender med tiltak eller med at saken blir henlagt.',
          'Barnevernet gir beskjed om at meldingen er mottatt. Som offentlig melder får dere også vite om saken blir henlagt eller fulgt opp videre. Er dere fortsatt urolige etter en henleggelse, begynner dere på nivå 0 igjen.',
          'Barnet trenger fortsatt trygge voksne i hverdagen. Fortsett å følge med, og følg opp barnet slik dere har avtalt med barnevernet.',
        ),
      },
      nn: {
        title: 'Barnevernet undersøkjer',
        who: 'Barnevernstenesta',
        body: md(
          'Barnevernet vurderer meldinga og avgjer om saka skal undersøkjast. Ei undersøking endar med tiltak eller med at saka blir lagd bort.',
          'Barnevernet gir beskjed om at meldinga er motteken. Som offentleg meldar får de også vite om saka blir lagd bort eller følgd opp vidare. Er de framleis urolege etter at saka er lagd bort, byrjar de på nivå 0 igjen.',
          'Barnet treng framleis trygge vaksne i kvardagen. Hald fram med å følgje med, og følg opp barnet slik de har avtalt med barnevernet.',
        ),
      },
      en: {
        title: 'Child welfare services investigate',
        who: 'Child welfare services',
        body: md(
          'Child welfare services assess the report and decide whether to investigate. An investigation ends with measures or with the case being closed.',
          'Child welfare services confirm that they have received the report. Since you reported from a public service, you are also told whether the case is closed or followed up further. If you are still worried after a case is closed, start again at level 0.',
          'The child still needs safe adults in everyday life. Keep paying attention, and follow up the child as agreed with child welfare services.',
        ),
      },
    },
    choices: [],
    documents: [],
  },
];
