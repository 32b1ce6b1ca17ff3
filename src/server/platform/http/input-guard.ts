import type { FastifyInstance } from 'fastify';
import { validationError, type FieldProblem } from './errors.js';

// NUL is refused by PostgreSQL in text, and other control characters (except tab and line
// breaks) have no place in anything a person types; both would otherwise surface as a 500.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(s: string): boolean {
  return CONTROL.test(s);
}

function findControlCharacters(value: unknown, path: string, out: FieldProblem[]): void {
  if (out.length >= 20) return;
  if (typeof value === 'string') {
    if (CONTROL.test(value)) out.push({ path, code: 'invalid_character', message: 'Contains characters that are not allowed' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findControlCharacters(v, `${path}.${i}`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) findControlCharacters(v, `${path}.${k}`, out);
  }
}

/** Refuses control characters anywhere in a JSON body, query or path parameter, by field. */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problems: FieldProblem[] = [];
    findControlCharacters(request.params, 'params', problems);
    findControlCharacters(request.query, 'querystring', problems);
    // CSV bodies are checked per cell by the importer, which reports the row instead.
    if (typeof request.body !== 'string') findControlCharacters(request.body, 'body', problems);
    if (problems.length) throw validationError(problems);
  });
}
