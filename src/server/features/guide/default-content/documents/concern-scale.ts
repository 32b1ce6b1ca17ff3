import { dataTable, type Content } from '../../../../platform/documents/pdf.js';
import { md, toolFooter, type DefaultDocument } from '../define.js';

/**
 * The concern scale (bekymringsskala) with the four steps Samla records on a concern
 * (DESIGN.md glossary; the same words as the concern form in the web app).
 */
const steps: [step: string, meaning: string, what: string][] = [
  [
    '1 Vær oppmerksom – trives',
    'Barnet trives, men noe gjør at du vil følge med.',
    'Følg med, og skriv gjerne ned det du legger merke til. Snakk med barnet.',
  ],
  [
    '2 Vær oppmerksom – redusert trivsel',
    'Barnet trives mindre enn før, eller mindre enn du ville ventet.',
    'Beskriv uroen i observasjonsskjemaet, snakk med barnet og de foresatte, og drøft med kolleger eller lederen.',
  ],
  [
    '3 Grunn til bekymring – behov for tilpasning',
    'Du er bekymret, og barnet trenger tilpasninger eller tiltak.',
    'Drøft med lederen og enhetens ressurspersoner. Vurder å opprette en BTI-sak (nivå 1), og om andre tjenester bør bli med.',
  ],
  [
    '4 Meld til barnevern eller politi',
    'Du har mistanke om vold, overgrep eller alvorlig omsorgssvikt.',
    'Meld fra straks. Snakk ikke med de foresatte først når du mistenker vold eller overgrep. Er barnet i akutt fare, ring 112.',
  ],
];

const intro = [
  'Bekymringsskalaen hjelper deg og kollegene dine å vurdere hvor alvorlig en uro er, og å snakke om den på samme måte. Velg trinnet som passer best med det du har sett og hørt.',
  'Skalaen er et hjelpemiddel, ikke en fasit. Se alltid det du vet i sammenheng, og drøft med andre. Et barn kan flytte seg opp og ned på skalaen over tid.',
];

const table = [
  '| Trinn | Hva betyr det? | Hva gjør du? |',
  '| --- | --- | --- |',
  ...steps.map((s) => `| ${s.join(' | ')} |`),
].join('\n');

const title = 'Bekymringsskala for barn og unge';

export const concernScale: DefaultDocument = {
  slug: 'bekymringsskala',
  kind: 'tool',
  title,
  summary: 'Fire trinn som hjelper deg å vurdere hvor alvorlig en uro for et barn er, og hva som bør skje videre.',
  body: md(...intro, table),
  pdf: {
    fileName: 'bekymringsskala.pdf', footer: toolFooter,
    content: (): Content => [
      { text: title, style: 'title' },
      ...intro.map((p) => ({ text: p, margin: [0, 0, 0, 6] as [number, number, number, number] })),
      { text: 'Trinnene', style: 'h2' },
      dataTable(['Trinn', 'Hva betyr det?', 'Hva gjør du?'], steps, [120, '*', '*']),
    ],
  },
};
