import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { Lang } from '../common/i18n/language.decorator';
import type { Language } from '@participons/shared';
import { CommentPageResponse, CommentResponse, CommentRevisionResponse, MyCommentPageResponse } from './comment.mapper';
import { PageQueryDto } from '../common/validation/page-query.dto';
import { CommentsService } from './comments.service';
import { CommentQueryDto, CommentVoteDto, CreateCommentDto, UpdateCommentDto } from './dto/comment.dto';

@ApiTags('comments')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Public()
  @Get('proposals/:id/comments')
  @ApiOkResponse({ type: CommentPageResponse, description: 'Top-level comments paginated, each with its replies (three levels).' })
  proposalThread(@CurrentUser() viewer: AuthenticatedUser | undefined, @Param('id', UuidParam) proposalId: string, @Query() query: CommentQueryDto, @Lang() lang: Language): Promise<CommentPageResponse> {
    return this.comments.thread(viewer, { proposalId }, query, lang);
  }

  @Post('proposals/:id/comments')
  @ApiCreatedResponse({ type: CommentResponse })
  commentProposal(@CurrentUser() author: AuthenticatedUser, @Param('id', UuidParam) proposalId: string, @Body() body: CreateCommentDto, @Lang() lang: Language): Promise<CommentResponse> {
    return this.comments.create(author, { proposalId }, body, lang);
  }

  @Public()
  @Get('debates/:id/comments')
  @ApiOkResponse({ type: CommentPageResponse, description: 'Comments on the debate itself (not on one proposal).' })
  debateThread(@CurrentUser() viewer: AuthenticatedUser | undefined, @Param('id', UuidParam) debateId: string, @Query() query: CommentQueryDto, @Lang() lang: Language): Promise<CommentPageResponse> {
    return this.comments.thread(viewer, { debateId }, query, lang);
  }

  @Post('debates/:id/comments')
  @ApiCreatedResponse({ type: CommentResponse })
  commentDebate(@CurrentUser() author: AuthenticatedUser, @Param('id', UuidParam) debateId: string, @Body() body: CreateCommentDto, @Lang() lang: Language): Promise<CommentResponse> {
    return this.comments.create(author, { debateId }, body, lang);
  }

  @Get('me/comments')
  @ApiOkResponse({ type: MyCommentPageResponse, description: 'My comments, every state, newest first, with why when hidden.' })
  mine(@CurrentUser() author: AuthenticatedUser, @Query() query: PageQueryDto, @Lang() lang: Language): Promise<MyCommentPageResponse> {
    return this.comments.mine(author, query, lang);
  }

  @Patch('comments/:id')
  @ApiOkResponse({ type: CommentResponse, description: 'Only the author. The comment then shows "modifié".' })
  update(@CurrentUser() author: AuthenticatedUser, @Param('id', UuidParam) id: string, @Body() body: UpdateCommentDto, @Lang() lang: Language): Promise<CommentResponse> {
    return this.comments.update(author, id, body, lang);
  }

  @Delete('comments/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Only the author. The thread keeps a "commentaire supprimé" placeholder.' })
  remove(@CurrentUser() author: AuthenticatedUser, @Param('id', UuidParam) id: string): Promise<void> {
    return this.comments.remove(author, id);
  }

  @Public()
  @Get('comments/:id/revisions')
  @ApiOkResponse({ type: [CommentRevisionResponse], description: 'Earlier versions, oldest first.' })
  revisions(@CurrentUser() viewer: AuthenticatedUser | undefined, @Param('id', UuidParam) id: string): Promise<CommentRevisionResponse[]> {
    return this.comments.revisions(viewer, id);
  }

  @Put('comments/:id/vote')
  @ApiOkResponse({ type: CommentResponse, description: 'One up or down vote per person; not on your own comment.' })
  vote(@CurrentUser() voter: AuthenticatedUser, @Param('id', UuidParam) id: string, @Body() body: CommentVoteDto, @Lang() lang: Language): Promise<CommentResponse> {
    return this.comments.vote(voter, id, body.value, lang);
  }

  @Delete('comments/:id/vote')
  @ApiOkResponse({ type: CommentResponse })
  retractVote(@CurrentUser() voter: AuthenticatedUser, @Param('id', UuidParam) id: string, @Lang() lang: Language): Promise<CommentResponse> {
    return this.comments.vote(voter, id, null, lang);
  }
}
