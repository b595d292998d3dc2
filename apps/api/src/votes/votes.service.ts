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

  /** Casts, changes (value) or retracts (null) the viewer's vote. Sending the same vote twice changes nothing. */
  async set(voter: AuthenticatedUser, proposalId: string, value: VoteValue | null): Promise<VoteResponse> {
    const { proposal, debate } = await this.proposals.inContext(voter, proposalId);
    assertAccepts(debate, 'votes');
    if (proposal.status === 'withdrawn') throw new AppException('PROPOSAL_WITHDRAWN');
    if (proposal.status !== 'published') throw new AppException('PROPOSAL_NOT_PUBLISHED');
    const [result] = await this.db.query<{ old_value: VoteValue | null; new_value: VoteValue | null; votes_for: number; votes_against: number; votes_neutral: number }[]>(
      `SELECT old_value, new_value, votes_for, votes_against, votes_neutral FROM cast_vote($1, $2, $3)`,
      [proposalId, voter.id, value],
    );
    const counts = { for: result.votes_for, against: result.votes_against, neutral: result.votes_neutral, total: result.votes_for + result.votes_against + result.votes_neutral };
    return { proposalId, value: result.new_value, changed: result.old_value !== result.new_value, votes: voteCountsVisible(debate) ? counts : null };
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
