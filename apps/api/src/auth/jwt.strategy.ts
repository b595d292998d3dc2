import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ACCESS_COOKIE, readCookie } from './auth-cookies';
import type { AccessTokenPayload } from './auth-tokens';
import { AuthService } from './auth.service';

/** Access token from `Authorization: Bearer` (API clients) or the httpOnly cookie (the web). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([
        ExtractJwt.fromAuthHeaderAsBearerToken(),
        (request: FastifyRequest) => readCookie(request, ACCESS_COOKIE) ?? null,
      ]),
      // A KeyObject: jsonwebtoken otherwise tries to parse the secret as a PEM key on every request.
      // (passport-jwt's types predate KeyObject; jsonwebtoken 9 accepts it.)
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret!)) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): Promise<AuthenticatedUser> {
    return this.auth.resolveAccess(payload);
  }
}
