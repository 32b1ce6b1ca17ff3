import { badRequest } from './errors.js';
import { hasControlCharacters } from './input-guard.js';

const invalidCursor = () =>
  badRequest('invalid_cursor', 'The page cursor is not valid', [{ path: 'cursor', code: 'invalid_cursor', message: 'Invalid cursor' }]);

/** Opaque keyset cursors: the last row's ordering values, base64url-encoded JSON. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid = (x: unknown) => (typeof x === 'string' && !hasControlCharacters(x)) || (typeof x === 'number' && Number.isFinite(x));
    if (Array.isArray(v) && v.length === arity && v.every(valid)) return v;
  } catch {
    /* fall through */
  }
  throw invalidCursor();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A list's cursor of the last row's sort key and id. Anything else is the client's mistake, not the database's. */
export function decodeSortKeyCursor(cursor: string | undefined): [string, string] | undefined {
  const after = decodeCursor(cursor, 2);
  if (after === undefined) return undefined;
  const [key, id] = after;
  if (typeof key === 'string' && typeof id === 'string' && UUID.test(id)) return [key, id];
  throw invalidCursor();
}
