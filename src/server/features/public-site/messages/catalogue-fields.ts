import { serviceFieldLabels } from '../../../../contracts/catalogue-fields.js';
import type { PublicLanguage } from './index.js';

/**
 * The public catalogue's words for who can refer, target groups, cost, drop-in, phones, contact
 * persons and inter-municipal providers (issue 9), per language; the codes' labels come from the
 * contract so that the app and the public pages name them the same.
 */
const nb = {
  ...serviceFieldLabels.nb,
  referrersLegend: 'Hvem kan henvise?',
  referrersHelp: 'Viser tjenester der minst én av dem du velger, kan henvise eller ta kontakt.',
  referrersInvalid: 'Noen av de valgte henviserne finnes ikke og er tatt bort.',
  targetGroupsLegend: 'Hvem er tjenesten for?',
  targetGroupsHelp: 'For tilbud som ikke gjelder en bestemt alder, for eksempel for gravide eller foreldre.',
  targetGroupsInvalid: 'Noen av de valgte målgruppene finnes ikke og er tatt bort.',
  moreFilters: 'Mer om tilbudet',
  free: 'Bare gratis tilbud',
  dropIn: 'Uten timeavtale (drop-in)',
  dropInTag: 'Drop-in',
  dropInText: 'Du kan komme uten timeavtale.',
  targetGroupsTitle: 'Målgruppe',
  referrersTitle: 'Hvem kan henvise',
  cost: 'Pris',
  phones: 'Telefon',
  contactPersons: 'Kontaktpersoner',
  interMunicipal: 'Interkommunalt tilbud',
  host: (name: string, number: string) => `Vertskommune: ${name} (kommunenummer ${number})`,
  ageInvalid: 'Velg en alder mellom 0 og 25 år. Vi har søkt uten alder.',
};
type CatalogueFieldMessages = typeof nb;

const nn: CatalogueFieldMessages = {
  ...serviceFieldLabels.nn,
  referrersLegend: 'Kven kan tilvise?',
  referrersHelp: 'Viser tenester der minst éin av dei du vel, kan tilvise eller ta kontakt.',
  referrersInvalid: 'Nokre av dei valde tilvisarane finst ikkje og er tekne bort.',
  targetGroupsLegend: 'Kven er tenesta for?',
  targetGroupsHelp: 'For tilbod som ikkje gjeld ein bestemd alder, til dømes for gravide eller foreldre.',
  targetGroupsInvalid: 'Nokre av dei valde målgruppene finst ikkje og er tekne bort.',
  moreFilters: 'Meir om tilbodet',
  free: 'Berre gratis tilbod',
  dropIn: 'Utan timeavtale (drop-in)',
  dropInTag: 'Drop-in',
  dropInText: 'Du kan kome utan timeavtale.',
  targetGroupsTitle: 'Målgruppe',
  referrersTitle: 'Kven kan tilvise',
  cost: 'Pris',
  phones: 'Telefon',
  contactPersons: 'Kontaktpersonar',
  interMunicipal: 'Interkommunalt tilbod',
  host: (name, number) => `Vertskommune: ${name} (kommunenummer ${number})`,
  ageInvalid: 'Vel ein alder mellom 0 og 25 år. Vi har søkt utan alder.',
};

const en: CatalogueFieldMessages = {
  ...serviceFieldLabels.en,
  referrersLegend: 'Who can refer?',
  referrersHelp: 'Shows services where at least one of those you choose can refer or get in touch.',
  referrersInvalid: 'Some of the chosen referrers do not exist and have been removed.',
  targetGroupsLegend: 'Who is the service for?',
  targetGroupsHelp: 'For services not tied to an age, for example for pregnant women or parents.',
  targetGroupsInvalid: 'Some of the chosen target groups do not exist and have been removed.',
  moreFilters: 'More about the service',
  free: 'Free services only',
  dropIn: 'No appointment needed (drop-in)',
  dropInTag: 'Drop-in',
  dropInText: 'You can come without an appointment.',
  targetGroupsTitle: 'Target group',
  referrersTitle: 'Who can refer',
  cost: 'Cost',
  phones: 'Phone',
  contactPersons: 'Contact persons',
  interMunicipal: 'Inter-municipal service',
  host: (name, number) => `Host municipality: ${name} (municipality number ${number})`,
  ageInvalid: 'Choose an age between 0 and 25. We searched without an age.',
};

const all: Record<PublicLanguage, CatalogueFieldMessages> = { nb, nn, en };
export const catalogueFieldMessages = (lang: PublicLanguage): CatalogueFieldMessages => all[lang];
