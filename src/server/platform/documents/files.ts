/**
 * Uploaded files, whatever the feature: the declared type must match the first bytes, names are
 * made safe to store and to send back, and downloads go out as attachments.
 */

/** True when `bytes` starts with `magic`. */
export function startsWithBytes(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export const MAX_FILE_NAME = 200;

/**
 * A file name fit to store and to send back in Content-Disposition: the browser sends it
 * percent-encoded (headers carry no UTF-8); any folder part, control and reserved characters
 * go, whitespace collapses, at most 200 characters (keeping the extension), and a name that
 * ends up empty becomes `fallback`.
 */
export function sanitiseFileName(raw: string | undefined, fallback: string): string {
  let name = raw ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded after all: keep it as sent.
  }
  name = name.split(/[\\/]/).pop() ?? '';
  name = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (name.length > MAX_FILE_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_FILE_NAME - ext.length).trimEnd() + ext;
  }
  return name || fallback;
}

/** Content-Disposition for a download: an ASCII fallback and the exact name in RFC 5987 form. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
