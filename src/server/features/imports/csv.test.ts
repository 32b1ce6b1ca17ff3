import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/errors.js';
import { parseCsv } from './csv.js';

const spec = { required: ['navn', 'type'], optional: ['organisasjonsnummer'] };

function refusal(text: string) {
  try {
    parseCsv(text, spec);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.status).toBe(400);
    return e.fields;
  }
  throw new Error('expected a refusal');
}

describe('parseCsv', () => {
  it('reads semicolon files with a BOM, any header case, and skips empty rows', () => {
    const rows = parseCsv('\uFEFFNavn;TYPE\r\nLia skole;barneskole\r\n;\r\n\r\n"Berg; barnehage";barnehage\r\n', spec);
    expect(rows).toEqual([
      { row: 2, values: { navn: 'Lia skole', type: 'barneskole', organisasjonsnummer: '' } },
      { row: 5, values: { navn: 'Berg; barnehage', type: 'barnehage', organisasjonsnummer: '' } },
    ]);
  });

  it('reads comma files', () => {
    expect(parseCsv('navn,type,organisasjonsnummer\nLia,sfo,123456789', spec)[0]!.values.organisasjonsnummer).toBe('123456789');
  });

  it('refuses an unclosed quote, naming the line where the broken row begins', () => {
    expect(refusal('navn;type\nA;sfo\n"B;sfo\nC;sfo\n')).toEqual([expect.objectContaining({ path: 'row.3', code: 'csv_unclosed_quote' })]);
  });

  it('refuses rows with the wrong number of columns', () => {
    expect(refusal('navn;type\nA;sfo\nB;sfo;x\n')).toEqual([expect.objectContaining({ path: 'row.3', code: 'csv_column_count' })]);
  });

  it('refuses a header without a required column, a repeated column, no header and no rows', () => {
    expect(refusal('navn;typ\nA;sfo\n')).toEqual([expect.objectContaining({ path: 'header.type', code: 'missing_column' })]);
    expect(refusal('navn;type;navn\nA;sfo;B\n')).toEqual([expect.objectContaining({ path: 'header.navn', code: 'duplicate_column' })]);
    expect(refusal('\nA;sfo\n')[0]!.code).toBe('missing_header');
    expect(refusal('navn;type\n')[0]!.code).toBe('no_rows');
  });

  it('refuses text that was not UTF-8, naming the line', () => {
    const latin1 = Buffer.from('navn;type\nS\xf8r skole;barneskole\n', 'latin1').toString('utf8');
    expect(refusal(latin1)).toEqual([expect.objectContaining({ path: 'row.2', code: 'csv_encoding' })]);
  });

  it('never quotes the file in its messages', () => {
    const fields = refusal('navn;type\n"12345678901;sfo\n');
    expect(JSON.stringify(fields)).not.toContain('12345678901');
  });
});
