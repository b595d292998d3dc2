import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ErrorResponse } from '../common/errors/error-response';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { CastVoteDto, MyVotesResponse, VoteResponse } from './dto/vote.dto';
import { VotesService } from './votes.service';

@ApiTags('votes')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller()
export class VotesController {
  constructor(private readonly votes: VotesService) {}

  @Put('proposals/:id/vote')
  @ApiOkResponse({ type: VoteResponse, description: 'One vote per person; change it while the debate is open. The same vote twice answers the same.' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'DEBATE_CLOSED, DEBATE_NOT_OPEN, VOTES_NOT_ALLOWED, PROPOSAL_WITHDRAWN, PROPOSAL_NOT_PUBLISHED' })
  vote(@CurrentUser() voter: AuthenticatedUser, @Param('id', UuidParam) id: string, @Body() body: CastVoteDto): Promise<VoteResponse> {
    return this.votes.set(voter, id, body.value);
  }

  @Delete('proposals/:id/vote')
  @ApiOkResponse({ type: VoteResponse, description: 'Retracts your vote (harmless when you had none).' })
  retract(@CurrentUser() voter: AuthenticatedUser, @Param('id', UuidParam) id: string): Promise<VoteResponse> {
    return this.votes.set(voter, id, null);
  }

  @Get('debates/:id/my-votes')
  @ApiOkResponse({ type: MyVotesResponse })
  mine(@CurrentUser() voter: AuthenticatedUser, @Param('id', UuidParam) debateId: string): Promise<MyVotesResponse> {
    return this.votes.mine(voter, debateId);
  }
}
