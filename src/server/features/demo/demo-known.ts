import type { StaffFunction } from '../../../contracts/common.js';
import type { MunicipalRole, UnitRole } from '../../platform/db/schema.js';

/** The made-up municipality; 9999 is not a real municipality number. */
export const DEMO_MUNICIPALITY = { name: 'Eksempel kommune', number: '9999' } as const;

/** Units that are always there, whatever the size; the first units of each kind get these names. */
export const DEMO_UNITS = {
  liaSchool: 'Lia skole',
  bergSchool: 'Berg skole',
  nordbySchool: 'Nordby ungdomsskole',
  solsikken: 'Solsikken barnehage',
  eventyrskogen: 'Eventyrskogen barnehage',
  liaSfo: 'Lia SFO',
  healthCentre: 'Helsestasjon og skolehelsetjenesten',
  ppt: 'PPT',
  childWelfare: 'Barneverntjenesten',
  nav: 'NAV Eksempel',
  leisure: 'Ungdomsklubben',
  mentalHealth: 'Psykisk helse barn og unge',
} as const;

export interface DemoPerson {
  /** Stable: the demo login picker, the local OpenID provider and tests find people by it. */
  subject: `demo:${string}`;
  name: string;
  unit?: string;
  role?: UnitRole;
  municipalRole?: MunicipalRole;
  /** shown beside the name in cases (issue 9) */
  staffFunction?: StaffFunction;
}

/**
 * The people one logs in as in demo mode. Everyone else the generator makes gets the
 * subject `gen:<n>` and is not offered in the picker.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { subject: 'demo:teacher-lia', name: 'Kari Lund', unit: DEMO_UNITS.liaSchool, role: 'employee', staffFunction: 'contact_teacher' },
  { subject: 'demo:leader-lia', name: 'Per Håkonsen', unit: DEMO_UNITS.liaSchool, role: 'leader', staffFunction: 'principal' },
  { subject: 'demo:resource-lia', name: 'Silje Åsheim', unit: DEMO_UNITS.liaSchool, role: 'resource_person', staffFunction: 'social_teacher' },
  { subject: 'demo:teacher-berg', name: 'Jonas Dahl', unit: DEMO_UNITS.bergSchool, role: 'employee', staffFunction: 'contact_teacher' },
  { subject: 'demo:kindergarten-teacher', name: 'Marte Solheim', unit: DEMO_UNITS.solsikken, role: 'employee', staffFunction: 'pedagogical_leader' },
  { subject: 'demo:leader-nordby', name: 'Eirik Strand', unit: DEMO_UNITS.nordbySchool, role: 'leader', staffFunction: 'principal' },
  { subject: 'demo:nurse', name: 'Hanne Bjørnstad', unit: DEMO_UNITS.healthCentre, role: 'employee', staffFunction: 'school_nurse' },
  { subject: 'demo:ppt', name: 'Lars Myhre', unit: DEMO_UNITS.ppt, role: 'employee', staffFunction: 'ppt_advisor' },
  { subject: 'demo:child-welfare', name: 'Nina Ødegård', unit: DEMO_UNITS.childWelfare, role: 'employee', staffFunction: 'child_welfare_worker' },
  { subject: 'demo:admin', name: 'Tore Systad', municipalRole: 'system_admin' },
  { subject: 'demo:coordinator', name: 'Randi Kvam', municipalRole: 'municipal_coordinator' },
  { subject: 'demo:analyst', name: 'Anders Tveit', municipalRole: 'analyst' },

  // A leader, an employee and a resource person for every unit type, so that every path through the
  // demo has someone to log in as (a kindergarten's handover needs its leader, a service its staff).
  { subject: 'demo:leader-solsikken', name: 'Ingrid Vatne', unit: DEMO_UNITS.solsikken, role: 'leader' },
  { subject: 'demo:resource-solsikken', name: 'Torill Brenna', unit: DEMO_UNITS.solsikken, role: 'resource_person' },
  { subject: 'demo:teacher-nordby', name: 'Håkon Lysne', unit: DEMO_UNITS.nordbySchool, role: 'employee' },
  { subject: 'demo:resource-nordby', name: 'Guro Aasland', unit: DEMO_UNITS.nordbySchool, role: 'resource_person' },
  { subject: 'demo:leader-sfo', name: 'Bente Kolstad', unit: DEMO_UNITS.liaSfo, role: 'leader' },
  { subject: 'demo:sfo', name: 'Sondre Haug', unit: DEMO_UNITS.liaSfo, role: 'employee' },
  { subject: 'demo:resource-sfo', name: 'Kristin Rognes', unit: DEMO_UNITS.liaSfo, role: 'resource_person' },
  { subject: 'demo:leader-health', name: 'Elin Tufte', unit: DEMO_UNITS.healthCentre, role: 'leader' },
  { subject: 'demo:resource-health', name: 'Mona Kjos', unit: DEMO_UNITS.healthCentre, role: 'resource_person' },
  { subject: 'demo:leader-ppt', name: 'Geir Skog', unit: DEMO_UNITS.ppt, role: 'leader' },
  { subject: 'demo:resource-ppt', name: 'Tone Fossum', unit: DEMO_UNITS.ppt, role: 'resource_person' },
  { subject: 'demo:leader-child-welfare', name: 'Aud Sletten', unit: DEMO_UNITS.childWelfare, role: 'leader' },
  { subject: 'demo:resource-child-welfare', name: 'Vidar Hestnes', unit: DEMO_UNITS.childWelfare, role: 'resource_person' },
  { subject: 'demo:leader-nav', name: 'Ståle Ruud', unit: DEMO_UNITS.nav, role: 'leader' },
  { subject: 'demo:nav', name: 'Heidi Vangen', unit: DEMO_UNITS.nav, role: 'employee' },
  { subject: 'demo:resource-nav', name: 'Sindre Bjerke', unit: DEMO_UNITS.nav, role: 'resource_person' },
  { subject: 'demo:leader-leisure', name: 'Camilla Østby', unit: DEMO_UNITS.leisure, role: 'leader' },
  { subject: 'demo:leisure', name: 'Martin Aasen', unit: DEMO_UNITS.leisure, role: 'employee' },
  { subject: 'demo:resource-leisure', name: 'Lene Aune', unit: DEMO_UNITS.leisure, role: 'resource_person' },
  { subject: 'demo:leader-mental-health', name: 'Øyvind Sand', unit: DEMO_UNITS.mentalHealth, role: 'leader' },
  { subject: 'demo:mental-health', name: 'Ragnhild Foss', unit: DEMO_UNITS.mentalHealth, role: 'employee' },
  { subject: 'demo:resource-mental-health', name: 'Petter Grande', unit: DEMO_UNITS.mentalHealth, role: 'resource_person' },
];

/**
 * Children that are always generated, with given names that occur nowhere else in the demo
 * data, so browser and API tests can search for them and expect exactly one hit.
 * The Lia child lives with a mother with parental responsibility and a father without.
 */
