import type { DefaultDocument } from '../define.js';
import { filledInFooter, formMarkdown, formPdf, type FormSpec } from './form.js';

/**
 * Sel's «Samtykke til tverrfaglig arbeid»: the family's informed, written and revocable
 * permission for named services to work together and share information for a purpose, for a
 * time. It is what level 2 needs (DESIGN.md §3); the consent recorded in Samla mirrors it.
 */
const title = 'Samtykke til tverrfaglig samarbeid';

const spec: FormSpec = {
  intro: [
    'Noen ganger trenger et barn eller en ungdom hjelp fra flere tjenester samtidig. Tjenestene har taushetsplikt og kan bare snakke sammen om barnet når de foresatte – og ungdommen selv fra den alderen kommunen har bestemt – samtykker til det.',
    'Samtykket er frivillig. Det gjelder bare tjenestene og opplysningene som er krysset av eller skrevet inn nedenfor, bare for formålet som står her, og bare i perioden som står her. Dere kan trekke samtykket tilbake når som helst, helt eller delvis, ved å si fra til kontaktpersonen. Å si nei tar ikke fra barnet retten til hjelp fra hver enkelt tjeneste.',
    'Opplysningsplikten til barnevernet gjelder uavhengig av samtykke.',
  ],
  sections: [
    {
      heading: 'Barnet',
      fields: [
        { label: 'Navn', lines: 1 },
        { label: 'Fødselsdato', lines: 1 },
        { label: 'Barnehage eller skole', lines: 1 },
      ],
    },
    {
      heading: 'Formålet med samarbeidet',
      fields: [{ label: 'Hva skal samarbeidet hjelpe barnet med?', lines: 3 }],
    },
    {
      heading: 'Tjenestene som kan samarbeide og dele opplysninger',
      help: 'Kryss av. Bare tjenestene som er krysset av, er omfattet av samtykket.',
      fields: [
        {
          label: 'Tjenester',
          options: [
            'Barnehage',
            'Skole og SFO',
            'Helsestasjon og skolehelsetjeneste',
            'Pedagogisk-psykologisk tjeneste (PPT)',
            'Barnevernstjenesten',
            'Psykisk helsetjeneste for barn og unge',
            'NAV',
            'Fastlege',
            'Andre (skriv hvilke):',
          ],
        },
        { label: 'Andre tjenester', lines: 1 },
      ],
    },
    {
      heading: 'Opplysningene som kan deles',
      help: 'Bare opplysninger som er nødvendige for formålet.',
      fields: [{ label: 'Hvilke opplysninger?', lines: 3 }],
    },
    {
      heading: 'Hvor lenge samtykket gjelder',
      fields: [
        { label: 'Fra dato', lines: 1 },
        { label: 'Til dato', lines: 1 },
      ],
    },
    {
      heading: 'Underskrifter',
      help: 'Jeg/vi har fått informasjon om hva samtykket betyr, og vet at det er frivillig og kan trekkes tilbake når som helst.',
      fields: [
        { label: 'Foresatt med foreldreansvar: navn, dato og underskrift', lines: 2 },
        { label: 'Foresatt med foreldreansvar: navn, dato og underskrift', lines: 2 },
        { label: 'Ungdommen selv: navn, dato og underskrift', lines: 2 },
        { label: 'Kontaktperson i kommunen (stafettholder): navn og tjeneste', lines: 1 },
      ],
    },
    {
      heading: 'Samtykket trekkes tilbake',
      fields: [{ label: 'Dato, hva som trekkes tilbake, og underskrift', lines: 2 }],
    },
  ],
  note: 'Det utfylte skjemaet oppbevares av tjenesten som har kontakten med familien. Samtykket registreres i barnets sak i Samla; da får tjenestene som er krysset av, tilgang til saken så lenge samtykket gjelder.',
};

export const consentForm: DefaultDocument = {
  slug: 'samtykke-til-tverrfaglig-samarbeid',
  kind: 'template',
  title,
  summary: 'Skjema der de foresatte, og ungdommen selv når ungdommen er gammel nok, samtykker til at navngitte tjenester kan samarbeide om barnet.',
  body: formMarkdown(spec),
  pdf: { fileName: 'samtykke-til-tverrfaglig-samarbeid.pdf', footer: filledInFooter, content: () => formPdf(title, spec) },
};
