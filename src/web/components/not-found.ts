import { ApiError } from '../api/client.js';

/**
 * Nothing to show at this address: the API's 404 (not there, or not the user's to see), or its
 * 400 on the address's own id (/innhold/dokumenter/abc is no id at all). Both get the not-found
 * page, not a form error.
 */
export const isNotFoundOrBadId = (error: unknown) =>
  error instanceof ApiError &&
  (error.status === 404 || (error.status === 400 && error.fields.some((f) => f.path === 'params' || f.path.startsWith('params.'))));
