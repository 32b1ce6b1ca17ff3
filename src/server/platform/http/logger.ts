import type { FastifyServerOptions } from 'fastify';

/**
 * Logs carry no names, national ID numbers or free text: requests are logged by route
 * pattern (never the raw URL, which could carry a query), and anything that could hold
 * a secret or personal data is redacted should it ever be logged by mistake.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]',
        'body', '*.body', 'nationalId', '*.nationalId', 'national_id', '*.national_id', 'name', '*.name',
        'email', '*.email', 'query', '*.query', '*.pid', '*.*.pid',
      ],
      censor: '[redacted]',
      // The top-level `pid` is pino's process id; an ID-porten pid claim would only ever be nested.
    },
    serializers: {
      req(req) {
        return { method: req.method, route: req.routeOptions?.url ?? 'unmatched', id: req.id };
      },
      res(res) {
        return { statusCode: res.statusCode };
      },
    },
  };
}
