import { useCallback, useEffect } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { useLocation } from 'react-router';

/*
 * What someone typed and has not sent survives their session running out: the form's values are kept in this tab's
 * sessionStorage, keyed by page and form (never in the address, never sent anywhere), and put back when the form
 * shows again after login. They go on a successful save, on logout (session.ts clears the tab's storage), and when
 * someone else logs in in this tab (session.ts: keptFor).
 */
const PREFIX = 'samla.unsent:';

export function isUnsentKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

function read(key: string): Record<string, unknown> | null {
  try {
    const raw = sessionStorage.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A chosen file is not text and cannot be kept: it is left out (and chosen again). */
const withoutFiles = (_key: string, value: unknown) => (value instanceof Blob || value instanceof FileList ? undefined : value);

function write(key: string, values: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(values, withoutFiles));
  } catch {
    // Storage full or blocked: the form still works, only without this safety net.
  }
}

function remove(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/**
 * Keeps a react-hook-form form's values for this page while they change, and restores them when the form mounts.
 * Returns the function that forgets them: call it once the form's content is saved.
 */
export function useUnsentText<T extends FieldValues>(form: UseFormReturn<T>, name: string): () => void {
  const { pathname } = useLocation();
  const key = `${PREFIX}${pathname}:${name}`;
  const { setValue, watch } = form;
  useEffect(() => {
    const kept = read(key);
    if (kept) {
      for (const [field, value] of Object.entries(kept)) {
        setValue(field as Path<T>, value as PathValue<T, Path<T>>, { shouldDirty: true });
      }
    }
    const subscription = watch((values, { type }) => {
      // Only what the person changed; a reset (after saving) is not unsent text.
      if (type === 'change') write(key, values);
    });
    return () => subscription.unsubscribe();
  }, [key, setValue, watch]);
  return useCallback(() => remove(key), [key]);
}
