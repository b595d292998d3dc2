/**
 * Vote zones of a proposal (make.org rules, product.md), decided only with enough votes:
 * - consensus: for ≥ 60 %, or neutral < 40 % and against < 15 %;
 * - rejection, the mirror: against ≥ 60 %, or neutral < 40 % and for < 15 %;
 * - limbo: neutral ≥ 40 % (and neither of the above);
 * - controversy: everything else.
 * Computed on whole numbers (for × 100 ≥ 60 × total…), so the boundaries are exact.
 */
export const VOTE_ZONES = ['consensus', 'rejection', 'limbo', 'controversy'] as const;
export type VoteZone = (typeof VOTE_ZONES)[number];

/** Below this many votes a proposal has no zone: too few people have spoken. */
export const MIN_VOTES_FOR_ZONE = 10;

export interface VoteCounts {
  for: number;
  against: number;
  neutral: number;
}

export function voteZone(votes: VoteCounts, minVotes = MIN_VOTES_FOR_ZONE): VoteZone | null {
  const total = votes.for + votes.against + votes.neutral;
  if (total < minVotes || total === 0) return null;
  const atLeast = (count: number, percent: number) => count * 100 >= percent * total;
  const below = (count: number, percent: number) => count * 100 < percent * total;
  if (atLeast(votes.for, 60) || (below(votes.neutral, 40) && below(votes.against, 15))) return 'consensus';
  if (atLeast(votes.against, 60) || (below(votes.neutral, 40) && below(votes.for, 15))) return 'rejection';
  if (atLeast(votes.neutral, 40)) return 'limbo';
  return 'controversy';
}
