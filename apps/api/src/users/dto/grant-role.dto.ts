import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { GRANTABLE_ROLES, type GrantableRole } from '@participons/shared';

export class GrantRoleDto {
  @ApiProperty({ enum: GRANTABLE_ROLES, example: 'moderator' })
  @IsIn(GRANTABLE_ROLES)
  role: GrantableRole;

  @ApiPropertyOptional({ format: 'uuid', description: 'Limit the role to this territory and what lies below it. Omit for everywhere.' })
  @IsOptional()
  @IsUUID('all')
  territoryId?: string;
}
