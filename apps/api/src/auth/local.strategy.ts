import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { validationFailed } from '../common/errors/app.exception';
import type { User } from '../users/user.entity';
import { AuthService } from './auth.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, email: unknown, password: unknown): Promise<User> {
    if (typeof email !== 'string' || typeof password !== 'string') {
      throw validationFailed([
        ...(typeof email === 'string' ? [] : [{ field: 'email', code: 'FIELD_REQUIRED' as const }]),
        ...(typeof password === 'string' ? [] : [{ field: 'password', code: 'FIELD_REQUIRED' as const }]),
      ]);
    }
    return this.auth.verifyCredentials(email, password, request.ip);
  }
}
