import type { ChildSearch } from './api.js';

/**
 * The last search survives going to a child and back, but only in this tab and only until
 * logout: sessionStorage, never the URL.
 */
const KEY = 'samla.childSearch';

export function loadSearch(): ChildSearch | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<ChildSearch> | null;
    if (value && typeof value.query === 'string' && typeof value.unitId === 'string') return { query: value.query, unitId: value.unitId };
  } catch {
    // A damaged entry is simply forgotten.
  }
  return null;
}

export function saveSearch(search: ChildSearch): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(search));
  } catch {
    // Storage full or blocked: the search still works, it is just not remembered.
  }
}
