import type { DefaultDocument } from '../define.js';
import { filledInFooter, formMarkdown, formPdf, type FormSpec } from './form.js';

/** Skien's observation form (Nivå 0, «Konkretisering»): the worry written down as what was seen and heard. */
export const scaleOptions = [
  '1 Vær oppmerksom – trives',
  '2 Vær oppmerksom – redusert trivsel',
  '3 Grunn til bekymring – behov for tilpasning',
  '4 Meld til barnevern eller politi',
];

const title = 'Observasjonsskjema';
const spec: FormSpec = {
  intro: [
    'Bruk skjemaet når du er urolig for et barn eller en ungdom. Beskriv det du har sett og hørt – ikke hva du tror det betyr. Jo mer konkret beskrivelsen er, jo lettere er det å drøfte uroen med andre og å snakke med barnet og de foresatte om den.',
    'Skjemaet er et arbeidsdokument for deg og enheten din. Del det bare med dem som trenger det for å hjelpe barnet. Registrerer du uroen i Samla, skriver du observasjonene der.',
  ],
  sections: [
    {
      heading: 'Om observasjonen',
      fields: [
        { label: 'Barnet (navn eller initialer)', lines: 1 },
        { label: 'Barnehage eller skole, gruppe eller klasse', lines: 1 },
        { label: 'Observert av (navn og rolle)', lines: 1 },
        { label: 'Periode (fra–til)', lines: 1 },
      ],
    },
    {
      heading: 'Hva har du sett og hørt?',
      help: 'Beskriv konkrete situasjoner: når og hvor det skjedde, hva barnet sa og gjorde, og hvem som var til stede.',
      fields: [
        { label: 'Situasjonene', lines: 8 },
        { label: 'Hvor ofte skjer det, og hvor lenge har det pågått?', lines: 2 },
        { label: 'Er det situasjoner der det ikke skjer, eller der barnet har det bra?', lines: 2 },
      ],
    },
    {
      heading: 'Barnet selv',
      fields: [
        { label: 'Hva mestrer barnet, og hva fungerer godt?', lines: 3 },
        { label: 'Hva har barnet selv sagt? Skriv med barnets egne ord.', lines: 3 },
      ],
    },
    {
      heading: 'Vurdering og neste steg',
      fields: [
        { label: 'Trinn på bekymringsskalaen', options: scaleOptions },
        { label: 'Drøftet med (rolle) og dato', lines: 2 },
        { label: 'Neste steg, og hvem som gjør hva', lines: 3 },
      ],
    },
  ],
  note: 'Tror du at barnet blir utsatt for vold eller overgrep, skal du ikke snakke med de foresatte først. Kontakt lederen din og barnevernet straks.',
};

export const observationForm: DefaultDocument = {
  slug: 'observasjonsskjema',
  kind: 'tool',
  title,
  summary: 'Skjema for å beskrive konkret det du har sett og hørt når du er urolig for et barn, før du drøfter uroen med andre.',
  body: formMarkdown(spec),
  pdf: { fileName: 'observasjonsskjema.pdf', footer: filledInFooter, content: () => formPdf(title, spec) },
};
