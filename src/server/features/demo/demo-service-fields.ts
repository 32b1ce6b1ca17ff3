import type { ContactPerson, InterMunicipal, Referrer, ServiceCost, ServicePhone } from '../../../contracts/catalogue-fields.js';
import { DEMO_UNITS } from './demo-known.js';
import { demoEmail, fictionalPhone, PLACES, type DemoService } from './demo-service-types.js';

/**
 * The catalogue's structured fields for the demo's services (issue 9): who else can refer, cost,
 * drop-in, more phone numbers and contact persons, by slug, laid over the services' texts. Names
 * of contact persons are made up; numbers are the demo's unreachable ones.
 */
export interface DemoServiceFields {
  referrers?: Referrer[];
  cost?: ServiceCost;
  /** the fee in each language the service is written in */
  costText?: { nb: string; nn?: string; en?: string };
  dropIn?: true;
  morePhones?: ServicePhone[];
  contactPersons?: ContactPerson[];
  interMunicipal?: InterMunicipal;
}

const person = (name: string, role: string, n: number, local: string): ContactPerson => ({ name, role, phone: fictionalPhone(n), email: demoEmail(local) });

export const DEMO_SERVICE_FIELDS: Record<string, DemoServiceFields> = {
  'helsestasjon-0-5-ar': {
    referrers: ['guardians', 'doctor', 'kindergarten'], cost: 'free',
    morePhones: [{ number: fictionalPhone(81), label: 'Jordmor' }],
    contactPersons: [person('Hanne Lie', 'Ledende helsesykepleier', 82, 'hanne.lie')],
  },
  'skolehelsetjenesten-barneskole': { referrers: ['guardians', 'school'], cost: 'free', dropIn: true },
  'skolehelsetjenesten-ungdomsskole': { referrers: ['guardians', 'school'], cost: 'free', dropIn: true },
  'helsestasjon-for-ungdom': {
    referrers: ['school_nurse', 'doctor'], cost: 'free', dropIn: true,
    morePhones: [{ number: fictionalPhone(83), label: 'SMS' }],
    contactPersons: [person('Jonas Berg', 'Helsesykepleier', 84, 'jonas.berg'), person('Amina Hassan', 'Lege', 85, 'amina.hassan')],
  },
  'fysioterapi-barn-og-unge': { referrers: ['guardians', 'doctor', 'health_centre', 'school_nurse'], cost: 'free' },
  foreldreveiledning: {
    referrers: ['health_centre', 'kindergarten', 'school'], cost: 'fee',
    costText: {
      nb: 'Samtalene er gratis. Foreldrekurset i grupper koster 300 kroner for hele kurset, med materiell.',
      en: 'The conversations are free. The parenting course in groups costs NOK 300 for the whole course, materials included.',
    },
  },
  'psykisk-helse-barn-og-unge': {
    referrers: ['guardians', 'doctor', 'school_nurse', 'health_centre', 'child_welfare'], cost: 'free',
    contactPersons: [person('Siri Dahl', 'Fagleder', 86, 'siri.dahl')],
  },
  kommunepsykolog: { referrers: ['guardians', 'doctor', 'school_nurse', 'ppt'], cost: 'free' },
  'barn-som-parorende': { referrers: ['guardians', 'school_nurse', 'doctor'], cost: 'free' },
  ppt: {
    referrers: ['guardians', 'kindergarten', 'school'], cost: 'free',
    contactPersons: [person('Turid Haugen', 'PP-leder', 87, 'turid.haugen')],
    interMunicipal: { name: 'PP-tjenesten for Eksempel og Nabovik', hostMunicipalityNumber: '4601', hostMunicipalityName: 'Bergen' },
  },
  logoped: { referrers: ['guardians', 'kindergarten', 'school', 'health_centre', 'ppt'], cost: 'free' },
  'ressursteam-i-barnehagene': { referrers: ['kindergarten'], cost: 'free' },
  'sprakgruppe-solsikken': { referrers: ['kindergarten', 'health_centre'], cost: 'free' },
  'apen-barnehage-eventyrskogen': { referrers: ['health_centre'], cost: 'free', dropIn: true },
  'tpo-team-lia-skole': { referrers: ['school', 'guardians'], cost: 'free' },
  'miljoterapeut-berg-skole': { referrers: ['school', 'guardians'], cost: 'free' },
  'ressursteam-nordby-ungdomsskole': { referrers: ['school', 'guardians'], cost: 'free' },
  'trygt-skolemiljo': { referrers: ['guardians', 'school'], cost: 'free' },
  'leksehjelp-lia-sfo': {
    referrers: ['guardians'], cost: 'fee',
    costText: { nb: 'Leksehjelpen er gratis for elever i SFO. Andre betaler 150 kroner i måneden.' },
  },
  barneverntjenesten: {
    referrers: ['guardians', 'kindergarten', 'school', 'health_centre', 'school_nurse', 'doctor', 'ppt', 'nav', 'other_services'], cost: 'free',
    morePhones: [{ number: fictionalPhone(88), label: 'Barnevernvakten (kveld og helg)' }],
    contactPersons: [person('Marte Solheim', 'Barnevernleder', 89, 'marte.solheim')],
  },
  'hjelp-ved-vold-og-overgrep': {
    referrers: ['guardians', 'school', 'school_nurse', 'child_welfare', 'doctor'], cost: 'free',
    morePhones: [{ number: fictionalPhone(92), label: 'Akutt, hele døgnet' }],
  },
  ungdomsklubben: {
    referrers: [], cost: 'fee', dropIn: true,
    costText: {
      nb: 'Medlemskap koster 100 kroner i året. Det er gratis å komme innom første gang.',
      en: 'Membership costs NOK 100 a year. Your first visit is free.',
    },
  },
  'fritid-for-alle': { referrers: ['guardians', 'nav', 'child_welfare'], cost: 'free' },
  'nav-ungdomskontakt': { referrers: ['school', 'other_services'], cost: 'free', dropIn: true },
  'koordinator-og-individuell-plan': { referrers: ['guardians', 'doctor', 'health_centre', 'ppt', 'child_welfare', 'specialist_health'], cost: 'free' },
};

