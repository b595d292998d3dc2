import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { VoteValue } from '@participons/shared';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException } from '../common/errors/app.exception';
import { assertAccepts, voteCountsVisible } from '../debates/debate-context';
import { DebatesService } from '../debates/debates.service';
import { ProposalsService } from '../proposals/proposals.service';
import type { MyVotesResponse, VoteResponse } from './dto/vote.dto';

@Injectable()
export class VotesService {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly debates: DebatesService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /**
   * Casts, changes (value) or retracts (null) the viewer's vote. Sending the same vote twice changes
   * nothing. One statement when the proposal is published and its debate open to votes; otherwise
   * the full checks say why not (or let the vote through, as they would have anyway).
   */
  async set(voter: AuthenticatedUser, proposalId: string, value: VoteValue | null): Promise<VoteResponse> {
    const [fast] = await this.db.query<(CastResult & { outcome: 'OK' | 'CHECK'; votes_hidden_until_close: boolean | null })[]>(
      `SELECT outcome, old_value, new_value, votes_for, votes_against, votes_neutral, votes_hidden_until_close FROM cast_vote_checked($1, $2, $3)`,
      [proposalId, voter.id, value],
    );
    if (fast.outcome === 'OK') {
      // Counts hidden until the close are shown to staff only: a voter without any role is not.
      const mayBeStaff = voter.roles.length > 0;
      const countsVisible = !fast.votes_hidden_until_close || (mayBeStaff && voteCountsVisible((await this.proposals.inContext(voter, proposalId)).debate));
      return toVoteResponse(proposalId, fast, countsVisible);
    }
    const { proposal, debate } = await this.proposals.inContext(voter, proposalId);
    assertAccepts(debate, 'votes');
    if (proposal.status === 'withdrawn') throw new AppException('PROPOSAL_WITHDRAWN');
    if (proposal.status !== 'published') throw new AppException('PROPOSAL_NOT_PUBLISHED');
    const [result] = await this.db.query<CastResult[]>(
      `SELECT old_value, new_value, votes_for, votes_against, votes_neutral FROM cast_vote($1, $2, $3)`,
      [proposalId, voter.id, value],
    );
    return toVoteResponse(proposalId, result, voteCountsVisible(debate));
  }

  async mine(voter: AuthenticatedUser, debateId: string): Promise<MyVotesResponse> {
    await this.debates.context(voter, debateId);
    const rows = await this.db.query<{ proposal_id: string; value: VoteValue }[]>(
      `SELECT v.proposal_id, v.value FROM votes v JOIN proposals p ON p.id = v.proposal_id WHERE v.user_id = $1 AND p.debate_id = $2`,
      [voter.id, debateId],
    );
    return { votes: Object.fromEntries(rows.map((r) => [r.proposal_id, r.value])) };
  }
}

interface CastResult {
  old_value: VoteValue | null;
  new_value: VoteValue | null;
  votes_for: number;
  votes_against: number;
  votes_neutral: number;
}

function toVoteResponse(proposalId: string, cast: CastResult, countsVisible: boolean): VoteResponse {
  const counts = { for: cast.votes_for, against: cast.votes_against, neutral: cast.votes_neutral, total: cast.votes_for + cast.votes_against + cast.votes_neutral };
  return { proposalId, value: cast.new_value, changed: cast.old_value !== cast.new_value, votes: countsVisible ? counts : null };
}
