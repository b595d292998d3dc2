import type { ErrorCode, MessageParams } from '@participons/shared';

export interface ErrorDetail {
  field: string;
  code: ErrorCode;
  params?: MessageParams;
}

/** A failure the client can act on: a stable code, its HTTP status comes from ERROR_STATUS. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly details: ErrorDetail[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AppException';
  }
}

export function validationFailed(details: ErrorDetail[]): AppException {
  return new AppException('VALIDATION_FAILED', {}, details);
}
