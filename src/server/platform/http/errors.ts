/**
 * The one error type. `code` is stable and machine-readable (the web app maps it to a
 * translated message); `fields` carries field-level problems for forms. Messages never
 * contain personal data.
 */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** «Not found» and «no access» are the same answer (DESIGN.md §4.10). */
export const notFound = () => new AppError(404, 'not_found', 'Not found');
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Login required');
export const forbidden = () => new AppError(403, 'forbidden', 'Not allowed');
export const badRequest = (code: string, message: string, fields: FieldProblem[] = []) =>
  new AppError(400, code, message, fields);
export const conflict = (code: string, message: string, fields: FieldProblem[] = []) =>
  new AppError(409, code, message, fields);
export const validationError = (fields: FieldProblem[]) =>
  new AppError(400, 'validation_failed', 'The request has invalid fields', fields);
