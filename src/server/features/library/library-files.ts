import { libraryFileTypes } from '../../../contracts/library.js';
import { startsWithBytes } from '../../platform/documents/files.js';

export type LibraryFileType = (typeof libraryFileTypes)[number];

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04, a local file header
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

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
 * is a zip with entries named [Content_Types].xml and word/…, an OpenDocument text is a zip whose
 * first entry is its mimetype.
 */
export function matchesLibraryFile(type: LibraryFileType, bytes: Buffer): boolean {
  if (type === 'application/pdf') return startsWithBytes(bytes, PDF);
  if (!startsWithBytes(bytes, ZIP)) return false;
  if (type === 'application/vnd.oasis.opendocument.text') return isOdfText(bytes);
  const names = zipEntryNames(bytes);
  return names !== null && names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('word/') && n.length > 5);
}

const EOCD = 0x06054b50; // end of central directory
const CENTRAL = 0x02014b50; // central directory file header
const LOCAL = 0x04034b50; // local file header

/**
 * The names of a zip's entries, or null when the bytes are not a well-formed zip. Each entry's
 * local file header is walked to through the central directory (the only place that knows an
 * entry's size when the writer streamed it, flag bit 3, as Java and LibreOffice do), and must sit
 * where the directory says, under the same name; names are bytes, compared as latin1.
 */
export function zipEntryNames(bytes: Buffer): string[] | null {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > end) return null;
    const name = bytes.toString('latin1', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    if (local + 30 + nameLength > bytes.length || bytes.readUInt32LE(local) !== LOCAL) return null;
    if (bytes.readUInt16LE(local + 26) !== nameLength || bytes.toString('latin1', local + 30, local + 30 + nameLength) !== name) return null;
    names.push(name);
    at = next;
  }
  return names;
}

/** The end record is the last 22 bytes, or comes before a comment of at most 64 KiB that runs to the end. */
function findEndOfCentralDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (bytes.readUInt32LE(at) === EOCD && at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  return -1;
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
