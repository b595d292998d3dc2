import { SetMetadata } from '@nestjs/common';
import type { GrantableRole } from '@participons/shared';

export const REQUIRED_ROLES = 'requiredRoles';

/** Restricts a route to accounts holding one of these roles (in any territory scope). */
export const Roles = (...roles: GrantableRole[]) => SetMetadata(REQUIRED_ROLES, roles);
