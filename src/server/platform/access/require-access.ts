import { notFound } from '../http/errors.js';

/**
 * Set-based access check (after Immich's requireAccess): `allowed` is one query that returns
 * the subset of `ids` the actor may use for a permission. Anything less than the whole
 * requested set is «not found», the same answer as for ids that do not exist.
 */
export async function requireAccess(ids: readonly string[], allowed: (ids: readonly string[]) => Promise<Iterable<string>>): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const granted = new Set(await allowed(unique));
  for (const id of unique) if (!granted.has(id)) throw notFound();
}
