import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GRANTABLE_ROLES, type GrantableRole } from '@participons/shared';
import type { RoleGrant } from '../common/auth/authenticated-user';
import type { RoleAssignment } from './role-assignment.entity';
import type { RoleChange } from './role-change.entity';
import type { User } from './user.entity';

export class RoleGrantResponse {
  @ApiProperty({ enum: GRANTABLE_ROLES, example: 'moderator' })
  role: GrantableRole;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Null: everywhere.' })
  territoryId: string | null;
}

export class RoleAssignmentResponse extends RoleGrantResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class RoleChangeResponse {
  @ApiProperty({ enum: ['grant', 'revoke'] })
  action: 'grant' | 'revoke';

  @ApiProperty({ enum: GRANTABLE_ROLES })
  role: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  territoryId: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The admin who made the change.' })
  actorId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class MeResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'amina@exemple.fr' })
  email: string | null;

  @ApiProperty({ example: 'Amina du quartier' })
  displayName: string;

  @ApiProperty({ type: [RoleGrantResponse], description: 'Staff roles. Every account is also a citizen.' })
  roles: RoleGrantResponse[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class PublicUserResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Amina du quartier' })
  displayName: string;
}

export function toMeResponse(user: User, roles: RoleGrant[]): MeResponse {
  return { id: user.id, email: user.email, displayName: user.displayName, roles, createdAt: user.createdAt.toISOString() };
}

export function toPublicUser(user: Pick<User, 'id' | 'displayName'>): PublicUserResponse {
  return { id: user.id, displayName: user.displayName };
}

export function toRoleAssignmentResponse(a: RoleAssignment): RoleAssignmentResponse {
  return { id: a.id, role: a.role, territoryId: a.territoryId, createdAt: a.createdAt.toISOString() };
}

export function toRoleChangeResponse(c: RoleChange): RoleChangeResponse {
  return { action: c.action, role: c.role, territoryId: c.territoryId, actorId: c.actorId, createdAt: c.createdAt.toISOString() };
}
