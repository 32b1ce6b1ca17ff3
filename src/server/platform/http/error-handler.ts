import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldProblem } from './errors.js';

interface ErrorBody {
  error: { code: string; message: string; fields: FieldProblem[]; requestId: string };
}

const PG_CONSTRAINT_CODES: Record<string, { status: number; code: string; message: string }> = {
  '23505': { status: 409, code: 'already_exists', message: 'An entry with the same key already exists' },
  '23503': { status: 400, code: 'unknown_reference', message: 'A referenced entry does not exist' },
  '23514': { status: 400, code: 'invalid_value', message: 'A value is outside what is allowed' },
  '22P02': { status: 400, code: 'invalid_value', message: 'A value has the wrong format' },
  '22003': { status: 400, code: 'value_out_of_range', message: 'A number is out of range' },
  // Two requests that waited on each other's rows: one is rolled back and may simply try again.
  '40P01': { status: 409, code: 'concurrent_change', message: 'Someone else changed this at the same moment; try again' },
  '40001': { status: 409, code: 'concurrent_change', message: 'Someone else changed this at the same moment; try again' },
  '22007': { status: 400, code: 'invalid_value', message: 'A date has the wrong format' },
  '22008': { status: 400, code: 'invalid_value', message: 'A date is out of range' },
  '22021': { status: 400, code: 'invalid_character', message: 'A value contains characters that are not allowed' },
  '54000': { status: 400, code: 'invalid_value', message: 'A value is too large' },
};

/** One handler: field-level 4xx for bad input, and 5xx bodies without internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const send = (status: number, code: string, message: string, fields: FieldProblem[] = []) =>
      reply.status(status).send({ error: { code, message, fields, requestId: request.id } } satisfies ErrorBody);

    if (err instanceof AppError) return send(err.status, err.code, err.message, err.fields);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.flatMap((v): FieldProblem[] => {
        const at = [err.validationContext, ...v.instancePath.split('/').filter(Boolean)];
        // A strict object names all its unknown keys in one issue on the object: one field each, so that
        // a client (a script importing content) learns exactly what would not have been stored.
        const unknownKeys = v.keyword === 'unrecognized_keys' ? (v.params as { keys?: unknown }).keys : undefined;
        if (Array.isArray(unknownKeys)) {
          return unknownKeys.map((key) => ({ path: [...at, String(key)].join('.'), code: 'unknown_field', message: 'Unknown field; it would not be stored' }));
        }
        return [{ path: at.join('.'), code: v.keyword, message: v.message ?? 'Invalid value' }];
      });
      return send(400, 'validation_failed', 'The request has invalid fields', fields);
    }
    const pgCode = (err as { code?: string }).code;
    const mapped = pgCode ? PG_CONSTRAINT_CODES[pgCode] : undefined;
    if (mapped) {
      const constraint = (err as { constraint?: string }).constraint;
      return send(mapped.status, mapped.code, mapped.message, constraint ? [{ path: constraint, code: mapped.code, message: mapped.message }] : []);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code = err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'body_too_large'
        : err.statusCode === 429 ? 'rate_limited'
        : err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported_media_type'
        : 'bad_request';
      // Fastify's own 4xx messages describe the request, never its content.
      return send(err.statusCode, code, err.message);
    }
    // Log the error by type and code only: messages of driver errors may quote values.
    request.log.error({ errName: err.name, errCode: pgCode ?? err.code, stack: err.stack?.split('\n').slice(1, 7).join('\n') }, 'unhandled error');
    return send(500, 'internal_error', 'Something went wrong. The error has been logged.');
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: 'Not found', fields: [], requestId: request.id } }),
  );
}
