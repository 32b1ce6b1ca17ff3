import type { z } from 'zod';
import type { ServiceNeed, ServiceType, serviceText } from '../../../contracts/catalogue.js';
import type { ContactPerson, InterMunicipal, Referrer, ServiceCost, ServicePhone, TargetGroup } from '../../../contracts/catalogue-fields.js';
import type { Link } from '../../../contracts/content.js';
import type { DEMO_UNITS } from './demo-known.js';

/** A service text as written here; the generator runs it through the contract, which fills the optional fields. */
export type DemoServiceText = z.input<typeof serviceText>;

/** One service of the demo municipality's catalogue, by the name of its provider unit. */
export interface DemoService {
  slug: string;
  /** null: the municipality as a whole, no single unit provides it */
  unit: (typeof DEMO_UNITS)[keyof typeof DEMO_UNITS] | null;
  type: ServiceType;
  /** null: no age range, the target groups say whom it is for */
  ages: readonly [from: number, to: number] | null;
  targetGroups?: readonly TargetGroup[];
  needs: readonly ServiceNeed[];
  selfReferral: boolean;
  /** who else can refer, beside self-referral */
  referrers?: readonly Referrer[];
  /** not stated when left out */
  cost?: ServiceCost;
  dropIn?: true;
  /** numbers beside the main phone, with labels */
  morePhones?: ServicePhone[];
  contactPersons?: ContactPerson[];
  interMunicipal?: InterMunicipal;
  /** a draft stays out of the public catalogue; the editors see it */
  draft?: true;
  nb: DemoServiceText;
  nn?: DemoServiceText;
  en?: DemoServiceText;
  phone: string;
  email: string;
  address: string;
  links?: Link[];
}

/**
 * Made-up contact details. Eight-digit Norwegian subscriber numbers never begin with 1 (those
 * are short codes such as 110–113), so «12 34 5x xx» reaches no one; the e-mail domain and
 * the street addresses belong to the made-up municipality.
 */
export const fictionalPhone = (n: number) => `12 34 5${Math.floor(n / 100) % 10} ${String(n % 100).padStart(2, '0')}`;
export const demoEmail = (local: string) => `${local}@eksempel.kommune.no`;
export const demoLink = (label: string, path: string): Link => ({ label, url: `https://www.example.no/eksempel-kommune/${path}` });

export const PLACES = {
  healthHouse: 'Helsehuset, Storgata 10, Eksempel kommune',
  familyHouse: 'Familiens hus, Storgata 12, Eksempel kommune',
  townHall: 'Rådhuset, Torget 1, Eksempel kommune',
  liaSchool: 'Lia skole, Skoleveien 4, Eksempel kommune',
  bergSchool: 'Berg skole, Bergsvingen 2, Eksempel kommune',
  nordbySchool: 'Nordby ungdomsskole, Nordbyveien 20, Eksempel kommune',
  solsikken: 'Solsikken barnehage, Blomsterstien 3, Eksempel kommune',
  eventyrskogen: 'Eventyrskogen barnehage, Skogbrynet 7, Eksempel kommune',
  cultureHouse: 'Kulturhuset, Parkveien 5, Eksempel kommune',
  nav: 'NAV Eksempel, Stasjonsveien 8, Eksempel kommune',
} as const;
