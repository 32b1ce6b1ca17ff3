/**
 * Only a same-site relative path may be a return address; anything else (absolute URLs,
 * protocol-relative `//host`, backslash tricks, control characters) becomes '/'.
 * The normalised result is checked again: dot segments can turn `/..//evil` into `//evil`,
 * which a browser reads as another site.
 */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  const base = 'http://samla.invalid';
  const url = new URL(value, base);
  if (url.origin !== base) return '/';
  const result = `${url.pathname}${url.search}${url.hash}`;
  if (url.pathname.startsWith('//') || url.pathname.startsWith('/\\') || result.includes('\\')) return '/';
  return result;
}
