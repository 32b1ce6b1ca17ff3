import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { isNotFoundOrBadId } from './not-found.js';

describe('isNotFoundOrBadId', () => {
  it('takes a 404 and a 400 on the path, not a 400 on the body or query', () => {
    expect(isNotFoundOrBadId(new ApiError(404, 'not_found'))).toBe(true);
    expect(isNotFoundOrBadId(new ApiError(400, 'validation_failed', [{ path: 'params.id', code: 'invalid_format', message: '' }]))).toBe(true);
    expect(isNotFoundOrBadId(new ApiError(400, 'validation_failed', [{ path: 'querystring.lang', code: 'invalid_value', message: '' }]))).toBe(false);
    expect(isNotFoundOrBadId(new ApiError(400, 'validation_failed', [{ path: 'body.paramsX', code: 'invalid', message: '' }]))).toBe(false);
    expect(isNotFoundOrBadId(new ApiError(409, 'version_conflict'))).toBe(false);
    expect(isNotFoundOrBadId(new Error('network'))).toBe(false);
  });
});
