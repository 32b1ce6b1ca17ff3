import { featureMessages } from './define.js';

/** The guardian's and young person's side: their home page of cases, and the demo login's resident group. */
export const residentMessages = featureMessages(
  {
    title: 'Mine saker',
    intro:
      'Her ser du sakene skolen, barnehagen og andre tjenester i kommunen har om barnet ditt. Er du ungdom, ser du også din egen sak.',
    introActions:
      'I hver sak kan du lese loggen og planen med mål og tiltak. Du kan skrive hva du selv mener, og du kan trekke tilbake et samtykke du har gitt.',
    childrenHeading: 'Saker om barna mine',
    ownHeading: 'Min egen sak',
    empty:
      'Du har ingen saker her. Bare foresatte med foreldreansvar ser saker om et barn. Tror du noe er feil, kan du kontakte skolen eller barnehagen.',
    born: 'Født {{date}}',
    openedAt: 'Startet {{date}}',
    unit: 'Ansvarlig: {{unit}}, {{municipality}}',
    status: { open: 'Pågår', closed: 'Avsluttet' },
    backToHome: 'Til mine saker',
    demo: {
      staff: 'Ansatte',
      residents: 'Innbyggere (foresatte og ungdom)',
      residentsHelp: 'Slik ser Samla ut for foresatte og ungdom som logger inn med ID-porten.',
      roles: {
        guardian: 'Foresatt med foreldreansvar for {{child}}',
        guardian_without_responsibility: 'Foresatt uten foreldreansvar for {{child}}',
        young_person: 'Ungdom med egen sak',
      },
    },
  },
  {
    title: 'Sakene mine',
    intro:
      'Her ser du sakene skulen, barnehagen og andre tenester i kommunen har om barnet ditt. Er du ungdom, ser du også di eiga sak.',
    introActions:
      'I kvar sak kan du lese loggen og planen med mål og tiltak. Du kan skrive kva du sjølv meiner, og du kan trekkje tilbake eit samtykke du har gitt.',
    childrenHeading: 'Saker om barna mine',
    ownHeading: 'Mi eiga sak',
    empty:
      'Du har ingen saker her. Berre føresette med foreldreansvar ser saker om eit barn. Trur du noko er feil, kan du kontakte skulen eller barnehagen.',
    born: 'Fødd {{date}}',
    openedAt: 'Starta {{date}}',
    unit: 'Ansvarleg: {{unit}}, {{municipality}}',
    status: { open: 'Pågår', closed: 'Avslutta' },
    backToHome: 'Til sakene mine',
    demo: {
      staff: 'Tilsette',
      residents: 'Innbyggjarar (føresette og ungdom)',
      residentsHelp: 'Slik ser Samla ut for føresette og ungdom som loggar inn med ID-porten.',
      roles: {
        guardian: 'Føresett med foreldreansvar for {{child}}',
        guardian_without_responsibility: 'Føresett utan foreldreansvar for {{child}}',
        young_person: 'Ungdom med eiga sak',
      },
    },
  },
  {
    title: 'My cases',
    intro:
      'Here you see the cases the school, the kindergarten and other municipal services have about your child. If you are a young person, you also see your own case.',
    introActions:
      'In each case you can read the log and the plan with goals and measures. You can write what you think, and you can withdraw a consent you have given.',
    childrenHeading: 'Cases about my children',
    ownHeading: 'My own case',
    empty:
      'You have no cases here. Only guardians with parental responsibility see cases about a child. If you think something is wrong, contact the school or kindergarten.',
    born: 'Born {{date}}',
    openedAt: 'Started {{date}}',
    unit: 'Responsible: {{unit}}, {{municipality}}',
    status: { open: 'Ongoing', closed: 'Closed' },
    backToHome: 'To my cases',
    demo: {
      staff: 'Staff',
      residents: 'Residents (guardians and young people)',
      residentsHelp: 'What Samla looks like for guardians and young people who log in with ID-porten.',
      roles: {
        guardian: 'Guardian with parental responsibility for {{child}}',
        guardian_without_responsibility: 'Guardian without parental responsibility for {{child}}',
        young_person: 'Young person with their own case',
      },
    },
  },
);
