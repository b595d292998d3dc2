import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { COMMENT_MAX_DEPTH, PAGE_SIZE_DEFAULT, type Language, type Stance } from '@participons/shared';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException } from '../common/errors/app.exception';
import { ContributionPolicy } from '../common/contribution/contribution-policy.service';
import { ContentTransition, TransitionResult, TRANSITIONS } from '../common/moderation/moderation-transition';
import { decodeCursor, toPage } from '../common/pagination';
import { canSeeContent, contentAccess, ContentAccess, mayReadText } from '../common/visibility/visibility-sql';
import { assertAccepts, DebateContext } from '../debates/debate-context';
import { DebatesService } from '../debates/debates.service';
import { ProposalsService } from '../proposals/proposals.service';
import { CommentPageResponse, CommentResponse, CommentRevisionResponse, MyCommentPageResponse, toCommentResponse, toThread } from './comment.mapper';
import { CommentRow, PUBLIC_COMMENT_STATUSES } from './comment-row';
import { COMMENT_ORDERS, commentPosition, CommentsRepository, ThreadTarget } from './comments.repository';
import type { CommentQueryDto, CreateCommentDto, UpdateCommentDto } from './dto/comment.dto';
import type { PageQueryDto } from '../common/validation/page-query.dto';

interface TargetInContext {
  target: ThreadTarget;
  debate: DebateContext;
  access: ContentAccess;
  /** Comments may be added: the proposal is published (not pending, hidden or withdrawn). */
  open: boolean;
}

