import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiBearerAuth, ApiOkResponse, ApiTags, ApiCreatedResponse, ApiNoContentResponse } from '@nestjs/swagger';
import { CurrentUser } from '../common/auth/current-user.decorator';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { Roles } from '../common/auth/roles.decorator';
import { UuidParam as uuid } from '../common/validation/uuid-param.pipe';
import { GrantRoleDto } from './dto/grant-role.dto';
import { RolesService } from './roles.service';
import { MeResponse, RoleAssignmentResponse, RoleChangeResponse, toMeResponse, toRoleAssignmentResponse, toRoleChangeResponse } from './user.mapper';
import { UsersService } from './users.service';


@ApiTags('users')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller()
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly roles: RolesService,
  ) {}

  @Get('me')
  @ApiOkResponse({ type: MeResponse, description: 'The signed-in account and its roles.' })
  async me(@CurrentUser() current: AuthenticatedUser): Promise<MeResponse> {
    return toMeResponse(await this.users.getById(current.id), current.roles);
  }

  @Get('users/:id/roles')
  @Roles('admin')
  @ApiOkResponse({ type: [RoleAssignmentResponse] })
  async listRoles(@Param('id', uuid) id: string): Promise<RoleAssignmentResponse[]> {
    return (await this.roles.listForUser(id)).map(toRoleAssignmentResponse);
  }

  @Post('users/:id/roles')
  @Roles('admin')
  @ApiCreatedResponse({ type: RoleAssignmentResponse, description: 'Granting a role the person already has answers the existing grant.' })
  async grantRole(@CurrentUser() actor: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: GrantRoleDto): Promise<RoleAssignmentResponse> {
    return toRoleAssignmentResponse(await this.roles.grant(actor, id, body.role, body.territoryId ?? null));
  }

  @Delete('users/:id/roles/:assignmentId')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  async revokeRole(@CurrentUser() actor: AuthenticatedUser, @Param('id', uuid) id: string, @Param('assignmentId', uuid) assignmentId: string): Promise<void> {
    await this.roles.revoke(actor, id, assignmentId);
  }

  @Get('users/:id/role-changes')
  @Roles('admin')
  @ApiOkResponse({ type: [RoleChangeResponse], description: 'Every grant and revoke for this person: who, what, when.' })
  async roleChanges(@CurrentUser() actor: AuthenticatedUser, @Param('id', uuid) id: string): Promise<RoleChangeResponse[]> {
    return (await this.roles.history(actor, id)).map(toRoleChangeResponse);
  }
}
