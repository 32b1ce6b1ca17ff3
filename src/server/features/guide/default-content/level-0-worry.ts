import { choice, list, md, type DefaultStep } from './define.js';

/**
 * Level 0, first half: «Hva gjør jeg nå?» and the worry made concrete — observation,
 * concretisation, sharing it (Skien's Nivå 0, with the URO method from Nes).
 */
export const levelZeroWorry: Omit<DefaultStep, 'level'>[] = [
  {
    key: 'hva-gjor-jeg-na',
    kind: 'start',
    content: {
      nb: {
        title: 'Hva gjør jeg nå?',
        who: 'Alle som arbeider med barn og unge',
        body: md(
          'Denne veilederen viser hvordan kommunens tjenester går fram når noen er bekymret for et barn eller en ungdom (0–23 år). Den bygger på BTI – bedre tverrfaglig innsats – og har fire nivåer:',
          list(
            '**Nivå 0:** Du undrer deg eller er bekymret, og finner ut om det er grunn til å gå videre.',
            '**Nivå 1:** Tjenesten din setter i gang egne tiltak sammen med barnet og familien.',
            '**Nivå 2:** En annen tjeneste blir med i samarbeidet.',
            '**Nivå 3:** Flere tjenester samarbeider tett og koordinert over tid.',
          ),
          'Velg det som passer best for deg. Du kan alltid gå tilbake til starten.',
        ),
      },
      nn: {
        title: 'Kva gjer eg no?',
        who: 'Alle som arbeider med barn og unge',
        body: md(
          'Denne rettleiaren viser korleis tenestene i kommunen går fram når nokon er bekymra for eit barn eller ein ungdom (0–23 år). Han byggjer på BTI – betre tverrfagleg innsats – og har fire nivå:',
          list(
            '**Nivå 0:** Du undrar deg eller er bekymra, og finn ut om det er grunn til å gå vidare.',
            '**Nivå 1:** Tenesta di set i gang eigne tiltak saman med barnet og familien.',
            '**Nivå 2:** Ei anna teneste blir med i samarbeidet.',
            '**Nivå 3:** Fleire tenester samarbeider tett og koordinert over tid.',
          ),
          'Vel det som passar best for deg. Du kan alltid gå tilbake til starten.',
        ),
      },
      en: {
        title: 'What do I do now?',
        who: 'Everyone who works with children and young people',
        body: md(
          'This guide shows how the municipality’s services act when someone is worried about a child or young person (aged 0–23). It is based on BTI – better interdisciplinary efforts – and has four levels:',
          list(
            '**Level 0:** You are wondering or worried, and find out whether there is reason to go further.',
            '**Level 1:** Your own service starts measures together with the child and the family.',
            '**Level 2:** One other service joins the work.',
            '**Level 3:** Several services work closely together, coordinated over time.',
          ),
          'Choose what fits your situation best. You can always go back to the start.',
        ),
      },
    },
    choices: [
      choice('uro-for-et-barn', 'Jeg er bekymret for et barn', 'Eg er bekymra for eit barn', 'I am worried about a child'),
      choice(
        'mistanke-om-vold-eller-overgrep',
        'Jeg tror et barn blir utsatt for vold eller overgrep',
        'Eg trur eit barn blir utsett for vald eller overgrep',
        'I think a child is being subjected to violence or abuse',
      ),
      choice('stafettholder', 'Jeg er stafettholder for et barn', 'Eg er stafetthaldar for eit barn', 'I am a child’s relay holder'),
    ],
    documents: ['barn-og-unges-signaler'],
  },
  {
    key: 'uro-for-et-barn',
    kind: 'step',
    content: {
      nb: {
        title: 'Observasjon: ta uroen på alvor',
        who: 'Du som kjenner på uroen',
        body: md(
          'Du har sett eller hørt noe som gjør deg urolig for et barn eller en ungdom. Uroen kan komme av noe du selv har lagt merke til, av noe andre har fortalt deg, eller av at barnevernet har henlagt en sak og tjenesten din bør følge med videre.',
          'Ta uroen på alvor, også når den er liten og uklar. URO-metoden handler om å ta tak i den lille, urolige følelsen tidlig, trygt og systematisk – i stedet for å vente og se.',
          list(
            'Skriv ned hva du har sett og hørt, så snart du kan.',
            'Bruk gjerne oversikten «Barn og unges signaler» som støtte.',
            'Handler uroen om vold i nære relasjoner, bruk også kommunens veileder og handlingsplan for det arbeidet.',
          ),
        ),
      },
      nn: {
        title: 'Observasjon: ta uroa på alvor',
        who: 'Du som kjenner på uroa',
        body: md(
          'Du har sett eller høyrt noko som gjer deg uroleg for eit barn eller ein ungdom. Uroa kan kome av noko du sjølv har lagt merke til, av noko andre har fortalt deg, eller av at barnevernet har lagt bort ei sak og tenesta di bør følgje med vidare.',
          'Ta uroa på alvor, også når ho er lita og uklar. URO-metoden handlar om å ta tak i den vesle, urolege kjensla tidleg, trygt og systematisk – i staden for å vente og sjå.',
          list(
            'Skriv ned kva du har sett og høyrt, så snart du kan.',
            'Bruk gjerne oversikta «Barn og unges signaler» som støtte.',
            'Handlar uroa om vald i nære relasjonar, bruk også rettleiaren og handlingsplanen kommunen har for det arbeidet.',
          ),
        ),
      },
      en: {
        title: 'Observation: take the worry seriously',
        who: 'You, the person who feels the worry',
        body: md(
          'You have seen or heard something that makes you uneasy about a child or young person. The worry may come from something you noticed yourself, from something others told you, or from child welfare services closing a case that your service should keep an eye on.',
          'Take the worry seriously, even when it is small and vague. The URO method is about acting on that small, uneasy feeling early, safely and systematically – instead of waiting to see what happens.',
          list(
            'Write down what you have seen and heard as soon as you can.',
            'The overview «Barn og unges signaler» (signals from children and young people) can help you.',
            'If the worry concerns domestic violence, also use the municipality’s guide and action plan for that work.',
          ),
        ),
      },
    },
    choices: [
      choice('konkretiser-uroen', 'Neste: beskriv uroen konkret', 'Neste: beskriv uroa konkret', 'Next: describe the worry in concrete terms'),
      // The short way for someone who has been through level 0 already (issue 9: six clicks to level 1 was too many).
      choice(
        'stafettholder',
        'Uroen er alt drøftet, og vi følger opp selv (nivå 1)',
        'Uroa er alt drøfta, og vi følgjer opp sjølve (nivå 1)',
        'The worry has been discussed already, and we follow up ourselves (level 1)',
      ),
      choice(
        'mistanke-om-vold-eller-overgrep',
        'Jeg tror barnet blir utsatt for vold eller overgrep',
        'Eg trur barnet blir utsett for vald eller overgrep',
        'I think the child is being subjected to violence or abuse',
      ),
    ],
    documents: ['barn-og-unges-signaler'],
  },
  {
    key: 'konkretiser-uroen',
    kind: 'step',
    content: {
      nb: {
        title: 'Konkretiser uroen',
        who: 'Du som kjenner på uroen, ved behov sammen med lederen din',
        body: md(
          'Beskriv uroen så konkret du kan i observasjonsskjemaet: hva du har sett og hørt, når og hvor det skjedde, og hvor ofte. Skill mellom det du har observert, og det du tror det betyr.',
          'I Samla registrerer du uroen som en bekymring. Den ser bare du og lederne og ressurspersonene i enheten din.',
          'Snakk med barnet og de foresatte når det passer i saken. Samtalemalene hjelper deg å forberede samtalene, og forberedelsesskjemaet fra URO-metoden hjelper deg å si hva du er urolig for, på en trygg og respektfull måte.',
          '**Unntak:** Er du redd for at barnet blir utsatt for vold eller overgrep, skal du ikke snakke med de foresatte først.',
        ),
      },
      nn: {
        title: 'Gjer uroa konkret',
        who: 'Du som kjenner på uroa, ved behov saman med leiaren din',
        body: md(
          'Beskriv uroa så konkret du kan i observasjonsskjemaet: kva du har sett og høyrt, når og kvar det skjedde, og kor ofte. Skil mellom det du har observert, og det du trur det tyder.',
          'I Samla registrerer du uroa som ei bekymring. Berre du og leiarane og ressurspersonane i eininga di kan sjå henne.',
          'Snakk med barnet og dei føresette når det passar i saka. Samtalemalane hjelper deg å førebu samtalane, og førebuingsskjemaet frå URO-metoden hjelper deg å seie kva du er uroleg for, på ein trygg og respektfull måte.',
          '**Unntak:** Er du redd for at barnet blir utsett for vald eller overgrep, skal du ikkje snakke med dei føresette først.',
        ),
      },
      en: {
        title: 'Describe the worry in concrete terms',
        who: 'You, the person who feels the worry, with your manager when needed',
        body: md(
          'Describe the worry as concretely as you can in the observation form: what you have seen and heard, when and where it happened, and how often. Keep what you observed apart from what you think it means.',
          'In Samla you register the worry as a concern. Only you and the managers and resource persons of your unit can see it.',
          'Talk with the child and the guardians when that is right for the situation. The conversation templates help you prepare, and the URO method’s preparation form helps you say what you are worried about in a safe and respectful way.',
          '**Exception:** If you fear that the child is being subjected to violence or abuse, do not talk to the guardians first.',
        ),
      },
    },
    choices: [
      choice('del-bekymringen', 'Neste: del uroen med andre', 'Neste: del uroa med andre', 'Next: share the worry with others'),
      choice(
        'mistanke-om-vold-eller-overgrep',
        'Jeg tror barnet blir utsatt for vold eller overgrep',
        'Eg trur barnet blir utsett for vald eller overgrep',
        'I think the child is being subjected to violence or abuse',
      ),
    ],
    documents: ['observasjonsskjema', 'samtalemal-barn', 'samtalemal-foresatte', 'uro-forberedelsesskjema'],
  },
  {
    key: 'del-bekymringen',
    kind: 'step',
    content: {
      nb: {
        title: 'Del bekymringen med kollega, team og leder',
        who: 'Du som kjenner på uroen, kolleger, lederen og enhetens ressurspersoner',
        body: md(
          'Drøft saken med kolleger, teamet ditt eller lederen din. Bruk bekymringsskalaen for barn og unge i vurderingen, så dere snakker om det samme.',
          'Enhetens ressurspersoner kan hjelpe dere å vurdere om det er grunn til videre bekymring. Trenger dere råd fra en annen tjeneste, kan dere drøfte saken anonymt med dem – uten navn eller andre opplysninger som kan identifisere barnet. Kommunens tjenestekatalog viser hvem som tilbyr hva.',
          'I skolen kan saken også drøftes i skolens tverrfaglige team, for eksempel et team for tilpasset opplæring (TPO-team) eller et ressursteam.',
        ),
      },
      nn: {
        title: 'Del bekymringa med kollega, team og leiar',
        who: 'Du som kjenner på uroa, kollegaer, leiaren og ressurspersonane i eininga',
        body: md(
          'Drøft saka med kollegaer, teamet ditt eller leiaren din. Bruk bekymringsskalaen for barn og unge i vurderinga, så de snakkar om det same.',
          'Ressurspersonane i eininga kan hjelpe dykk å vurdere om det er grunn til vidare bekymring. Treng de råd frå ei anna teneste, kan de drøfte saka anonymt med dei – utan namn eller andre opplysningar som kan identifisere barnet. Tenestekatalogen til kommunen viser kven som tilbyr kva.',
          'I skulen kan saka også drøftast i det tverrfaglege teamet på skulen, til dømes eit team for tilpassa opplæring (TPO-team) eller eit ressursteam.',
        ),
      },
      en: {
        title: 'Share the worry with a colleague, your team and your manager',
        who: 'You, your colleagues, your manager and the unit’s resource persons',
        body: md(
          'Discuss the situation with colleagues, your team or your manager. Use the concern scale for children and young people in your assessment, so that you all mean the same thing.',
          'The unit’s resource persons can help you judge whether there is reason for further concern. If you need advice from another service, you can discuss the situation with them anonymously – without the child’s name or anything else that could identify the child. The municipality’s service catalogue shows who offers what.',
          'At school, the situation can also be discussed in the school’s interdisciplinary team, such as a team for adapted education (TPO team) or a resource team.',
        ),
      },
    },
    choices: [
      choice('grunn-til-bekymring', 'Neste: er det grunn til bekymring?', 'Neste: er det grunn til bekymring?', 'Next: is there reason for concern?'),
    ],
    documents: ['bekymringsskala', 'ressursteam'],
  },
];
