import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Language } from '@participons/shared';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ErrorResponse } from '../common/errors/error-response';
import { Lang } from '../common/i18n/language.decorator';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { PageQueryDto } from '../common/validation/page-query.dto';
import { AnswerProposalDto, CreateProposalDto, UpdateProposalDto } from './dto/proposal.dto';
import { ProposalQueryDto, SimilarQueryDto } from './dto/proposal-query.dto';
import { ProposalPageResponse, ProposalResponse, ProposalRevisionResponse, SimilarProposalResponse } from './proposal.mapper';
import { ProposalsService } from './proposals.service';

class ProposalListResponse extends ProposalPageResponse {
  @ApiProperty({ type: String, nullable: true, description: 'For sort=random: the seed used; send it back to keep the same order.' })
  seed: string | null;
}

@ApiTags('proposals')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller()
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Public()
  @Get('debates/:id/proposals')
  @ApiOkResponse({ type: ProposalListResponse, description: 'Counts come from stored counters (folded in every half second).' })
  @ApiNotFoundResponse({ type: ErrorResponse })
  list(@CurrentUser() viewer: AuthenticatedUser | undefined, @Param('id', UuidParam) debateId: string, @Query() query: ProposalQueryDto, @Lang() lang: Language): Promise<ProposalListResponse> {
    return this.proposals.list(viewer, debateId, query, lang);
  }

  @Public()
  @Get('debates/:id/proposals/similar')
  @ApiOkResponse({ type: [SimilarProposalResponse], description: 'Up to 5 proposals of this debate with a similar title (trigram similarity ≥ 0.3).' })
  similar(@CurrentUser() viewer: AuthenticatedUser | undefined, @Param('id', UuidParam) debateId: string, @Query() query: SimilarQueryDto): Promise<SimilarProposalResponse[]> {
    return this.proposals.similar(viewer, debateId, query.title);
  }

  @Post('debates/:id/proposals')
  @ApiCreatedResponse({ type: ProposalResponse, description: 'Published at once, or pending review when the debate moderates before publication.' })
  create(@CurrentUser() author: AuthenticatedUser, @Param('id', UuidParam) debateId: string, @Body() body: CreateProposalDto, @Lang() lang: Language): Promise<ProposalResponse> {
    return this.proposals.create(author, debateId, body, lang);
  }

  @Get('me/proposals')
  @ApiOkResponse({ type: ProposalPageResponse, description: 'My proposals, every state, newest first, with why when hidden.' })
  mine(@CurrentUser() author: AuthenticatedUser, @Query() query: PageQueryDto, @Lang() lang: Language): Promise<ProposalPageResponse> {
    return this.proposals.mine(author, query, lang);
  }

  @Public()
  @Get('proposals/:id')
  @ApiOkResponse({ type: ProposalResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'PROPOSAL_NOT_FOUND, also for hidden or pending proposals of others.' })
  get(@CurrentUser() viewer: AuthenticatedUser | undefined, @Param('id', UuidParam) id: string, @Lang() lang: Language): Promise<ProposalResponse> {
    return this.proposals.get(viewer, id, lang);
  }

  @Patch('proposals/:id')
  @ApiOkResponse({ type: ProposalResponse, description: 'Only the author, only while nobody has voted or commented (PROPOSAL_LOCKED).' })
  update(@CurrentUser() author: AuthenticatedUser, @Param('id', UuidParam) id: string, @Body() body: UpdateProposalDto, @Lang() lang: Language): Promise<ProposalResponse> {
    return this.proposals.update(author, id, body, lang);
  }

  @Public()
  @Get('proposals/:id/revisions')
  @ApiOkResponse({ type: [ProposalRevisionResponse], description: 'Earlier versions, oldest first.' })
  revisions(@CurrentUser() viewer: AuthenticatedUser | undefined, @Param('id', UuidParam) id: string): Promise<ProposalRevisionResponse[]> {
    return this.proposals.revisions(viewer, id);
  }

  @Post('proposals/:id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: ProposalResponse, description: 'Stays visible as withdrawn; its votes freeze.' })
  withdraw(@CurrentUser() author: AuthenticatedUser, @Param('id', UuidParam) id: string, @Lang() lang: Language): Promise<ProposalResponse> {
    return this.proposals.withdraw(author, id, lang);
  }

  @Put('proposals/:id/answer')
  @Roles('official', 'admin')
  @ApiOkResponse({ type: ProposalResponse, description: 'The official answer, shown on the proposal. Answering again replaces it.' })
  answer(@CurrentUser() official: AuthenticatedUser, @Param('id', UuidParam) id: string, @Body() body: AnswerProposalDto, @Lang() lang: Language): Promise<ProposalResponse> {
    return this.proposals.answer(official, id, body, lang);
  }
}
