import type { ModerationReason } from '@participons/shared';

/** What moderation can do to a proposal or a comment; each content module applies it to its own table. */
export type ContentModerationAction = 'approve' | 'hide' | 'restore' | 'hold';

export interface ContentTransition {
  action: ContentModerationAction;
  reason?: ModerationReason | null;
  explanation?: string | null;
}

export interface TransitionResult {
  id: string;
  debateId: string;
  authorId: string;
  before: string;
  after: string;
}

/** From which statuses each action may move content, and to which. */
export const TRANSITIONS: Record<ContentModerationAction, { from: string[]; to: string }> = {
  approve: { from: ['pending'], to: 'published' },
  hide: { from: ['published', 'pending'], to: 'hidden' },
  restore: { from: ['hidden'], to: 'published' },
  /** An edit that adds what new posts would wait for (a link from a new account, a listed word). */
  hold: { from: ['published'], to: 'pending' },
};
