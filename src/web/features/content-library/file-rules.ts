import { libraryFileMaxBytes, libraryFileTypes } from '../../../contracts/library.js';

export type LibraryFileType = (typeof libraryFileTypes)[number];

const byExtension: Record<string, LibraryFileType> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

/** For the file input: types and extensions, since some systems know .odt by extension only. */
export const acceptedFiles = [...libraryFileTypes, '.pdf', '.docx', '.odt'].join(',');

/** A short name of the type for people: PDF, DOCX, ODT. */
export function fileTypeName(type: string): string {
  const ext = Object.entries(byExtension).find(([, t]) => t === type)?.[0];
  return ext ? ext.toUpperCase() : type;
}

/**
 * What the server will be told the file is, or why it will not take it. The type the browser
 * gives wins; an empty or generic one is read from the extension. The server checks the bytes.
 */
export function checkLibraryFile(file: { name: string; type: string; size: number }):
  | { ok: true; type: LibraryFileType }
  | { ok: false; problem: 'type' | 'size' | 'empty' } {
  const declared = (libraryFileTypes as readonly string[]).includes(file.type) ? (file.type as LibraryFileType) : undefined;
  const generic = file.type === '' || file.type === 'application/octet-stream' || file.type === 'application/zip';
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const type = declared ?? (generic ? byExtension[ext] : undefined);
  if (!type) return { ok: false, problem: 'type' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > libraryFileMaxBytes) return { ok: false, problem: 'size' };
  return { ok: true, type };
}

/** Bytes as «850 kB» or «10,5 MB», with the locale's decimal sign. */
export function fileSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024)))} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
