/**
 * A search text that survives opening a result and coming back, but only in this tab and only
 * until logout (which clears sessionStorage): never the URL, where history, proxies and logs
 * would keep it, since people type names into search fields whatever the field is for.
 */
export function loadRememberedSearch(key: string): string {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    if (typeof value === 'string') return value;
  } catch {
    // A damaged entry is simply forgotten.
  }
  return '';
}

export function saveRememberedSearch(key: string, search: string): void {
  try {
    if (search) sessionStorage.setItem(key, JSON.stringify(search));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage full or blocked: the search still works, it is just not remembered.
  }
}
