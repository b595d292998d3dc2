/**
 * The one way the web talks to the API.
 * - Accept-Language follows the site language, so error messages come in that language.
 * - Every state-changing request sends `X-CSRF-Protection: 1`.
 * - A 401 SESSION_EXPIRED (the 15-minute access cookie ran out) refreshes the session once,
 *   then repeats the request. Concurrent requests share one refresh.
 * - Errors are thrown as ApiError with the API's own `message`, ready to show.
 */
import { getLang, t } from '../i18n';
import type { ErrorBody, ErrorDetail } from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];

  constructor(status: number, code: string, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The connection failed: nothing reached the server, or no answer came back. */
  get isNetwork(): boolean {
    return this.code === 'NETWORK';
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Called when the session ended and could not be refreshed (signed out elsewhere, expired). */
let onSessionLost: (() => void) | null = null;
export function setSessionLostHandler(handler: (() => void) | null): void {
  onSessionLost = handler;
}

let refreshing: Promise<boolean> | null = null;

/** Refreshes the session cookies once, sharing the attempt between concurrent callers. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= send('POST', '/api/auth/refresh', {})
    .then((res) => res.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLang() };
  if (method !== 'GET') headers['X-CSRF-Protection'] = '1';
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  return fetch(buildUrl(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const data = (await res.json()) as Partial<ErrorBody>;
    if (typeof data.code === 'string' && typeof data.message === 'string') {
      return new ApiError(res.status, data.code, data.message, Array.isArray(data.details) ? data.details : []);
    }
  } catch {
    /* not JSON: fall through */
  }
  return new ApiError(res.status, 'HTTP_' + res.status, t('error.unexpected'));
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await send(method, path, options);
    if (res.status === 401 && !path.startsWith('/api/auth/')) {
      const error = await toError(res.clone());
      if (error.code === 'SESSION_EXPIRED') {
        if (await refreshSession()) res = await send(method, path, options);
        else onSessionLost?.();
      }
    }
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', t('error.network'));
  }
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body: body ?? {} }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** The message to show for any error: the API's own message, or a plain fallback. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return t('error.unexpected');
}
