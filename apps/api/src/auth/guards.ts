import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { AppException } from '../common/errors/app.exception';
import { IS_PUBLIC } from '../common/auth/public.decorator';
import { ACCESS_COOKIE, readCookie } from './auth-cookies';

/**
 * Global and closed by default: every route needs a valid access token unless marked @Public().
 * On public routes a valid token still identifies the visitor; an invalid one is ignored.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic) return (await super.canActivate(context)) as boolean;
    if (!carriesToken(context.switchToHttp().getRequest<FastifyRequest>())) return true;
    try {
      await super.canActivate(context);
    } catch {
      // Anonymous visit: nothing to do.
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T | false, info: unknown): T {
    if (error instanceof AppException) throw error;
    if (error || !user) {
      const expired = (info as { name?: string } | undefined)?.name === 'TokenExpiredError';
      throw new AppException(expired ? 'SESSION_EXPIRED' : 'AUTH_REQUIRED');
    }
    return user;
  }
}

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error instanceof Error) throw error;
    if (error || !user) throw new AppException('INVALID_CREDENTIALS');
    return user;
  }
}

/** Anonymous visitors carry no token: no need to run passport (and build an error) for them. */
function carriesToken(request: FastifyRequest): boolean {
  return Boolean(request.headers.authorization) || readCookie(request, ACCESS_COOKIE) !== undefined;
}
