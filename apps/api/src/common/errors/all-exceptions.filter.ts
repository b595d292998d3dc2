import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorMessage, pickLanguage } from '@participons/shared';
import { ERROR_STATUS } from './error-status';
import { toAppException } from './to-app-exception';
import type { ErrorResponse } from './error-response';

/** Renders every error in the one shape `{ statusCode, code, message, details? }`, in the client's language. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, body, headers } = renderError(error, request.headers['accept-language']);
    if (status >= 500) this.logger.error({ err: error, code: body.code }, 'Request failed');
    void reply.headers(headers).status(status).send(body);
  }
}

export function renderError(error: unknown, acceptLanguage: string | undefined) {
  const { exception } = toAppException(error);
  const language = pickLanguage(acceptLanguage);
  const statusCode = ERROR_STATUS[exception.code];
  const body: ErrorResponse = {
    statusCode,
    code: exception.code,
    message: errorMessage(exception.code, language, exception.params),
  };
  if (exception.details.length > 0) {
    body.details = exception.details.map((d) => ({
      field: d.field,
      code: d.code,
      message: errorMessage(d.code, language, d.params),
    }));
  }
  return { status: statusCode, body, headers: exception.headers };
}
