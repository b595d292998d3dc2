import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ANSWER_STATUSES, CHANNELS, MODERATION_REASONS, moderationReasonLabels, notices, PROPOSAL_STATUSES,
  type AnswerStatus, type Channel, type Language, type ModerationReason, type NoticeCode, type ProposalStatus,
} from '@participons/shared';
import type { ContentAccess } from '../common/visibility/visibility-sql';
import { PublicUserResponse } from '../users/user.mapper';
import type { ProposalRow } from './proposal-row';

export class VoteCountsResponse {
  @ApiProperty({ example: 12 }) for: number;
  @ApiProperty({ example: 3 }) against: number;
  @ApiProperty({ example: 2 }) neutral: number;
  @ApiProperty({ example: 17 }) total: number;
}

export class AnswerResponse {
  @ApiProperty({ enum: ANSWER_STATUSES }) status: AnswerStatus;
  @ApiProperty({ example: 'La mairie installera 4 bancs au printemps.' }) text: string;
  @ApiProperty({ format: 'date-time' }) answeredAt: string;
}

export class NoticeResponse {
  @ApiProperty({ example: 'PENDING_REVIEW' }) code: NoticeCode;
  @ApiProperty({ example: 'Un modérateur va relire votre texte.' }) message: string;
}

export class ModerationNoteResponse {
  @ApiProperty({ enum: MODERATION_REASONS }) reason: ModerationReason;
  @ApiProperty({ example: 'Propos insultants ou haineux' }) reasonLabel: string;
  @ApiProperty({ type: String, nullable: true, example: 'Le texte insulte une personne du quartier.' }) explanation: string | null;
}

export class ProposalResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) debateId: string;
  @ApiProperty({ example: 'des bancs dans le parc' }) title: string;
  @ApiProperty({ example: 'les personnes agées ne peuvent pas se reposer' }) body: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: ProposalStatus;
  @ApiProperty({ type: PublicUserResponse }) author: PublicUserResponse;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) territoryId: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) themeIds: string[];
  @ApiProperty({ enum: CHANNELS, description: 'Where it was said: online or in a workshop.' }) channel: Channel;
  @ApiProperty({ type: VoteCountsResponse, nullable: true, description: 'Null while the debate hides votes until its close (except for staff).' }) votes: VoteCountsResponse | null;
  @ApiProperty({ example: 4 }) commentCount: number;
  @ApiProperty({ type: AnswerResponse, nullable: true }) answer: AnswerResponse | null;
  @ApiPropertyOptional({ type: NoticeResponse, nullable: true, description: 'For the author: why others cannot see it, or what happens next.' }) notice: NoticeResponse | null;
  @ApiPropertyOptional({ type: ModerationNoteResponse, nullable: true, description: 'Why it was hidden: for its author and staff only.' }) moderation: ModerationNoteResponse | null;
  @ApiProperty({ description: 'The viewer is the author and nobody has voted or commented yet.' }) canEdit: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set when the author changed the text ("modifié").' }) editedAt: string | null;
}

export class ProposalPageResponse {
  @ApiProperty({ type: [ProposalResponse] }) items: ProposalResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class SimilarProposalResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'des bancs au parc Jean Moulin' }) title: string;
  @ApiProperty({ example: 0.52 }) similarity: number;
}

export class ProposalRevisionResponse {
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time', description: 'When this version was replaced.' }) replacedAt: string;
}

const NOTICE_FOR: Partial<Record<ProposalStatus, NoticeCode>> = { pending: 'PENDING_REVIEW', hidden: 'HIDDEN_BY_MODERATION', withdrawn: 'WITHDRAWN' };

export interface ProposalView {
  access: ContentAccess;
  showVotes: boolean;
  language: Language;
  editable?: boolean;
}

export function toProposalResponse(row: ProposalRow, view: ProposalView): ProposalResponse {
  const isAuthor = view.access.viewerId === row.author_id;
  const noticeCode = isAuthor ? NOTICE_FOR[row.status] : undefined;
  return {
    id: row.id,
    debateId: row.debate_id,
    title: row.title,
    body: row.body,
    status: row.status,
    author: { id: row.author_id, displayName: row.author_name },
    territoryId: row.territory_id,
    themeIds: row.theme_ids,
    channel: row.channel,
    votes: view.showVotes
      ? { for: row.votes_for, against: row.votes_against, neutral: row.votes_neutral, total: row.votes_for + row.votes_against + row.votes_neutral }
      : null,
    commentCount: row.comment_count,
    answer: row.answer_status && row.answered_at ? { status: row.answer_status, text: row.answer_text ?? '', answeredAt: row.answered_at.toISOString() } : null,
    notice: noticeCode ? { code: noticeCode, message: notices[view.language][noticeCode] } : null,
    moderation:
      row.status === 'hidden' && row.moderation_reason && (isAuthor || view.access.staff)
        ? { reason: row.moderation_reason, reasonLabel: moderationReasonLabels[view.language][row.moderation_reason], explanation: row.moderation_explanation }
        : null,
    canEdit: isAuthor && (view.editable ?? false),
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at?.toISOString() ?? null,
  };
}
