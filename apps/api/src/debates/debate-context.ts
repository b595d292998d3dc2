import type { DebateStatus, ModerationMode } from '@participons/shared';
import { AppException } from '../common/errors/app.exception';

/**
 * What other modules need to know about a debate to act inside it, loaded once per request with
 * the viewer's rights there. Proposals, comments and votes receive this, never the debates table.
 */
export interface DebateContext {
  id: string;
  territoryId: string;
  status: DebateStatus;
  proposalsAllowed: boolean;
  commentsAllowed: boolean;
  votesAllowed: boolean;
  votesHiddenUntilClose: boolean;
  moderation: ModerationMode;
  moderateComments: boolean;
  /** The viewer moderates content here (moderator or admin in scope). */
  contentStaff: boolean;
  /** The viewer may manage this debate (admin, official or facilitator in scope). */
  debateStaff: boolean;
}

export type Participation = 'proposals' | 'comments' | 'votes';

const ALLOWED: Record<Participation, { flag: keyof DebateContext; code: 'PROPOSALS_NOT_ALLOWED' | 'COMMENTS_NOT_ALLOWED' | 'VOTES_NOT_ALLOWED' }> = {
  proposals: { flag: 'proposalsAllowed', code: 'PROPOSALS_NOT_ALLOWED' },
  comments: { flag: 'commentsAllowed', code: 'COMMENTS_NOT_ALLOWED' },
  votes: { flag: 'votesAllowed', code: 'VOTES_NOT_ALLOWED' },
};

/** Participation happens only while a debate is open, and only in the ways its settings allow. */
export function assertAccepts(debate: DebateContext, what: Participation): void {
  if (debate.status === 'closed' || debate.status === 'archived') throw new AppException('DEBATE_CLOSED');
  if (debate.status !== 'open') throw new AppException('DEBATE_NOT_OPEN');
  if (!debate[ALLOWED[what].flag]) throw new AppException(ALLOWED[what].code);
}

/** Vote counts of a debate that hides them until its close are shown to staff only. */
export function voteCountsVisible(debate: DebateContext): boolean {
  return !debate.votesHiddenUntilClose || debate.status === 'closed' || debate.status === 'archived' || debate.contentStaff || debate.debateStaff;
}
