import { libraryFileTypes } from '../../../contracts/library.js';
import { startsWithBytes } from '../../platform/documents/files.js';

export type LibraryFileType = (typeof libraryFileTypes)[number];

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04, a local file header
// An ODF package stores its mimetype first and uncompressed, so it stands right after the first header.
const ODT_MARKER = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text');
const OOXML_TYPES = Buffer.from('[Content_Types].xml');
const WORD_PART = Buffer.from('word/');

export const EXTENSION: Record<LibraryFileType, string> = {
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.oasis.opendocument.text': '.odt',
};

/** The accepted type a Content-Type header names (parameters such as charset ignored), if any. */
export function libraryFileType(header: string | undefined): LibraryFileType | undefined {
  const essence = header?.split(';')[0]?.trim().toLowerCase();
  return libraryFileTypes.find((t) => t === essence);
}

/**
 * Whether the bytes are what the declared type says: a PDF starts with %PDF-, a Word document
 * is a zip holding [Content_Types].xml and a word/ part, an OpenDocument text is a zip whose
 * first entry is its mimetype. Zip entry names are stored in clear in the local headers.
 */
export function matchesLibraryFile(type: LibraryFileType, bytes: Buffer): boolean {
  if (type === 'application/pdf') return startsWithBytes(bytes, PDF);
  if (!startsWithBytes(bytes, ZIP)) return false;
  if (type === 'application/vnd.oasis.opendocument.text') {
    const at = bytes.subarray(0, 200).indexOf(ODT_MARKER);
    return at >= 30;
  }
  return bytes.includes(OOXML_TYPES) && bytes.includes(WORD_PART);
}
