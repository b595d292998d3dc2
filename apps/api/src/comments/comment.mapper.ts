import { ApiProperty } from '@nestjs/swagger';
import {
  COMMENT_STATUSES, HIDDEN_PLACEHOLDER, MODERATION_REASONS, moderationReasonLabels, STANCES,
  type CommentStatus, type Language, type ModerationReason, type Stance,
} from '@participons/shared';
import { mayReadText, type ContentAccess } from '../common/visibility/visibility-sql';
import { PublicUserResponse } from '../users/user.mapper';
import type { CommentRow } from './comment-row';

export class CommentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId: string | null;
  @ApiProperty({ minimum: 1, maximum: 3 }) depth: number;
  @ApiProperty({ enum: COMMENT_STATUSES, description: 'deleted and hidden comments come as placeholders: body and author null.' }) status: CommentStatus;
  @ApiProperty({ type: String, nullable: true }) body: string | null;
  @ApiProperty({ type: PublicUserResponse, nullable: true }) author: PublicUserResponse | null;
  @ApiProperty({ enum: STANCES }) stance: Stance;
  @ApiProperty({ example: 3 }) upVotes: number;
  @ApiProperty({ example: 1 }) downVotes: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set when edited: show "modifié".' }) editedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'For hidden comments: "Contribution masquée par la modération" with the reason category.' }) placeholder: string | null;
  @ApiProperty({ enum: MODERATION_REASONS, nullable: true, type: String }) moderationReason: ModerationReason | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was hidden: for its author and staff only.' }) moderationExplanation: string | null;
  @ApiProperty({ type: () => [CommentResponse] }) replies: CommentResponse[];
}

export class CommentPageResponse {
  @ApiProperty({ type: [CommentResponse], description: 'Top-level comments, each with its replies.' }) items: CommentResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MyCommentResponse extends CommentResponse {
  @ApiProperty({ format: 'uuid' }) debateId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proposalId: string | null;
}

export class MyCommentPageResponse {
  @ApiProperty({ type: [MyCommentResponse] }) items: MyCommentResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CommentRevisionResponse {
  @ApiProperty() body: string;
  @ApiProperty({ enum: STANCES }) stance: Stance;
  @ApiProperty({ format: 'date-time' }) replacedAt: string;
}

export interface CommentView {
  access: ContentAccess;
  language: Language;
}

function placeholderOf(row: CommentRow, language: Language): string | null {
  if (row.status === 'deleted') return language === 'fr' ? 'Commentaire supprimé' : 'Comment deleted';
  if (row.status !== 'hidden') return null;
  const reason = row.moderation_reason ? ` : ${moderationReasonLabels[language][row.moderation_reason]}` : '';
  return `${HIDDEN_PLACEHOLDER[language]}${reason}`;
}

export function toCommentResponse(row: CommentRow, view: CommentView, replies: CommentResponse[] = []): CommentResponse {
  const readable = row.status !== 'deleted' && mayReadText({ status: row.status, authorId: row.author_id }, view.access);
  return {
    id: row.id,
    parentId: row.parent_id,
    depth: row.depth,
    status: row.status,
    body: readable ? row.body : null,
    author: readable ? { id: row.author_id, displayName: row.author_name } : null,
    stance: row.stance,
    upVotes: row.up_votes,
    downVotes: row.down_votes,
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at?.toISOString() ?? null,
    placeholder: placeholderOf(row, view.language),
    moderationReason: row.status === 'hidden' ? row.moderation_reason : null,
    moderationExplanation: row.status === 'hidden' && (view.access.staff || view.access.viewerId === row.author_id) ? row.moderation_explanation : null,
    replies,
  };
}

/** Builds the tree: top-level comments in page order, replies oldest first under their parent. */
export function toThread(top: CommentRow[], replies: CommentRow[], view: CommentView): CommentResponse[] {
  const children = new Map<string, CommentRow[]>();
  for (const reply of replies) children.set(reply.parent_id!, [...(children.get(reply.parent_id!) ?? []), reply]);
  const build = (row: CommentRow): CommentResponse => toCommentResponse(row, view, (children.get(row.id) ?? []).map(build));
  return top.map(build);
}
