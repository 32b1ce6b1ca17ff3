import { libraryFileTypes } from '../../../contracts/library.js';
import { startsWithBytes } from '../../platform/documents/files.js';

export type LibraryFileType = (typeof libraryFileTypes)[number];

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04, a local file header
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
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
  if (type === 'application/vnd.oasis.opendocument.text') return isOdfText(bytes);
  return bytes.includes(OOXML_TYPES) && bytes.includes(WORD_PART);
}

/**
 * An ODF package's first entry is «mimetype», stored uncompressed: read the first local header
 * (sizes at 18, name and extra-field lengths at 26 and 28, name from 30) and compare its content.
 */
function isOdfText(bytes: Buffer): boolean {
  if (bytes.length < 30) return false;
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  if (nameLength !== 8 || bytes.toString('latin1', 30, 38) !== 'mimetype' || size !== ODT_MIMETYPE.length) return false;
  const start = 38 + extraLength;
  return bytes.toString('latin1', start, start + size) === ODT_MIMETYPE;
}
