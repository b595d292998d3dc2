import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { VOTE_VALUES, type VoteValue } from '@participons/shared';
import { VoteCountsResponse } from '../../proposals/proposal.mapper';

export class CastVoteDto {
  @ApiProperty({ enum: VOTE_VALUES, example: 'for', description: 'for: you support it; against: you oppose it; neutral: you have read it and have no opinion.' })
  @IsIn(VOTE_VALUES)
  value: VoteValue;
}

export class VoteResponse {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ enum: VOTE_VALUES, nullable: true, type: String, description: 'Your current vote; null after retracting.' }) value: VoteValue | null;
  @ApiProperty({ description: 'False when the same vote was sent again: nothing changed.' }) changed: boolean;
  @ApiProperty({ type: VoteCountsResponse, nullable: true, description: 'Exact counts right after your vote; null while the debate hides votes.' }) votes: VoteCountsResponse | null;
}

export class MyVotesResponse {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', enum: [...VOTE_VALUES] }, example: { '0b6f0c1e-7d1a-4a8e-9d7e-2a1b3c4d5e6f': 'for' }, description: 'Your vote on each proposal of the debate you voted on.' })
  votes: Record<string, VoteValue>;
}
