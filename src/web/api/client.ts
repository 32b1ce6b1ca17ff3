/**
 * The one way the web app talks to the API: JSON, same-origin cookies, the session's CSRF
 * token on every state-changing request, and error bodies mapped to a typed ApiError whose
 * `code` the UI translates (the server's English `message` is never shown).
 */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly fields: FieldProblem[] = [],
    readonly requestId: string | null = null,
  ) {
    super(`API ${status} ${code}`);
  }
}

let csrfToken: string | null = null;

/** Set from GET /api/session and every login/refresh answer. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Every API call except the session poll extends the server's idle timeout; the session
 * timer listens so that its countdown starts again without another request.
 */
const activityListeners = new Set<() => void>();
export function onApiActivity(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

/** Lets the app react to a 401 anywhere (the session ended on the server). */
const unauthenticatedListeners = new Set<() => void>();
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as text/csv (imports). */
  csv?: string;
  /** Sent as the raw body with its own type, the name percent-encoded in x-file-name (scanned forms). */
  file?: File;
  /** Extra request headers, e.g. If-Match with the version the user saw. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function toApiError(status: number, data: unknown): ApiError {
  const error = (data as { error?: Partial<{ code: unknown; fields: unknown; requestId: unknown }> } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const fields = Array.isArray(error?.fields) ? (error.fields as FieldProblem[]) : [];
  const requestId = typeof error?.requestId === 'string' ? error.requestId : null;
  return new ApiError(status, code, fields, requestId);
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  let body: string | File | undefined;
  if (options.file !== undefined) {
    headers['content-type'] = options.file.type;
    headers['x-file-name'] = encodeURIComponent(options.file.name);
    body = options.file;
  } else if (options.csv !== undefined) {
    headers['content-type'] = 'text/csv; charset=utf-8';
    body = options.csv;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(0, 'network_error');
  }
  const text = await response.text();
  const data = text ? parse(text) : null;
  if (response.status === 401) {
    unauthenticatedListeners.forEach((listener) => listener());
  } else if (!(method === 'GET' && path === '/api/session')) {
    activityListeners.forEach((listener) => listener());
  }
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

/** Builds a query string from defined values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/**
 * A file as the raw body, with upload progress (fetch cannot report it): the same CSRF header,
 * activity, 401 and error mapping as api(). `type` overrides the file's own type, which some
 * systems leave empty (.odt); the name goes percent-encoded in x-file-name.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  options: { type?: string; headers?: Record<string, string>; onProgress?: (loaded: number, total: number) => void } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', options.type ?? file.type);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.(e.loaded, e.total);
    };
    xhr.onload = () => {
      const data = xhr.responseText ? parse(xhr.responseText) : null;
      if (xhr.status === 401) unauthenticatedListeners.forEach((listener) => listener());
      else activityListeners.forEach((listener) => listener());
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(toApiError(xhr.status, data));
    };
    // A refused large body can end in a reset connection instead of the 413 answer.
    xhr.onerror = () => reject(new ApiError(0, 'network_error'));
    xhr.send(file);
  });
}
