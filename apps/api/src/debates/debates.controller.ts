import { Body, Controller, Get, Param, Patch, Post, Query, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ErrorResponse } from '../common/errors/error-response';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DebatePageResponse, DebateResponse } from './debate.mapper';
import { DebatesService } from './debates.service';
import { CreateDebateDto, UpdateDebateDto } from './dto/debate.dto';
import { DebateQueryDto } from './dto/debate-query.dto';

@ApiTags('debates')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('debates')
export class DebatesController {
  constructor(private readonly debates: DebatesService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: DebatePageResponse, description: 'Newest opening first. Drafts only for staff in scope.' })
  list(@CurrentUser() viewer: AuthenticatedUser | undefined, @Query() query: DebateQueryDto): Promise<DebatePageResponse> {
    return this.debates.list(viewer, query);
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: DebateResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DEBATE_NOT_FOUND (also for a draft the viewer may not see).' })
  get(@CurrentUser() viewer: AuthenticatedUser | undefined, @Param('id', UuidParam) id: string): Promise<DebateResponse> {
    return this.debates.get(viewer, id);
  }

  @Post()
  @Roles('admin', 'official', 'facilitator')
  @ApiCreatedResponse({ type: DebateResponse, description: 'Created as a draft, visible to staff only until published.' })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateDebateDto): Promise<DebateResponse> {
    return this.debates.create(actor, body);
  }

  @Patch(':id')
  @Roles('admin', 'official', 'facilitator')
  @ApiOkResponse({ type: DebateResponse })
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', UuidParam) id: string, @Body() body: UpdateDebateDto): Promise<DebateResponse> {
    return this.debates.update(actor, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('admin', 'official', 'facilitator')
  @ApiOkResponse({ type: DebateResponse, description: 'The debate opens by itself at its opening date.' })
  publish(@CurrentUser() actor: AuthenticatedUser, @Param('id', UuidParam) id: string): Promise<DebateResponse> {
    return this.debates.publish(actor, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('admin', 'official', 'facilitator')
  @ApiOkResponse({ type: DebateResponse, description: 'Closes the debate before its closing date.' })
  close(@CurrentUser() actor: AuthenticatedUser, @Param('id', UuidParam) id: string): Promise<DebateResponse> {
    return this.debates.closeEarly(actor, id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('admin', 'official', 'facilitator')
  @ApiOkResponse({ type: DebateResponse })
  archive(@CurrentUser() actor: AuthenticatedUser, @Param('id', UuidParam) id: string): Promise<DebateResponse> {
    return this.debates.archive(actor, id);
  }
}
