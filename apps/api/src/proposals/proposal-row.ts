import type { AnswerStatus, Channel, ModerationReason, ProposalStatus } from '@participons/shared';
import { displayNameSql } from '../users/display-name-sql';

/** A proposal as the queries return it, counters included. */
export interface ProposalRow {
  id: string;
  debate_id: string;
  author_id: string;
  territory_id: string | null;
  title: string;
  body: string;
  status: ProposalStatus;
  channel: Channel;
  answer_status: AnswerStatus | null;
  answer_text: string | null;
  answered_at: Date | null;
  votes_for: number;
  votes_against: number;
  votes_neutral: number;
  comment_count: number;
  controversy: number;
  created_at: Date;
  edited_at: Date | null;
  withdrawn_at: Date | null;
  theme_ids: string[];
  /** created_at in microseconds since the epoch, for cursors. */
  created_us: string;
  author_name: string;
  moderation_reason: ModerationReason | null;
  moderation_explanation: string | null;
  /** Only for random order: the stable position for the visitor's seed. */
  shuffle_key?: string;
}

export const PROPOSAL_COLUMNS = `p.id, p.debate_id, p.author_id, p.territory_id, p.title, p.body, p.status, p.channel,
  p.answer_status, p.answer_text, p.answered_at, p.votes_for, p.votes_against, p.votes_neutral, p.comment_count,
  p.controversy, p.created_at, p.edited_at, p.withdrawn_at, p.moderation_reason, p.moderation_explanation,
  (extract(epoch FROM p.created_at) * 1000000)::bigint AS created_us,
  ARRAY(SELECT theme_id FROM proposal_themes pt WHERE pt.proposal_id = p.id ORDER BY theme_id) AS theme_ids,
  ${displayNameSql('p.author_id')} AS author_name`;

/** Published and withdrawn proposals are public; pending and hidden ones belong to their author and staff. */
export const PUBLIC_PROPOSAL_STATUSES = ['published', 'withdrawn'] as const;
