import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/client.js';
import { useErrorText } from './errors.js';

/**
 * Puts the API's field problems next to the fields they concern, translated by code.
 * Returns the problems that match no field, so the form can show them in its summary.
 */
export function useServerFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly FieldPath<T>[]) {
  const text = useErrorText();
  return (error: unknown): string[] => {
    if (!(error instanceof ApiError)) return [];
    const unmatched: string[] = [];
    for (const problem of error.fields) {
      // Schema validation reports `body.name`; the services report `name`.
      const path = problem.path.replace(/^body\./, '');
      const name = fields.find((f) => path === f || path.startsWith(`${f}.`));
      if (name) setError(name, { type: 'server', message: text.field(problem.code) });
      else unmatched.push(text.field(problem.code));
    }
    return unmatched;
  };
}
