import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { nb } from '../i18n/nb.js';

type ErrorCode = keyof typeof nb.errors.codes;
type FieldCode = keyof typeof nb.fieldErrors;

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(nb.errors.codes, code);
const isFieldCode = (code: string): code is FieldCode => Object.hasOwn(nb.fieldErrors, code);

/** Translates API errors by their stable code; unknown codes get a generic text, never the server's English. */
export function useErrorText() {
  const { t } = useTranslation();
  return {
    error(error: unknown): string {
      if (error instanceof ApiError && isErrorCode(error.code)) return t(`errors.codes.${error.code}`);
      return t('errors.generic');
    },
    field(code: string): string {
      return isFieldCode(code) ? t(`fieldErrors.${code}`) : t('fieldErrors.invalid');
    },
  };
}

/** The API's field problem for a form field, if any (paths are the JSON paths of the body, e.g. `name`). */
export function fieldProblem(error: unknown, path: string) {
  return error instanceof ApiError ? error.fields.find((f) => f.path === path) : undefined;
}

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** A form shows field problems beside its fields; only an error without any gets the general alert. */
export const hasFieldProblems = (error: unknown) => error instanceof ApiError && error.fields.length > 0;
