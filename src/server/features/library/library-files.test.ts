import { describe, expect, it } from 'vitest';
import { libraryFileType, matchesLibraryFile } from './library-files.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT_TYPE = 'application/vnd.oasis.opendocument.text';
/** Zip local headers: [name, stored content] per entry, sizes and lengths where a reader looks for them. */
const zip = (...entries: [string, string][]) =>
  Buffer.concat(entries.flatMap(([name, content]) => {
    const header = Buffer.alloc(30, 0);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt32LE(content.length, 18);
    header.writeUInt32LE(content.length, 22);
    header.writeUInt16LE(name.length, 26);
    return [header, Buffer.from(name), Buffer.from(content)];
  }));

describe('library files', () => {
  it('knows the accepted types by their essence, parameters ignored', () => {
    expect(libraryFileType('application/pdf')).toBe('application/pdf');
    expect(libraryFileType('Application/PDF; charset=binary')).toBe('application/pdf');
    expect(libraryFileType(DOCX_TYPE)).toBe(DOCX_TYPE);
    expect(libraryFileType('application/msword')).toBeUndefined();
    expect(libraryFileType('application/pdfx')).toBeUndefined();
    expect(libraryFileType(undefined)).toBeUndefined();
  });

  it('accepts a file only when its bytes are what its type says', () => {
    expect(matchesLibraryFile('application/pdf', Buffer.from('%PDF-1.7\n'))).toBe(true);
    expect(matchesLibraryFile('application/pdf', Buffer.from('%PDF'))).toBe(false);
    expect(matchesLibraryFile('application/pdf', zip(['mimetype', 'application/pdf']))).toBe(false);
    expect(matchesLibraryFile(DOCX_TYPE, zip(['[Content_Types].xml', '<Types/>'], ['_rels/.rels', ''], ['word/document.xml', '<w:document/>']))).toBe(true);
    expect(matchesLibraryFile(DOCX_TYPE, zip(['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '']))).toBe(false);
    expect(matchesLibraryFile(DOCX_TYPE, Buffer.from('[Content_Types].xml word/'))).toBe(false);
    expect(matchesLibraryFile(ODT_TYPE, zip(['mimetype', ODT_TYPE], ['content.xml', '<office:document-content/>']))).toBe(true);
    expect(matchesLibraryFile(ODT_TYPE, zip(['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']))).toBe(false);
    expect(matchesLibraryFile(ODT_TYPE, zip(['content.xml', ''], ['mimetype', ODT_TYPE]))).toBe(false);
    expect(matchesLibraryFile(ODT_TYPE, zip(['mimetype', `${ODT_TYPE}-template`]))).toBe(false);
    expect(matchesLibraryFile(ODT_TYPE, Buffer.alloc(0))).toBe(false);
  });
});