@Injectable()
export class CommentsService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly proposals: ProposalsService,
    private readonly debates: DebatesService,
    private readonly policy: ContributionPolicy,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async thread(viewer: AuthenticatedUser | undefined, target: { proposalId?: string; debateId?: string }, query: CommentQueryDto, language: Language): Promise<CommentPageResponse> {
    const { target: resolved, access } = await this.resolve(viewer, target);
    const sort = query.sort ?? 'oldest';
    const limit = query.limit ?? PAGE_SIZE_DEFAULT;
    const top = await this.comments.topLevel(resolved, access, sort, decodeCursor(query.cursor, COMMENT_ORDERS[sort].kinds), limit);
    const kept = top.slice(0, limit);
    const replies = await this.comments.replies(kept.map((c) => c.id), access);
    const view = { access, language };
    const items = toThread(kept, replies, view);
    const page = toPage(top, limit, (r) => commentPosition(sort, r), (r) => r);
    return { items, nextCursor: page.nextCursor };
  }

  /** "Mes contributions": the viewer's comments with their state and, when hidden, why. */
  async mine(author: AuthenticatedUser, query: PageQueryDto, language: Language): Promise<MyCommentPageResponse> {
    const limit = query.limit ?? PAGE_SIZE_DEFAULT;
    const rows = await this.comments.byAuthor(author.id, decodeCursor(query.cursor, ['time', 'uuid']), limit);
    const view = { access: contentAccess(author, false), language };
    const page = toPage(rows, limit, (r) => [r.created_us, r.id], (r) => ({ ...toCommentResponse(r, view), debateId: r.debate_id, proposalId: r.proposal_id }));
    return page;
  }

  async create(author: AuthenticatedUser, target: { proposalId?: string; debateId?: string }, dto: CreateCommentDto, language: Language): Promise<CommentResponse> {
    const context = await this.resolve(author, target);
    assertAccepts(context.debate, 'comments');
    if (!context.open) throw new AppException('PROPOSAL_NOT_PUBLISHED');
    const parent = dto.parentId ? await this.replyTarget(dto.parentId, context) : null;
    const { holdForReview } = await this.policy.admit(author, 'comment', dto.body);
    const premoderated = context.debate.moderation === 'before' && context.debate.moderateComments;
    const status = premoderated || holdForReview ? 'pending' : 'published';
    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO comments (id, debate_id, proposal_id, parent_id, root_id, depth, author_id, body, stance, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [id, context.target.debateId, context.target.proposalId, parent?.id ?? null, parent?.root_id ?? id, (parent?.depth ?? 0) + 1, author.id, dto.body, dto.stance ?? 'neutral', status],
      );
      if (parent) await tx.query(`UPDATE comments SET reply_count = reply_count + 1 WHERE id = $1`, [parent.id]);
      if (status === 'published') await this.countOnProposal(tx, context.target.proposalId, +1);
    });
    return this.one(author, id, language);
  }

  /** The author edits: "modifié" is shown and the replaced text is kept. */
  async update(author: AuthenticatedUser, id: string, dto: UpdateCommentDto, language: Language): Promise<CommentResponse> {
    const { comment, context } = await this.ownComment(author, id);
    assertAccepts(context.debate, 'comments');
    const unchanged = (dto.body ?? comment.body) === comment.body && (dto.stance ?? comment.stance) === comment.stance;
    if (unchanged) return this.one(author, id, language);
    await this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO comment_revisions (comment_id, body, stance) VALUES ($1, $2, $3)`, [id, comment.body, comment.stance]);
      await tx.query(`UPDATE comments SET body = COALESCE($2, body), stance = COALESCE($3, stance), edited_at = now() WHERE id = $1`, [id, dto.body ?? null, dto.stance ?? null]);
      if (this.policy.mustHold(author, dto.body ?? comment.body)) await this.moderate(id, { action: 'hold' }, tx);
    });
    return this.one(author, id, language);
  }

  /** The thread keeps a "commentaire supprimé" placeholder so replies still make sense. */
  async remove(author: AuthenticatedUser, id: string): Promise<void> {
    const { comment, context } = await this.ownComment(author, id);
    await this.db.transaction(async (tx) => {
      // Never published (pending review): nothing to keep in the thread, and nobody replied or voted.
      if (comment.status === 'pending') {
        await tx.query(`DELETE FROM comments WHERE id = $1 AND status = 'pending'`, [id]);
        return;
      }
      const [, changed] = await tx.query<[unknown[], number]>(`UPDATE comments SET status = 'deleted', deleted_at = now() WHERE id = $1 AND status <> 'deleted'`, [id]);
      if (changed > 0 && comment.status === 'published') await this.countOnProposal(tx, context.target.proposalId, -1);
    });
  }

  async vote(voter: AuthenticatedUser, id: string, value: 'up' | 'down' | null, language: Language): Promise<CommentResponse> {
    const { comment, context } = await this.visibleComment(voter, id);
    assertAccepts(context.debate, 'comments');
    if (comment.status !== 'published') throw new AppException(comment.status === 'deleted' ? 'COMMENT_DELETED' : 'COMMENT_NOT_FOUND');
    if (comment.author_id === voter.id) throw new AppException('OWN_CONTENT');
    await this.db.query(`SELECT * FROM cast_comment_vote($1, $2, $3::smallint)`, [id, voter.id, value === null ? null : value === 'up' ? 1 : -1]);
    return this.one(voter, id, language);
  }

  async revisions(viewer: AuthenticatedUser | undefined, id: string): Promise<CommentRevisionResponse[]> {
    const { comment, context } = await this.visibleComment(viewer, id);
    if (comment.status === 'deleted' || !mayReadText({ status: comment.status, authorId: comment.author_id }, context.access)) return [];
    return (await this.comments.revisions(id)).map((r) => ({ body: r.body, stance: r.stance as Stance, replacedAt: r.replaced_at.toISOString() }));
  }

  /**
   * Moderation changes a comment's status here: null when the action does not apply. The
   * proposal's comment count and the debate's hidden count follow.
   */
  async moderate(id: string, change: ContentTransition, manager: EntityManager): Promise<TransitionResult | null> {
    const rule = TRANSITIONS[change.action];
    const [rows] = await manager.query<[{ id: string; debate_id: string; proposal_id: string | null; author_id: string; before: string }[], number]>(
      `WITH old AS (SELECT id, status FROM comments WHERE id = $1 AND status = ANY($2::text[]) FOR UPDATE)
       UPDATE comments c SET status = $3, moderation_reason = $4, moderation_explanation = $5
       FROM old WHERE c.id = old.id RETURNING c.id, c.debate_id, c.proposal_id, c.author_id, old.status AS before`,
      [id, rule.from, rule.to, change.action === 'hide' ? (change.reason ?? 'other') : null, change.action === 'hide' ? (change.explanation ?? null) : null],
    );
    const row = rows[0];
    if (!row) return null;
    const publishedDelta = (rule.to === 'published' ? 1 : 0) - (row.before === 'published' ? 1 : 0);
    if (publishedDelta !== 0) await this.countOnProposal(manager, row.proposal_id, publishedDelta as 1 | -1);
    const hiddenDelta = (rule.to === 'hidden' ? 1 : 0) - (row.before === 'hidden' ? 1 : 0);
    if (hiddenDelta !== 0) await this.debates.addToHiddenCount(row.debate_id, 'comment', hiddenDelta, manager);
    return { id: row.id, debateId: row.debate_id, authorId: row.author_id, before: row.before, after: rule.to };
  }

  /** Ids of an author's comments that moderation may hide. */
  async visibleIdsBy(authorId: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(`SELECT id FROM comments WHERE author_id = $1 AND status IN ('published', 'pending')`, [authorId]);
    return rows.map((r) => r.id);
  }

  /** For reports and the moderation queue: the comment if the viewer may see it, with where it stands. */
  async locate(viewer: AuthenticatedUser | undefined, id: string): Promise<{ comment: CommentRow; debateId: string; territoryId: string }> {
    const { comment, context } = await this.visibleComment(viewer, id);
    return { comment, debateId: context.debate.id, territoryId: context.debate.territoryId };
  }

  findForModeration(ids: string[]): Promise<CommentRow[]> {
    return this.comments.findMany(ids);
  }

  private async one(viewer: AuthenticatedUser | undefined, id: string, language: Language): Promise<CommentResponse> {
    const { comment, context } = await this.visibleComment(viewer, id);
    return toCommentResponse(comment, { access: context.access, language });
  }

  private async visibleComment(viewer: AuthenticatedUser | undefined, id: string): Promise<{ comment: CommentRow; context: TargetInContext }> {
    const comment = await this.comments.findById(id);
    if (!comment) throw new AppException('COMMENT_NOT_FOUND');
    const context = await this.resolve(viewer, { proposalId: comment.proposal_id ?? undefined, debateId: comment.debate_id }).catch((error: unknown) => {
      throw error instanceof AppException && error.code.endsWith('_NOT_FOUND') ? new AppException('COMMENT_NOT_FOUND') : error;
    });
    if (!canSeeContent({ status: comment.status, authorId: comment.author_id }, PUBLIC_COMMENT_STATUSES, context.access)) throw new AppException('COMMENT_NOT_FOUND');
    return { comment, context };
  }

  private async ownComment(author: AuthenticatedUser, id: string): Promise<{ comment: CommentRow; context: TargetInContext }> {
    const found = await this.visibleComment(author, id);
    if (found.comment.author_id !== author.id) throw new AppException('FORBIDDEN');
    if (found.comment.status === 'deleted') throw new AppException('COMMENT_DELETED');
    return found;
  }

  private async replyTarget(parentId: string, context: TargetInContext): Promise<CommentRow> {
    const parent = await this.comments.findById(parentId);
    const sameThread = parent && parent.debate_id === context.target.debateId && parent.proposal_id === context.target.proposalId;
    if (!parent || !sameThread || !canSeeContent({ status: parent.status, authorId: parent.author_id }, PUBLIC_COMMENT_STATUSES, context.access)) {
      throw new AppException('COMMENT_NOT_FOUND');
    }
    if (parent.status === 'deleted') throw new AppException('COMMENT_DELETED');
    if (parent.status !== 'published') throw new AppException('ACTION_NOT_POSSIBLE');
    if (parent.depth >= COMMENT_MAX_DEPTH) throw new AppException('COMMENT_TOO_DEEP');
    return parent;
  }

  private async resolve(viewer: AuthenticatedUser | undefined, target: { proposalId?: string; debateId?: string }): Promise<TargetInContext> {
    if (target.proposalId) {
      const { proposal, debate, access } = await this.proposals.inContext(viewer, target.proposalId);
      return { target: { debateId: debate.id, proposalId: proposal.id }, debate, access, open: proposal.status === 'published' };
    }
    if (!target.debateId) throw new AppException('COMMENT_TARGET_INVALID');
    const debate = await this.debates.context(viewer, target.debateId);
    return { target: { debateId: debate.id, proposalId: null }, debate, access: contentAccess(viewer, debate.contentStaff), open: true };
  }

  private async countOnProposal(tx: EntityManager, proposalId: string | null, delta: 1 | -1): Promise<void> {
    if (proposalId) await this.proposals.addToCommentCount(proposalId, delta, tx);
  }
}
