/**
 * Uploaded files, whatever the feature: the declared type must match the first bytes, names are
 * made safe to store and to send back, and downloads go out as attachments.
 */

/** True when `bytes` starts with `magic`. */
export function startsWithBytes(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** At most this many characters (code points) in a stored file name. */
export const MAX_FILE_NAME = 200;

/*
 * Gone from names: control characters, what Windows refuses in names, format characters (\p{Cf}:
 * bidi overrides that make «gpj.exe» read as «exe.jpg», zero-width spaces and joiners), line and
 * paragraph separators, and lone surrogates (the halves of a character; encodeURIComponent throws on them).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"|?*\u2028\u2029\p{Cf}\p{Cs}]/gu;

/** The first `max` code points of `s`: never half a character. */
function firstCodePoints(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max).join('');
}

const codePointLength = (s: string) => Array.from(s).length;

/**
 * A file name fit to store and to send back in Content-Disposition: the browser sends it
 * percent-encoded (headers carry no UTF-8); any folder part, control, format and reserved
 * characters go, whitespace collapses, at most 200 characters (keeping the extension), and a name
 * that ends up empty becomes `fallback`. The result is always well-formed UTF-16.
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
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (codePointLength(name) > MAX_FILE_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && codePointLength(name.slice(dot)) <= 10 ? name.slice(dot) : '';
    name = firstCodePoints(name, MAX_FILE_NAME - codePointLength(ext)).trimEnd() + ext;
  }
  return name || fallback;
}

/** «.pdf», «.docx», «.tar»: a dot and 1–10 ASCII letters and digits, one a letter at least (so «v1.2» keeps its «.2»). */
const EXTENSION = /\.(?=[a-z0-9]{0,9}[a-z])[a-z0-9]{1,10}$/i;

/**
 * A safe name (sanitiseFileName) whose extension is the one of the type the bytes were checked
 * against: the user's own extension goes, whatever it claims, and `extension` (with its dot)
 * comes on. A name with nothing left before the extension becomes `fallbackStem` + extension.
 */
export function fileNameForType(raw: string | undefined, extension: string, fallbackStem: string): string {
  const stem = firstCodePoints(sanitiseFileName(raw, '').replace(EXTENSION, ''), MAX_FILE_NAME - codePointLength(extension));
  return (stem.replace(/[\s.]+$/, '') || fallbackStem) + extension;
}

/** Content-Disposition for a download: an ASCII fallback and the exact name in RFC 5987 form. */
export function attachmentDisposition(fileName: string): string {
  // A lone surrogate (a name stored before names were made well-formed) would make encodeURIComponent throw.
  const name = fileName.replace(/\p{Cs}/gu, '\uFFFD');
  const fallback = name.replace(/[^\x20-\x7e]/gu, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
