import type { Level } from '../../../contracts/levels.js';

/**
 * BTI's levels 0–3 with the texts Samla has always shown (the public guide's level cards): the
 * model of every municipality that has not set its own. Kept as data — a municipality replaces
 * it through PUT /api/levels, and a stored model is read instead.
 */
export const defaultLevels: Level[] = [
  {
    number: 0, key: 'niva-0',
    content: {
      nb: { name: 'Nivå 0', title: 'Undring og bekymring', description: 'Noen er bekymret for et barn. Bekymringen blir drøftet og konkretisert.' },
      nn: { name: 'Nivå 0', title: 'Undring og uro', description: 'Nokon er uroleg for eit barn. Uroa blir drøfta og konkretisert.' },
      en: { name: 'Level 0', title: 'Wondering and worry', description: 'Someone is worried about a child. The worry is discussed and made concrete.' },
    },
  },
  {
    number: 1, key: 'niva-1',
    content: {
      nb: { name: 'Nivå 1', title: 'Egen tjeneste sammen med familien', description: 'Tjenesten som er nærmest barnet, setter i gang tiltak sammen med barnet og familien.' },
      nn: { name: 'Nivå 1', title: 'Eiga teneste saman med familien', description: 'Tenesta som er nærast barnet, set i gang tiltak saman med barnet og familien.' },
      en: { name: 'Level 1', title: 'Own service together with the family', description: 'The service closest to the child starts measures together with the child and the family.' },
    },
  },
  {
    number: 2, key: 'niva-2',
    content: {
      nb: { name: 'Nivå 2', title: 'Enkelt samarbeid mellom tjenester', description: 'En annen tjeneste blir med i innsatsen.' },
      nn: { name: 'Nivå 2', title: 'Enkelt samarbeid mellom tenester', description: 'Ei anna teneste blir med i innsatsen.' },
      en: { name: 'Level 2', title: 'Simple cooperation between services', description: 'Another service joins the effort.' },
    },
  },
  {
    number: 3, key: 'niva-3',
    content: {
      nb: { name: 'Nivå 3', title: 'Omfattende samarbeid', description: 'Flere tjenester samarbeider om en koordinert innsats.' },
      nn: { name: 'Nivå 3', title: 'Omfattande samarbeid', description: 'Fleire tenester samarbeider om ein koordinert innsats.' },
      en: { name: 'Level 3', title: 'Extensive cooperation', description: 'Several services cooperate in a coordinated effort.' },
    },
  },
];
