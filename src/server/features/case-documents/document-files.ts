import type { DocumentUploadResponse } from '../../../contracts/consents.js';
import { attachmentDisposition, MAX_FILE_NAME, sanitiseFileName as sanitise, startsWithBytes } from '../../platform/documents/files.js';

export { attachmentDisposition, MAX_FILE_NAME };

type DocumentContentType = DocumentUploadResponse['contentType'];

/** The first bytes each accepted type must start with: a declared type the bytes do not match is refused. */
const MAGIC: Record<DocumentContentType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

const EXTENSION: Record<DocumentContentType, string> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg' };

export function matchesMagicBytes(contentType: DocumentContentType, bytes: Uint8Array): boolean {
  return startsWithBytes(bytes, MAGIC[contentType]);
}

/** A safe file name (platform/documents/files.ts); a nameless scanned form is «skjema» with its type's extension. */
export function sanitiseFileName(raw: string | undefined, contentType: DocumentContentType): string {
  return sanitise(raw, `skjema${EXTENSION[contentType]}`);
}
