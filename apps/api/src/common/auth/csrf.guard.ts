import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppException } from '../errors/app.exception';

export const CSRF_HEADER = 'x-csrf-protection';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests that may be authenticated by cookies must carry the header
 * `X-CSRF-Protection: 1` (a cross-site form cannot set it, and CORS does not allow it from
 * other origins) and, when the browser sends an Origin, come from an allowed origin.
 * Requests with `Authorization: Bearer` and no session cookie carry no ambient credentials and are exempt.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const usesCookies = /participons_(access|refresh)=/.test(request.headers.cookie ?? '');
    if (!usesCookies && /^Bearer\s/i.test(request.headers.authorization ?? '')) return true;
    if (request.headers[CSRF_HEADER] !== '1') throw new AppException('CSRF_REJECTED');
    const origin = request.headers.origin;
    if (origin && !this.allowedOrigins(request).includes(origin)) throw new AppException('CSRF_REJECTED');
    return true;
  }

  private allowedOrigins(request: FastifyRequest): string[] {
    return [this.config.publicOrigin, ...this.config.corsOrigins, `${request.protocol}://${request.host}`];
  }
}
