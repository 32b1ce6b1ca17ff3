import { describe, expect, it } from 'vitest';
import { attachmentDisposition, fileNameForType, MAX_FILE_NAME, sanitiseFileName } from './files.js';

const isWellFormed = (s: string) => !/\p{Cs}/u.test(s);

describe('file names', () => {
  it('drops bidi overrides, zero-width characters and line separators', () => {
    // «‮» turns «gpj.exe» around so that the name reads «exe.jpg».
    expect(sanitiseFileName('rapport\u202Egpj.exe', 'x')).toBe('rapportgpj.exe');
    expect(sanitiseFileName(encodeURIComponent('a\u200Bb\u200Dc\u2066d\u2069\uFEFF.pdf'), 'x')).toBe('abcd.pdf');
    expect(sanitiseFileName('linje\u2028to\u2029tre.pdf', 'x')).toBe('linjetotre.pdf');
    expect(sanitiseFileName('\u202E\u200B', 'fallback.pdf')).toBe('fallback.pdf');
  });

  it('cuts long names by characters, never inside one, and keeps them well-formed', () => {
    // 199 ASCII characters, then an emoji of two UTF-16 units across the 200th character.
    const cut = sanitiseFileName(`${'a'.repeat(199)}😀😀`, 'x');
    expect(Array.from(cut)).toHaveLength(MAX_FILE_NAME);
    expect(cut.endsWith('a😀')).toBe(true);
    expect(isWellFormed(cut)).toBe(true);
    const withExtension = sanitiseFileName(`${'😀'.repeat(300)}.pdf`, 'x');
    expect(Array.from(withExtension)).toHaveLength(MAX_FILE_NAME);
    expect(withExtension.endsWith('😀.pdf')).toBe(true);
    expect(isWellFormed(withExtension)).toBe(true);
    expect(() => attachmentDisposition(cut)).not.toThrow();
    // A lone half of a character is not a character.
    expect(sanitiseFileName('a\uD83Db\uDE00.pdf', 'x')).toBe('ab.pdf');
  });

  it('never fails to send a name, even one stored with half a character', () => {
    expect(attachmentDisposition('a\uD83D.pdf')).toBe(`attachment; filename="a_.pdf"; filename*=UTF-8''a%EF%BF%BD.pdf`);
    expect(attachmentDisposition('😀.pdf')).toBe(`attachment; filename="_.pdf"; filename*=UTF-8''%F0%9F%98%80.pdf`);
  });

  it('names a file by its checked type, whatever extension the user gave it', () => {
    expect(fileNameForType('Samtykke Ærlig.pdf', '.pdf', 'dokument')).toBe('Samtykke Ærlig.pdf');
    expect(fileNameForType('rapport.html', '.pdf', 'dokument')).toBe('rapport.pdf');
    expect(fileNameForType('Plan.DOCX', '.docx', 'dokument')).toBe('Plan.docx');
    expect(fileNameForType('Plan.odt', '.docx', 'dokument')).toBe('Plan.docx');
    expect(fileNameForType('evil.html.exe', '.odt', 'dokument')).toBe('evil.html.odt');
    expect(fileNameForType('Plan uten endelse', '.pdf', 'dokument')).toBe('Plan uten endelse.pdf');
    expect(fileNameForType('Plan v1.2', '.pdf', 'dokument')).toBe('Plan v1.2.pdf');
    expect(fileNameForType('rapport\u202Efdp.exe', '.pdf', 'dokument')).toBe('rapportfdp.pdf');
    expect(fileNameForType('Plan. .pdf', '.pdf', 'dokument')).toBe('Plan.pdf');
    expect(fileNameForType(undefined, '.docx', 'dokument')).toBe('dokument.docx');
    expect(fileNameForType('../.pdf', '.pdf', 'dokument')).toBe('pdf.pdf');
    expect(fileNameForType('\u200B \u202E', '.pdf', 'dokument')).toBe('dokument.pdf');
    const long = fileNameForType(`${'ø'.repeat(199)}😀.html`, '.docx', 'dokument');
    expect(Array.from(long)).toHaveLength(MAX_FILE_NAME);
    expect(long.endsWith('ø.docx')).toBe(true);
    expect(isWellFormed(long)).toBe(true);
  });
});
