import type { Content } from '../../../../platform/documents/pdf.js';
import { list, md, toolFooter, type DefaultDocument } from '../define.js';

/** «Barn og unges signaler», the tool Skien's guide names at Nivå 0 («Observasjon»). */
const groups: [heading: string, signals: string[]][] = [
  ['Kropp og helse', [
    'skader eller blåmerker uten en troverdig forklaring, særlig på steder som sjelden blir skadet i lek',
    'ofte sliten, sulten eller for lite kledd',
    'dårlig hygiene eller tannhelse over tid',
    'hyppige plager som hodepine eller vondt i magen',
    'endringer i søvn eller matlyst',
  ]],
  ['Følelser og atferd', [
    'trist, stille eller tilbaketrukket',
    'engstelig, redd eller hele tiden på vakt',
    'sinne, uro eller utagering som er ny, eller sterkere enn før',
    'brå humørsvingninger',
    'faller tilbake til atferd barnet har vokst fra, for eksempel sengevæting',
    'selvskading, eller snakk om ikke å ville leve',
    'seksualisert atferd eller kunnskap som ikke passer med alderen',
  ]],
  ['Venner og fellesskap', [
    'trekker seg unna venner og aktiviteter',
    'blir holdt utenfor eller mobbet, eller mobber andre',
    'ofte i konflikt med andre barn eller voksne',
  ]],
  ['I barnehagen og på skolen', [
    'høyt eller økende fravær, eller ofte for sent',
    'vansker med å konsentrere seg, eller mestrer mindre enn før',
    'vil ikke gå hjem, eller blir ikke hentet',
  ]],
  ['Rundt barnet', [
    'foresatte som virker ruspåvirket, svært slitne eller psykisk syke',
    'mye konflikt eller vold i familien',
    'barnet tar mer ansvar hjemme enn alderen tilsier',
    'vanskelig å få kontakt med de foresatte',
  ]],
  ['Hos ungdom', [
    'bruk av rusmidler',
    'kriminalitet, eller kontakt med eldre miljøer som gir grunn til uro',
    'slutter på skolen eller trekker seg fra alt',
  ]],
];

const intro = [
  'Barn og unge viser på mange måter at de ikke har det bra. Oversikten gir eksempler på signaler som kan gi grunn til uro. Ett signal alene betyr sjelden noe, men flere signaler over tid, eller en tydelig endring, skal tas på alvor.',
  'Signalene sier ikke hva som er årsaken. Derfor må du observere, snakke med barnet og drøfte med andre før du trekker slutninger.',
];
const closing = 'Barn forteller ofte litt om gangen, og til en voksen de stoler på. Ta det barnet sier på alvor, og skriv det ned med barnets egne ord.';

const title = 'Barn og unges signaler';

export const signalList: DefaultDocument = {
  slug: 'barn-og-unges-signaler',
  kind: 'tool',
  title,
  summary: 'Eksempler på signaler som kan gi grunn til uro for et barn eller en ungdom, og hvordan du bruker dem.',
  body: md(...intro, ...groups.flatMap(([heading, signals]) => [`## ${heading}`, list(...signals)]), closing),
  pdf: {
    fileName: 'barn-og-unges-signaler.pdf', footer: toolFooter,
    content: (): Content => [
      { text: title, style: 'title' },
      ...intro.map((p) => ({ text: p, margin: [0, 0, 0, 6] as [number, number, number, number] })),
      ...groups.flatMap(([heading, signals]): Content[] => [{ text: heading, style: 'h3' }, { ul: signals, margin: [0, 0, 0, 4] }]),
      { text: closing, italics: true, margin: [0, 10, 0, 0] },
    ],
  },
};
