import { ApiProperty } from '@nestjs/swagger';
import MarkdownIt from 'markdown-it';
import { DEBATE_STATUSES, MODERATION_MODES, type DebateStatus, type ModerationMode } from '@participons/shared';
import type { DebateRow } from './debates.repository';

// No raw HTML, and markdown-it refuses javascript:, vbscript:, file: and most data: links.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export class DebateSettingsResponse {
  @ApiProperty() proposalsAllowed: boolean;
  @ApiProperty() commentsAllowed: boolean;
  @ApiProperty() votesAllowed: boolean;
  @ApiProperty() votesHiddenUntilClose: boolean;
  @ApiProperty({ enum: MODERATION_MODES }) moderation: ModerationMode;
  @ApiProperty() moderateComments: boolean;
}

export class DebateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Le vélo dans le quartier des Tours' }) title: string;
  @ApiProperty({ example: 'Comment rendre les trajets à vélo plus sûrs ?' }) question: string;
  @ApiProperty({ description: 'Markdown source.' }) description: string;
  @ApiProperty({ description: 'The description rendered to safe HTML (no raw HTML, safe links only).' }) descriptionHtml: string;
  @ApiProperty({ enum: DEBATE_STATUSES, description: 'draft → upcoming → open → closed → archived; follows the dates by itself.' }) status: DebateStatus;
  @ApiProperty({ format: 'uuid' }) territoryId: string;
  @ApiProperty({ type: [String], format: 'uuid' }) themeIds: string[];
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: DebateSettingsResponse }) settings: DebateSettingsResponse;
  @ApiProperty({ description: 'The viewer may edit, publish and close this debate.' }) canManage: boolean;
  @ApiProperty({ type: Object, example: { proposals: 1, comments: 4 }, description: 'Contributions hidden by moderation: public figures.' })
  hidden: { proposals: number; comments: number };
}

export class DebatePageResponse {
  @ApiProperty({ type: [DebateResponse] }) items: DebateResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` to get the next page; null at the end.' }) nextCursor: string | null;
}

export function toDebateResponse(row: DebateRow): DebateResponse {
  return {
    id: row.id,
    title: row.title,
    question: row.question,
    description: row.description,
    descriptionHtml: markdown.render(row.description),
    status: row.status,
    territoryId: row.territory_id,
    themeIds: row.theme_ids,
    opensAt: row.opens_at.toISOString(),
    closesAt: row.closes_at.toISOString(),
    closedAt: (row.closed_early_at ?? (row.status === 'closed' || row.status === 'archived' ? row.closes_at : null))?.toISOString() ?? null,
    settings: {
      proposalsAllowed: row.proposals_allowed,
      commentsAllowed: row.comments_allowed,
      votesAllowed: row.votes_allowed,
      votesHiddenUntilClose: row.votes_hidden_until_close,
      moderation: row.moderation,
      moderateComments: row.moderate_comments,
    },
    canManage: row.debate_staff,
    hidden: { proposals: row.hidden_proposal_count, comments: row.hidden_comment_count },
  };
}