/** Services the demo needs beside the catalogue's texts: aftercare to 25, and a service for pregnant women. */
export const DEMO_EXTRA_SERVICES: DemoService[] = [
  {
    slug: 'ettervern', unit: DEMO_UNITS.childWelfare, type: 'child_welfare', ages: [18, 25], targetGroups: ['young_adults'],
    needs: ['economy_and_housing', 'someone_to_talk_to', 'school_and_learning'], selfReferral: true,
    nb: {
      name: 'Ettervern for unge voksne 18–25 år',
      summary: 'Hjelp videre for deg som har hatt tiltak fra barnevernet: bolig, økonomi, skole og jobb, og noen å snakke med.',
      whatWeOffer: '- En fast kontaktperson\n- Hjelp med bolig og økonomi\n- Samarbeid med NAV, skole og helsetjenester når du vil det',
      targetGroup: 'Unge voksne fra 18 til 25 år som hadde tiltak fra barnevernet da de fylte 18.',
      howToGetHelp: 'Ta kontakt med barneverntjenesten, eller be kontaktpersonen din om en samtale før du fyller 18.',
    },
    phone: fictionalPhone(90), email: demoEmail('ettervern'), address: PLACES.townHall,
  },
  {
    slug: 'svangerskapsomsorg', unit: DEMO_UNITS.healthCentre, type: 'health', ages: null, targetGroups: ['pregnant', 'parents'],
    needs: ['physical_health', 'family_and_parenting'], selfReferral: true,
    nb: {
      name: 'Svangerskapsomsorg hos jordmor',
      summary: 'Svangerskapskontroller og samtaler med jordmor, og hjemmebesøk etter fødselen.',
      whatWeOffer: '- Svangerskapskontroller\n- Samtaler om svangerskap, fødsel og livet som ny familie\n- Hjemmebesøk etter fødselen',
      targetGroup: 'Gravide i kommunen og partnerne deres.',
      howToGetHelp: 'Ring jordmor når du vet at du er gravid. Du kan også gå til fastlegen.',
    },
    en: {
      name: 'Antenatal care with a midwife',
      summary: 'Antenatal check-ups and talks with a midwife, and a home visit after the birth.',
      whatWeOffer: '- Antenatal check-ups\n- Talks about pregnancy, birth and life as a new family\n- A home visit after the birth',
      targetGroup: 'Pregnant women in the municipality and their partners.',
      howToGetHelp: 'Call the midwife when you know you are pregnant. You can also see your GP.',
    },
    phone: fictionalPhone(91), email: demoEmail('jordmor'), address: PLACES.healthHouse,
  },
];
