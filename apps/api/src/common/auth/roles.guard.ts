import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { GrantableRole } from '@participons/shared';
import { AppException } from '../errors/app.exception';
import type { AuthenticatedUser } from './authenticated-user';
import { REQUIRED_ROLES } from './roles.decorator';

/** Route-level role check; services still check each object's territory scope. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<GrantableRole[] | undefined>(REQUIRED_ROLES, [context.getHandler(), context.getClass()]);
    if (!required?.length) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user) throw new AppException('AUTH_REQUIRED');
    if (!user.roles.some((grant) => required.includes(grant.role))) throw new AppException('FORBIDDEN');
    return true;
  }
}
