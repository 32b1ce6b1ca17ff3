/**
 * The last staff search survives opening a user and coming back, but only in this tab and only
 * until logout (which clears sessionStorage): never the URL, since it is usually a name.
 */
const KEY = 'samla.staffSearch';

export function loadStaffSearch(): string {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof value === 'string') return value;
  } catch {
    // A damaged entry is simply forgotten.
  }
  return '';
}

export function saveStaffSearch(search: string): void {
  try {
    if (search) sessionStorage.setItem(KEY, JSON.stringify(search));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage full or blocked: the search still works, it is just not remembered.
  }
}
