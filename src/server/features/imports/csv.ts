import { parse, CsvError } from 'csv-parse/sync';
import { badRequest, type FieldProblem } from '../../platform/http/errors.js';

/**
 * Reads an import file into rows keyed by column name, or refuses the whole file with
 * field-level problems naming the line and column. Messages never quote the file's content:
 * it holds national ID numbers and names.
 */
export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

export interface CsvRow {
  /** The line number in the file, the header being line 1: what a spreadsheet shows. */
  row: number;
  /** Trimmed values by column name; '' for an empty cell or an optional column that is absent. */
  values: Record<string, string>;
  /** Columns whose cell holds a control character; the importer refuses such a row (invalid_character). */
  invalid?: string[];
}

/**
 * NUL makes PostgreSQL refuse the whole statement (and so the batch), and other control
 * characters are never part of a name, number or address. Tab and line breaks are allowed:
 * a quoted cell may hold a line break typed in a spreadsheet, and the readers fold whitespace.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const MAX_PROBLEMS = 20;

/** «Fødselsnummer », «FODSELSNUMMER» and «fødsels nummer» all name the column fodselsnummer. */
export function normaliseHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, '_');
}

/** Semicolon (what Norwegian Excel writes) unless the header line has more commas. */
export function detectDelimiter(headerLine: string): ';' | ',' {
  const count = (c: string) => headerLine.split(c).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

const malformed = (fields: FieldProblem[]) => badRequest('malformed_csv', 'The file is not a valid CSV file', fields);

export function parseCsv(input: string, spec: ColumnSpec): CsvRow[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') {
    throw malformed([{ path: 'row.1', code: 'missing_header', message: 'Line 1 must be a header row with the column names' }]);
  }
  // Bytes that were not UTF-8 (a file saved as Windows-1252 by Excel) would turn «ø» into garbage in names.
  const broken = text.indexOf('\uFFFD');
  if (broken >= 0) {
    const line = text.slice(0, broken).split('\n').length;
    throw malformed([{ path: `row.${line}`, code: 'csv_encoding', message: `Line ${line} is not UTF-8 text; save the file as CSV UTF-8` }]);
  }
  const delimiter = detectDelimiter(firstLine);
  let lastLine = 0;
  let records: { record: string[]; lines: number }[];
  try {
    // csv-parse types on_record's result only together with `columns`; the runtime allows it without.
    records = (parse as unknown as (input: string, options: Record<string, unknown>) => typeof records)(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      // Keeps each record's line, and where the last complete record ended, to say where a broken one begins.
      on_record: (record: string[], context: { lines: number }) => {
        lastLine = context.lines;
        return { record, lines: context.lines };
      },
    });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = lastLine + 1;
    const code = err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'csv_unclosed_quote' : err.code.includes('QUOTE') ? 'csv_invalid_quote' : 'csv_malformed';
    const what = code === 'csv_unclosed_quote' ? 'has a quote that is never closed' : code === 'csv_invalid_quote' ? 'has a misplaced quote' : 'cannot be read';
    throw malformed([{ path: `row.${line}`, code, message: `Line ${line} ${what}` }]);
  }

  const [head, ...body] = records;
  const header = (head?.record ?? []).map(normaliseHeader);
  const problems: FieldProblem[] = [];
  header.forEach((h, i) => {
    if (h !== '' && header.indexOf(h) !== i) problems.push({ path: `header.${h}`, code: 'duplicate_column', message: `The column ${h} appears twice in the header row` });
  });
  for (const col of spec.required) {
    if (!header.includes(col)) problems.push({ path: `header.${col}`, code: 'missing_column', message: `The header row lacks the column ${col}` });
  }
  if (problems.length) throw malformed(problems);

  const wanted = [...spec.required, ...spec.optional];
  const index = new Map(wanted.map((col) => [col, header.indexOf(col)]));
  const rows: CsvRow[] = [];
  for (const { record, lines } of body) {
    if (record.every((v) => v.trim() === '')) continue; // an empty row from a spreadsheet: ;;;;
    if (record.length !== header.length) {
      if (problems.length < MAX_PROBLEMS) {
        problems.push({
          path: `row.${lines}`, code: 'csv_column_count',
          message: `Line ${lines} has ${record.length} columns; the header row has ${header.length}`,
        });
      }
      continue;
    }
    const values: Record<string, string> = {};
    const invalid: string[] = [];
    for (const [col, i] of index) {
      values[col] = i >= 0 ? (record[i] ?? '').trim() : '';
      if (CONTROL.test(values[col])) invalid.push(col);
    }
    rows.push(invalid.length ? { row: lines, values, invalid } : { row: lines, values });
  }
  if (problems.length) throw malformed(problems);
  if (rows.length === 0) throw malformed([{ path: 'row.2', code: 'no_rows', message: 'The file has a header row but no rows' }]);
  return rows;
}
