/** Values shared by the API and the web for debates, proposals, comments and votes. */
export const DEBATE_STATUSES = ['draft', 'upcoming', 'open', 'closed', 'archived'] as const;
export type DebateStatus = (typeof DEBATE_STATUSES)[number];

export const MODERATION_MODES = ['before', 'after'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

export const PROPOSAL_STATUSES = ['published', 'pending', 'hidden', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const ANSWER_STATUSES = ['evaluating', 'accepted', 'rejected', 'implemented'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const PROPOSAL_SORTS = ['recent', 'supported', 'commented', 'controversial', 'random'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

export const VOTE_VALUES = ['for', 'against', 'neutral'] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

export const STANCES = VOTE_VALUES;
export type Stance = VoteValue;

export const COMMENT_SORTS = ['oldest', 'newest', 'best'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

export const COMMENT_STATUSES = ['published', 'pending', 'hidden', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const COMMENT_MAX_DEPTH = 3;

export const CHANNELS = ['online', 'workshop'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PAGE_SIZE_DEFAULT = 20;

/** Trigram similarity from which a title is suggested as similar while writing (product.md). */
export const SIMILARITY_THRESHOLD = 0.3;

export const REPORT_REASONS = ['spam', 'abusive', 'off_topic', 'personal_data', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Moderation hides content for one of the report reasons. */
export const MODERATION_REASONS = REPORT_REASONS;
export type ModerationReason = ReportReason;
