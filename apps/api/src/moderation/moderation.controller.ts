import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ErrorResponse } from '../common/errors/error-response';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { AppealDecisionDto, AppealDto, BlockDto, CaseActionDto, CreateReportDto, LogQueryDto, QueueQueryDto, UnblockDto } from './dto/moderation.dto';
import { ActionResultResponse, LogPageResponse, MyAppealResponse, QueuePageResponse, ReportCreatedResponse } from './moderation.mapper';
import { ModerationService } from './moderation.service';
import { ReportsService } from './reports.service';

@ApiTags('moderation')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller()
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly reports: ReportsService,
  ) {}

  @Post('reports')
  @ApiCreatedResponse({ type: ReportCreatedResponse, description: 'Any signed-in person, once per item. Nobody else sees who reported.' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'ALREADY_REPORTED' })
  report(@CurrentUser() reporter: AuthenticatedUser, @Body() body: CreateReportDto): Promise<ReportCreatedResponse> {
    return this.reports.report(reporter, body);
  }

  @Post('appeals')
  @ApiCreatedResponse({ description: 'The author of hidden content asks, once, for another moderator to look again.' })
  appeal(@CurrentUser() author: AuthenticatedUser, @Body() body: AppealDto): Promise<{ id: string }> {
    return this.moderation.appeal(author, body);
  }

  @Get('me/appeals')
  @ApiOkResponse({ type: [MyAppealResponse], description: 'My appeals and their decisions.' })
  myAppeals(@CurrentUser() author: AuthenticatedUser): Promise<MyAppealResponse[]> {
    return this.moderation.myAppeals(author);
  }

  @Get('moderation/queue')
  @Roles('moderator', 'admin')
  @ApiOkResponse({ type: QueuePageResponse, description: 'Automatically hidden first, then by number of reports, then oldest. Scoped moderators see their territory only.' })
  queue(@CurrentUser() moderator: AuthenticatedUser, @Query() query: QueueQueryDto): Promise<QueuePageResponse> {
    return this.moderation.queue(moderator, query);
  }

  @Post('moderation/cases/:id/actions')
  @HttpCode(200)
  @Roles('moderator', 'admin')
  @ApiOkResponse({ type: ActionResultResponse })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'FORBIDDEN outside the moderator scope.' })
  act(@CurrentUser() moderator: AuthenticatedUser, @Param('id', UuidParam) caseId: string, @Body() body: CaseActionDto): Promise<ActionResultResponse> {
    return this.moderation.act(moderator, caseId, body);
  }

  @Post('moderation/cases/:id/appeal-decision')
  @HttpCode(200)
  @Roles('moderator', 'admin')
  @ApiOkResponse({ type: ActionResultResponse, description: 'Decided by a moderator other than the one who hid the content (APPEAL_SAME_MODERATOR).' })
  decideAppeal(@CurrentUser() moderator: AuthenticatedUser, @Param('id', UuidParam) caseId: string, @Body() body: AppealDecisionDto): Promise<ActionResultResponse> {
    return this.moderation.decideAppeal(moderator, caseId, body);
  }

  @Post('moderation/users/:id/block')
  @HttpCode(200)
  @Roles('moderator', 'admin')
  @ApiOkResponse({ type: ActionResultResponse, description: 'Global moderators and admins. Justification of at least 15 characters.' })
  block(@CurrentUser() moderator: AuthenticatedUser, @Param('id', UuidParam) userId: string, @Body() body: BlockDto): Promise<ActionResultResponse> {
    return this.moderation.block(moderator, userId, body);
  }

  @Post('moderation/users/:id/unblock')
  @HttpCode(200)
  @Roles('moderator', 'admin')
  @ApiOkResponse({ type: ActionResultResponse })
  unblock(@CurrentUser() moderator: AuthenticatedUser, @Param('id', UuidParam) userId: string, @Body() body: UnblockDto): Promise<ActionResultResponse> {
    return this.moderation.unblock(moderator, userId, body);
  }

  @Get('moderation/log')
  @Roles('moderator', 'admin')
  @ApiOkResponse({ type: LogPageResponse, description: 'Every moderation action, newest first. It has no update or delete path.' })
  log(@CurrentUser() moderator: AuthenticatedUser, @Query() query: LogQueryDto): Promise<LogPageResponse> {
    return this.moderation.log(moderator, query);
  }
}
