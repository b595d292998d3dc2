import type { Channel, CommentStatus, ModerationReason, Stance } from '@participons/shared';
import { displayNameSql } from '../users/display-name-sql';

export interface CommentRow {
  id: string;
  debate_id: string;
  proposal_id: string | null;
  parent_id: string | null;
  root_id: string;
  depth: number;
  author_id: string;
  body: string;
  stance: Stance;
  status: CommentStatus;
  channel: Channel;
  up_votes: number;
  down_votes: number;
  score: number;
  reply_count: number;
  created_at: Date;
  edited_at: Date | null;
  moderation_reason: ModerationReason | null;
  moderation_explanation: string | null;
  created_us: string;
  author_name: string;
}

export const COMMENT_COLUMNS = `c.id, c.debate_id, c.proposal_id, c.parent_id, c.root_id, c.depth, c.author_id, c.body, c.stance,
  c.status, c.channel, c.up_votes, c.down_votes, c.score, c.reply_count, c.created_at, c.edited_at,
  c.moderation_reason, c.moderation_explanation, (extract(epoch FROM c.created_at) * 1000000)::bigint AS created_us,
  ${displayNameSql('c.author_id')} AS author_name`;

/** Deleted and hidden comments stay in threads as placeholders (their text is never sent to others). */
export const PUBLIC_COMMENT_STATUSES = ['published', 'deleted', 'hidden'] as const;
