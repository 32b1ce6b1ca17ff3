/**
 * Word lists for «Eksempel kommune». Common Norwegian names, so the demo looks real, but
 * every person is made up by combining them at random. The given names in DEMO_KNOWN are
 * kept out of these lists so that a test can find exactly one child by them.
 */
export const GIRL_NAMES = [
  'Nora', 'Emma', 'Olivia', 'Ella', 'Sofie', 'Leah', 'Frida', 'Ingrid', 'Sara', 'Maja',
  'Astrid', 'Selma', 'Hedda', 'Amalie', 'Ida', 'Tuva', 'Mathilde', 'Thea', 'Alma', 'Hanna',
  'Eva', 'Sofia', 'Aurora', 'Julie', 'Vilde', 'Mia', 'Emilie', 'Signe', 'Live', 'Mille',
  'Åse', 'Æsa', 'Øydis', 'Solveig', 'Ragnhild', 'Kaja', 'Marte', 'Synnøve', 'Eira', 'Ylva',
  'Iben', 'Oda', 'Jenny', 'Karoline', 'Hedvig', 'Elise', 'Guro', 'Ingeborg', 'Anna', 'Vår',
] as const;

export const BOY_NAMES = [
  'Jakob', 'Emil', 'Noah', 'Oliver', 'Filip', 'William', 'Lucas', 'Liam', 'Henrik', 'Oskar',
  'Aksel', 'Theodor', 'Elias', 'Kasper', 'Magnus', 'Johannes', 'Isak', 'Mathias', 'Tobias', 'Olav',
  'Sander', 'Jonas', 'Ludvig', 'Adrian', 'Håkon', 'Even', 'Vetle', 'Sindre', 'Torstein', 'Bjørn',
  'Øyvind', 'Ask', 'Edvard', 'Johan', 'Eskil', 'Markus', 'Martin', 'Storm', 'Iver', 'Peder',
  'Ulrik', 'Tord', 'Halvor', 'Syver', 'Gaute', 'Sverre', 'Trygve', 'Aslak', 'Ørjan', 'Kristian',
] as const;

/** Adults: a generation older than the children. */
export const WOMAN_NAMES = [
  'Kari', 'Anne', 'Ingrid', 'Hilde', 'Marit', 'Silje', 'Ingunn', 'Camilla', 'Hege', 'Linn',
  'Tone', 'Trine', 'Kristin', 'Mari', 'Ragnhild', 'Ane', 'Tonje', 'Åshild', 'Bodil', 'Solfrid',
  'Heidi', 'Cecilie', 'Maria', 'Nina', 'Line', 'Merete', 'Guri', 'Siri', 'Torild', 'Ellen',
] as const;

export const MAN_NAMES = [
  'Ole', 'Lars', 'Per', 'Jan', 'Kjetil', 'Espen', 'Morten', 'Geir', 'Rune', 'Thomas',
  'Anders', 'Knut', 'Tor', 'Øystein', 'Stian', 'Eirik', 'Håvard', 'Jørgen', 'Arild', 'Terje',
  'Frode', 'Bård', 'Svein', 'Trond', 'Vegard', 'Audun', 'Ståle', 'Petter', 'Dag', 'Erlend',
] as const;

export const FAMILY_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand',
  'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie',
  'Amundsen', 'Nguyen', 'Rasmussen', 'Ali', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke',
  'Kristensen', 'Fredriksen', 'Holm', 'Lien', 'Hauge', 'Christensen', 'Andresen', 'Nielsen', 'Knudsen', 'Evensen',
  'Sæther', 'Aas', 'Hanssen', 'Myhre', 'Haugland', 'Thomassen', 'Sæle', 'Ødegård', 'Åsheim', 'Bråten',
  'Sandvik', 'Tangen', 'Ahmed', 'Khan', 'Kowalski', 'Nowak', 'Hussein', 'Mohammed', 'Løvås', 'Grønli',
  'Røed', 'Kvam', 'Tveit', 'Nordli', 'Fosse', 'Skår', 'Øien', 'Brekke', 'Rønning', 'Vik',
] as const;

export const STREETS = [
  'Liaveien', 'Bergsvingen', 'Nordbygata', 'Skolegata', 'Kirkeveien', 'Bjørkelia', 'Granstien', 'Furuveien',
  'Eikeliveien', 'Solbakken', 'Åsveien', 'Øvre Lyngvei', 'Nedre Storgate', 'Bekkestien', 'Fjellveien', 'Sjøgata',
  'Tunveien', 'Rognveien', 'Løkkeveien', 'Kvernhusbakken', 'Blåbærstien', 'Tyttebærveien', 'Hesteskoen', 'Stasjonsveien',
] as const;

/** Postal codes of the made-up municipality; all in one city. */
export const POSTAL_CODES = ['9990', '9991', '9992', '9993', '9994'] as const;
export const CITY = 'Eksempelby';

/** Areas of the municipality: school names and extra kindergartens are made from them. */
export const AREAS = [
  'Lia', 'Berg', 'Nordby', 'Sørby', 'Vestby', 'Østby', 'Haug', 'Dal', 'Moen', 'Vik',
  'Åsen', 'Strand', 'Li', 'Bakke', 'Skog', 'Elvebakken', 'Fjell', 'Holt', 'Rud', 'Tveit',
  'Kroken', 'Solås', 'Bjørkås', 'Granli', 'Eikeli', 'Furulund', 'Nes', 'Øya', 'Sand', 'Myra',
  'Kleiva', 'Lunden', 'Torget', 'Brattli', 'Engene', 'Hagan', 'Haugen', 'Bråten', 'Rønningen', 'Sletta',
] as const;
export const AREA_PREFIXES = ['', 'Nedre ', 'Øvre ', 'Nordre ', 'Søndre ', 'Vestre ', 'Østre '] as const;

export const KINDERGARTEN_WORDS = [
  'Solsikken', 'Eventyrskogen', 'Maurtua', 'Trollskogen', 'Regnbuen', 'Solstrålen', 'Blåbærtua', 'Ekornet',
  'Humla', 'Marihøna', 'Tyttebæret', 'Kongleskogen', 'Smørblomsten', 'Skogstjerna', 'Nøtteliten', 'Lerka',
] as const;

export const KINDERGARTEN_GROUPS = ['Ekorn', 'Rev', 'Ugle', 'Bjørn', 'Elg', 'Grevling'] as const;

/** Unit names that never collide: fixed words first, then area names with prefixes, then numbered. */
export function uniqueNames(base: readonly string[], suffix: string, count: number): string[] {
  const out: string[] = [];
  for (const prefix of AREA_PREFIXES) {
    for (const word of base) {
      if (out.length === count) return out;
      out.push(`${prefix}${word}${suffix}`);
    }
  }
  for (let i = 2; out.length < count; i++) out.push(`${base[out.length % base.length]}${suffix} ${i}`);
  return out;
}

/** Letters for e-mail addresses. */
export function asciiFold(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
}
