import { HttpException } from '@nestjs/common';
import type { ErrorCode } from '@participons/shared';
import { AppException } from './app.exception';

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_VALUE',
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'INVALID_VALUE',
  401: 'AUTH_REQUIRED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_ATTEMPTS',
  503: 'DATABASE_UNAVAILABLE',
};

/** Turns anything thrown into an AppException; unknown errors become INTERNAL_ERROR. */
export function toAppException(error: unknown): { exception: AppException; unexpected: boolean } {
  if (error instanceof AppException) return { exception: error, unexpected: false };
  // Nest wraps Fastify's own errors (body parsing, sizes) in an HttpException whose cause is the original.
  if (error instanceof HttpException && error.cause) {
    const fromCause = toAppException(error.cause);
    if (!fromCause.unexpected) return fromCause;
  }
  const candidate = error as { code?: string; statusCode?: number; driverError?: { code?: string } };
  const fastifyCode = candidate?.code ? FASTIFY_CODES[candidate.code] : undefined;
  if (fastifyCode) return { exception: new AppException(fastifyCode), unexpected: false };
  if (error instanceof SyntaxError && candidate.statusCode === 400) return { exception: new AppException('MALFORMED_JSON'), unexpected: false };
  if (isDatabaseUnavailable(error)) return { exception: new AppException('DATABASE_UNAVAILABLE'), unexpected: false };
  if (isBadData(error)) return { exception: new AppException('INVALID_VALUE'), unexpected: false };
  const status = error instanceof HttpException ? error.getStatus() : candidate?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { exception: new AppException(STATUS_CODES[status] ?? 'INVALID_VALUE'), unexpected: false };
  }
  return { exception: new AppException('INTERNAL_ERROR'), unexpected: true };
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e?.driverError?.code ?? e?.code;
  if (code && CONNECTION_ERRORS.has(code)) return true;
  const message = e?.message ?? '';
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}

/** PostgreSQL refused a value (class 22: a NUL character, a number out of range…, or a CHECK): bad input, not a crash. */
function isBadData(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return typeof code === 'string' && (code.startsWith('22') || code === '23514');
}
