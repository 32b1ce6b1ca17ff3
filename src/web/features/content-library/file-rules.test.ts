import { describe, expect, it } from 'vitest';
import { libraryFileMaxBytes } from '../../../contracts/library.js';
import { checkLibraryFile, fileSize, fileTypeName } from './file-rules.js';

const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('checkLibraryFile', () => {
  it('takes PDF, DOCX and ODT by their type', () => {
    expect(checkLibraryFile({ name: 'plan.pdf', type: 'application/pdf', size: 1000 })).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkLibraryFile({ name: 'mal.docx', type: docx, size: 1000 })).toEqual({ ok: true, type: docx });
  });
  it('reads the extension when the browser gives no type or a generic one', () => {
    expect(checkLibraryFile({ name: 'Rutine.ODT', type: '', size: 10 })).toEqual({ ok: true, type: 'application/vnd.oasis.opendocument.text' });
    expect(checkLibraryFile({ name: 'mal.docx', type: 'application/octet-stream', size: 10 })).toEqual({ ok: true, type: docx });
  });
  it('refuses other types, even when named .pdf', () => {
    expect(checkLibraryFile({ name: 'bilde.png', type: 'image/png', size: 10 })).toEqual({ ok: false, problem: 'type' });
    expect(checkLibraryFile({ name: 'bilde.pdf', type: 'image/png', size: 10 })).toEqual({ ok: false, problem: 'type' });
    expect(checkLibraryFile({ name: 'gammel.doc', type: 'application/msword', size: 10 })).toEqual({ ok: false, problem: 'type' });
  });
  it('refuses an empty file and one over 10 MB; exactly 10 MB is fine', () => {
    expect(checkLibraryFile({ name: 'a.pdf', type: 'application/pdf', size: 0 })).toEqual({ ok: false, problem: 'empty' });
    expect(checkLibraryFile({ name: 'a.pdf', type: 'application/pdf', size: libraryFileMaxBytes + 1 })).toEqual({ ok: false, problem: 'size' });
    expect(checkLibraryFile({ name: 'a.pdf', type: 'application/pdf', size: libraryFileMaxBytes }).ok).toBe(true);
  });
});

describe('file names and sizes for people', () => {
  it('names the types', () => {
    expect(fileTypeName('application/pdf')).toBe('PDF');
    expect(fileTypeName(docx)).toBe('DOCX');
  });
  it('writes kB under a megabyte and MB with one decimal above', () => {
    expect(fileSize(300, 'nb-NO')).toBe('1 kB');
    expect(fileSize(850 * 1024, 'nb-NO')).toBe('850 kB');
    expect(fileSize(10.5 * 1024 * 1024, 'nb-NO')).toBe('10,5 MB');
    expect(fileSize(12 * 1024 * 1024, 'en-GB')).toBe('12 MB');
  });
});