export const DEMO_KNOWN = {
  municipalityNumber: DEMO_MUNICIPALITY.number,
  liaTeacherSubject: 'demo:teacher-lia',
  liaTeacherName: 'Kari Lund',
  liaSchool: DEMO_UNITS.liaSchool,
  bergSchool: DEMO_UNITS.bergSchool,
  liaChildGivenName: 'Tiril',
  liaChildFamilyName: 'Fjellstad',
  liaChildGroup: '4A',
  /** strengt fortrolig adresse: the address must never be shown */
  liaProtectedChildGivenName: 'Idun',
  liaProtectedChildFamilyName: 'Kvernmo',
  bergChildGivenName: 'Sigvald',
  bergChildFamilyName: 'Brekkestø',
  kindergartenChildGivenName: 'Linnea',
  kindergartenChildFamilyName: 'Sølvberg',
  nordbyChildGivenName: 'Brage',
  nordbyChildFamilyName: 'Vassbotn',
  /** a published service a 14-year-old who needs someone to talk to finds by searching «snakke» (public journey) */
  talkServiceName: 'Samtaletilbud for ungdom',
  talkServiceSlug: 'samtaletilbud-for-ungdom',
  /** the demo routine with two published versions: the older one stays readable */
  versionedRoutineSlug: 'rutine-ved-bekymringsfullt-skolefravaer',
  versionedRoutineTitle: 'Rutine ved bekymringsfullt skolefravær',
} as const;
