import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

export type { Content, TDocumentDefinitions };

/**
 * PDFs on the server with pdfmake and the Roboto font pdfmake ships in node_modules: nothing is
 * fetched over the network, and pdfmake may read no file outside its own font folder (a document
 * definition that names an image URL or a path fails instead of reaching out).
 */
const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontDir + sep));

/** Styles shared by Samla's documents, so a report and a case export look alike. */
const styles: TDocumentDefinitions['styles'] = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 10, color: '#444444', margin: [0, 0, 0, 12] },
  h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
  label: { bold: true },
  small: { fontSize: 8, color: '#444444' },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
};

export interface DocumentOptions {
  /** the document's title, also in the PDF's metadata */
  title: string;
  /** printed in the footer of every page, e.g. «Fortrolig – unntatt offentlighet» */
  footer: string;
  content: Content;
}

export async function renderPdf(doc: DocumentOptions): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: doc.title, creator: 'Samla', producer: 'Samla' },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles,
    footer: (page, pages) => ({
      columns: [
        { text: doc.footer, style: 'small' },
        { text: `Side ${page} av ${pages}`, style: 'small', alignment: 'right' },
      ],
      margin: [48, 16, 48, 0],
    }),
    content: doc.content,
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/** A two-column table of labels and values; empty values print as a dash so a gap is visible. */
export function fieldTable(rows: readonly (readonly [string, string | null | undefined])[]): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, { text: value && value.trim() !== '' ? value : '–' }]),
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}

/** A table with a header row. */
export function dataTable(headers: readonly string[], rows: readonly (readonly string[])[], widths?: (number | string)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths: widths ?? headers.map(() => '*'),
      body: [headers.map((h) => ({ text: h, style: 'tableHeader' })), ...rows.map((r) => r.map((c) => ({ text: c || '–' })))],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}
