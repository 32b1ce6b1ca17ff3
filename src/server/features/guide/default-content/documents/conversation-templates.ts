import type { DefaultDocument } from '../define.js';
import { filledInFooter, formMarkdown, formPdf, type FormSpec } from './form.js';

/**
 * Skien's conversation templates («se samtalemaler», Nivå 0): one for the talk with the child,
 * one for the talk with the guardians — and the URO method's preparation form from Nes.
 */

const childTitle = 'Samtalemal: samtale med barnet';
const withChild: FormSpec = {
  intro: [
    'Malen hjelper deg å forberede og gjennomføre en samtale med et barn eller en ungdom du er urolig for. Tilpass språket og lengden til barnets alder og modenhet. Barnet har rett til å si sin mening i saker som gjelder det.',
  ],
  sections: [
    {
      heading: 'Før samtalen',
      fields: [
        { label: 'Hva vil du snakke med barnet om, og hvorfor?', lines: 3 },
        { label: 'Hvor og når? Velg et sted der barnet er trygt og dere ikke blir forstyrret.', lines: 2 },
        { label: 'Hvordan forklarer du barnet hva samtalen handler om?', lines: 2 },
      ],
    },
    {
      heading: 'Under samtalen',
      help: 'Bruk åpne spørsmål, for eksempel «Fortell meg om …» og «Hvordan er det når …?». Lytt mer enn du snakker, og still ikke ledende spørsmål. Lov ikke at det barnet forteller, skal være en hemmelighet.',
      fields: [
        { label: 'Hva forteller barnet? Skriv med barnets egne ord.', lines: 6 },
        { label: 'Hva er bra i barnets hverdag?', lines: 3 },
        { label: 'Hva ønsker barnet skal bli annerledes?', lines: 3 },
      ],
    },
    {
      heading: 'Etter samtalen',
      fields: [
        { label: 'Hva har du sagt til barnet om hva som skjer videre?', lines: 2 },
        { label: 'Avtaler og neste steg', lines: 3 },
        { label: 'Dato, og hvem som var til stede', lines: 1 },
      ],
    },
  ],
  note: 'Forteller barnet om vold eller overgrep, avslutt samtalen rolig og skriv ned det barnet sa. Kontakt lederen din og barnevernet straks, og snakk ikke med de foresatte først.',
};

const guardiansTitle = 'Samtalemal: samtale med foresatte';
const withGuardians: FormSpec = {
  intro: [
    'Malen hjelper deg å dele uroen din med de foresatte på en åpen og respektfull måte, og å lytte til hvordan de ser det. De foresatte kjenner barnet best, og de fleste ønsker å samarbeide når de blir møtt med respekt.',
    'Mistenker du vold eller overgrep i familien, skal du ikke bruke denne malen. Kontakt lederen din og barnevernet først.',
  ],
  sections: [
    {
      heading: 'Før samtalen',
      fields: [
        { label: 'Hva har du observert? Ta med konkrete eksempler.', lines: 3 },
        { label: 'Hva er du urolig for, sagt med enkle ord?', lines: 2 },
        { label: 'Hvem deltar, og trengs det tolk?', lines: 2 },
      ],
    },
    {
      heading: 'Under samtalen',
      help: 'Begynn med det som er bra med barnet. Fortell hva du har sett, ikke hva du tror det betyr. Spør hvordan de foresatte opplever barnet hjemme.',
      fields: [
        { label: 'Hvordan ser de foresatte på situasjonen?', lines: 4 },
        { label: 'Hva gjør de foresatte allerede, og hva trenger de?', lines: 3 },
        { label: 'Hva blir dere enige om?', lines: 3 },
      ],
    },
    {
      heading: 'Etter samtalen',
      fields: [
        { label: 'Neste steg: hvem gjør hva, og når?', lines: 3 },
        { label: 'Tidspunkt for neste samtale', lines: 1 },
        { label: 'Dato og deltakere', lines: 1 },
      ],
    },
  ],
};

const uroTitle = 'Forberedelse til samtale om uro (URO-metoden)';
const uroPreparation: FormSpec = {
  intro: [
    'URO-metoden handler om å ta tak i den lille, urolige følelsen tidlig, trygt og systematisk – i stedet for å vente og se. Skjemaet hjelper deg å sette ord på uroen og å forberede en samtale med barnet, ungdommen eller de foresatte som bygger relasjon og trygghet.',
  ],
  sections: [
    {
      heading: 'Min uro',
      fields: [
        { label: 'Hva er jeg urolig for?', lines: 3 },
        { label: 'Hva har jeg sett eller hørt som gjør meg urolig?', lines: 3 },
        { label: 'Hvor lenge har jeg kjent på uroen?', lines: 1 },
      ],
    },
    {
      heading: 'Forberedelse',
      help: 'Skriv ned hvordan du vil åpne samtalen, for eksempel: «Jeg har lagt merke til … og blir litt urolig. Derfor vil jeg gjerne høre hvordan du har det.»',
      fields: [
        { label: 'Hvem skal jeg snakke med, og hvorfor akkurat dem?', lines: 2 },
        { label: 'Hva er bra, og hva kan jeg anerkjenne?', lines: 2 },
        { label: 'Hvordan kan den andre reagere, og hvordan vil jeg møte det?', lines: 3 },
        { label: 'Mine første setninger', lines: 3 },
      ],
    },
    {
      heading: 'Etter samtalen',
      fields: [
        { label: 'Hva kom fram?', lines: 3 },
        { label: 'Hva ble vi enige om?', lines: 2 },
        { label: 'Trenger jeg å drøfte dette med noen?', lines: 2 },
      ],
    },
  ],
};

export const conversationWithChild: DefaultDocument = {
  slug: 'samtalemal-barn',
  kind: 'template',
  title: childTitle,
  summary: 'Forberedelse, gjennomføring og oppfølging av en samtale med et barn eller en ungdom du er urolig for.',
  body: formMarkdown(withChild),
  pdf: { fileName: 'samtalemal-barn.pdf', footer: filledInFooter, content: () => formPdf(childTitle, withChild) },
};

export const conversationWithGuardians: DefaultDocument = {
  slug: 'samtalemal-foresatte',
  kind: 'template',
  title: guardiansTitle,
  summary: 'Forberedelse, gjennomføring og oppfølging av en samtale med foresatte når du er urolig for barnet deres.',
  body: formMarkdown(withGuardians),
  pdf: { fileName: 'samtalemal-foresatte.pdf', footer: filledInFooter, content: () => formPdf(guardiansTitle, withGuardians) },
};

export const uroPreparationForm: DefaultDocument = {
  slug: 'uro-forberedelsesskjema',
  kind: 'template',
  title: uroTitle,
  summary: 'Skjema for å forberede en samtale der du tar opp uroen din – tidlig, trygt og systematisk.',
  body: formMarkdown(uroPreparation),
  pdf: { fileName: 'uro-forberedelsesskjema.pdf', footer: filledInFooter, content: () => formPdf(uroTitle, uroPreparation) },
};
