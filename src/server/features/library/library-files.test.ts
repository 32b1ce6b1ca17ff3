import { describe, expect, it } from 'vitest';
import { zipOf } from '../../../../test/helpers/zip.js';
import { libraryFileType, matchesLibraryFile, zipEntryNames } from './library-files.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT_TYPE = 'application/vnd.oasis.opendocument.text';
const zip = (...entries: [string, string][]) => zipOf(entries);

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
    expect(matchesLibraryFile(DOCX_TYPE, zipOf([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '']], { streamed: true }))).toBe(true);
    expect(matchesLibraryFile(ODT_TYPE, zip(['mimetype', ODT_TYPE], ['content.xml', '<office:document-content/>']))).toBe(true);
    expect(matchesLibraryFile(ODT_TYPE, zip(['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']))).toBe(false);
    expect(matchesLibraryFile(ODT_TYPE, zip(['content.xml', ''], ['mimetype', ODT_TYPE]))).toBe(false);
    expect(matchesLibraryFile(ODT_TYPE, zip(['mimetype', `${ODT_TYPE}-template`]))).toBe(false);
    expect(matchesLibraryFile(ODT_TYPE, Buffer.alloc(0))).toBe(false);
  });

  it('finds a Word document by the names of its entries, not by strings anywhere in the file', () => {
    // The strings in a comment, in another entry's content or in a name that only starts like one: not a Word document.
    expect(matchesLibraryFile(DOCX_TYPE, zip(['readme.txt', '[Content_Types].xml word/document.xml']))).toBe(false);
    expect(matchesLibraryFile(DOCX_TYPE, zip(['[Content_Types].xml.bak', ''], ['word/document.xml', '']))).toBe(false);
    expect(matchesLibraryFile(DOCX_TYPE, zip(['[Content_Types].xml', ''], ['notword/document.xml', ''], ['word', '']))).toBe(false);
    const real = zip(['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']);
    expect(zipEntryNames(real)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    // Local headers without the central directory that indexes them, or a directory pointing elsewhere: not a zip.
    expect(matchesLibraryFile(DOCX_TYPE, real.subarray(0, real.indexOf(Buffer.from('PK\x01\x02'))))).toBe(false);
    const moved = Buffer.from(real);
    moved.writeUInt32LE(1, moved.indexOf(Buffer.from('PK\x01\x02')) + 42);
    expect(zipEntryNames(moved)).toBeNull();
    const renamed = Buffer.from(real);
    renamed.write('x', 30); // the first local header's name no longer agrees with the directory
    expect(zipEntryNames(renamed)).toBeNull();
    expect(zipEntryNames(real.subarray(0, real.length - 1))).toBeNull();
    expect(zipEntryNames(Buffer.alloc(0))).toBeNull();
  });
});
