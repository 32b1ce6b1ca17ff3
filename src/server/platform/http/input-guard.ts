import type { FastifyInstance } from 'fastify';
import { validationError, type FieldProblem } from './errors.js';

// NUL is refused by PostgreSQL in text, and other control characters (except tab and line
// breaks) have no place in anything a person types; both would otherwise surface as a 500.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(s: string): boolean {
  return CONTROL.test(s);
}

// JSON nested deeper than any of our contracts is refused outright; an explicit stack keeps a
// hostile body from exhausting the call stack.
const MAX_DEPTH = 32;

function findProblems(root: unknown, rootPath: string, out: FieldProblem[]): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0 && out.length < 20) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (CONTROL.test(value)) out.push({ path, code: 'invalid_character', message: 'Contains characters that are not allowed' });
    } else if (value && typeof value === 'object') {
      if (depth >= MAX_DEPTH) {
        out.push({ path, code: 'too_deep', message: 'Nested too deeply' });
        return;
      }
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (const [k, v] of entries) stack.push({ value: v, path: `${path}.${k}`, depth: depth + 1 });
    }
  }
}

/** Refuses control characters anywhere in a JSON body, query or path parameter, by field, and absurd nesting. */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problems: FieldProblem[] = [];
    findProblems(request.params, 'params', problems);
    findProblems(request.query, 'querystring', problems);
    // CSV bodies are checked per cell by the importer, which reports the row instead;
    // uploaded files (Buffer) are bytes, not text.
    if (typeof request.body !== 'string' && !Buffer.isBuffer(request.body)) findProblems(request.body, 'body', problems);
    if (problems.length) throw validationError(problems);
  });
}
