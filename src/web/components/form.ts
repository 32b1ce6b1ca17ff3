import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/client.js';
import { useErrorText } from './errors.js';

/**
 * Puts the API's field problems next to the fields they concern, translated by code.
 * Returns the problems that match no field, so the form can show them in its summary.
 */
export function useServerFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly FieldPath<T>[]) {
  const text = useErrorText();
  return (error: unknown): string[] => applyFieldProblems(error, setError, fields, text.field);
}

/**
 * The rule behind every form's server errors: each problem goes to the field its path names,
 * with the message `translate` gives its code; returns the messages that match no field.
 * Features with codes of their own pass their own `translate`.
 */
export function applyFieldProblems<T extends FieldValues>(
  error: unknown, setError: UseFormSetError<T>, fields: readonly FieldPath<T>[], translate: (code: string) => string,
): string[] {
  if (!(error instanceof ApiError)) return [];
  const unmatched: string[] = [];
  for (const problem of error.fields) {
    // Schema validation reports `body.name`; the services report `name`.
    const path = problem.path.replace(/^body\./, '');
    const name = fields.find((f) => path === f || path.startsWith(`${f}.`));
    if (name) setError(name, { type: 'server', message: translate(problem.code) });
    else unmatched.push(translate(problem.code));
  }
  return unmatched;
}
