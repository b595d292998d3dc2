import { ApiProperty } from '@nestjs/swagger';
import { ANSWER_STATUSES, CHANNELS, DEBATE_STATUSES, type AnswerStatus, type Channel, type DebateStatus } from '@participons/shared';
import { VOTE_ZONES, type VoteZone } from '../../../../../libs/shared/src/summaries/zones';
import { OPINION_GROUPS_STATUSES, type OpinionGroupsStatus } from '../../../../../libs/shared/src/summaries/opinion-groups';

/**
 * The brief's JSON. Every figure comes with the ids of the contributions behind it (and
 * `sources` says where to read each one), so that anyone can check a line. Only counts,
 * statistics and quotes of what people wrote: nothing is paraphrased.
 */

export class IdsCountResponse {
  @ApiProperty({ example: 3 }) count: number;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The contributions counted.' }) ids: string[];
}

export class SummaryDebateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Le vélo dans le quartier' }) title: string;
  @ApiProperty({ example: 'Comment rendre les trajets à vélo plus sûrs ?' }) question: string;
  @ApiProperty({ format: 'uuid' }) territoryId: string;
  @ApiProperty({ enum: DEBATE_STATUSES }) status: DebateStatus;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty() votesHiddenUntilClose: boolean;
  @ApiProperty({ example: '/api/debates/8b0c…', description: 'Where to read the debate.' }) link: string;
}

export class ParticipantsResponse {
  @ApiProperty({ example: 42, description: 'Distinct people who posted a proposal, a comment or a vote counted here.' }) count: number;
  @ApiProperty({ example: 5, description: 'Distinct authors of the proposals counted.' }) authors: number;
  @ApiProperty({ example: 9, description: 'Distinct authors of the comments counted.' }) commenters: number;
  @ApiProperty({ example: 40, description: 'Distinct people who voted on the proposals counted.' }) voters: number;
}

export class VoteTotalsResponse {
  @ApiProperty({ example: 120, description: 'Sum of proposals[].votes.total.' }) count: number;
  @ApiProperty({ example: 70 }) for: number;
  @ApiProperty({ example: 30 }) against: number;
  @ApiProperty({ example: 20 }) neutral: number;
}

export class TimelineDayResponse {
  @ApiProperty({ example: '2026-03-14', description: 'Day in Europe/Paris time.' }) date: string;
  @ApiProperty({ example: 2 }) proposals: number;
  @ApiProperty({ example: 5 }) comments: number;
  @ApiProperty({ example: 31, description: 'Votes first cast that day (a changed vote keeps its first day).' }) votes: number;
  @ApiProperty({ example: 17, description: 'Distinct people who contributed that day.' }) participants: number;
  @ApiProperty({ type: [String], format: 'uuid' }) proposalIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) commentIds: string[];
}

export class TerritoryBreakdownResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The territory the proposals name; null when they name none.' }) territoryId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Les Tours' }) name: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'quartier' }) kind: string | null;
  @ApiProperty({ example: 4 }) proposals: number;
  @ApiProperty({ example: 6, description: 'Comments on these proposals.' }) comments: number;
  @ApiProperty({ example: 80, description: 'Votes on these proposals.' }) votes: number;
  @ApiProperty({ example: 30, description: 'Distinct people who posted, commented or voted on these proposals.' }) participants: number;
  @ApiProperty({ type: [String], format: 'uuid' }) proposalIds: string[];
}

export class ChannelBreakdownResponse {
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ example: 3 }) proposals: number;
  @ApiProperty({ example: 8 }) comments: number;
  @ApiProperty({ example: 6, description: 'Distinct authors of these proposals and comments.' }) participants: number;
  @ApiProperty({ type: [String], format: 'uuid' }) proposalIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) commentIds: string[];
}

export class ParticipationResponse {
  @ApiProperty({ type: ParticipantsResponse }) participants: ParticipantsResponse;
  @ApiProperty({ type: IdsCountResponse, description: 'Published and withdrawn proposals (pending and hidden ones are left out).' }) proposals: IdsCountResponse;
  @ApiProperty({ type: IdsCountResponse, description: 'Published comments on these proposals and on the debate.' }) comments: IdsCountResponse;
  @ApiProperty({ type: VoteTotalsResponse }) votes: VoteTotalsResponse;
  @ApiProperty({ type: [TimelineDayResponse], description: 'Every day from the first contribution to the last, empty days included.' }) timeline: TimelineDayResponse[];
  @ApiProperty({ type: [TerritoryBreakdownResponse], description: 'By the territory (quartier) each proposal names.' }) byTerritory: TerritoryBreakdownResponse[];
  @ApiProperty({ type: [ChannelBreakdownResponse], description: 'Online and workshop contributions side by side. Votes have no channel.' }) byChannel: ChannelBreakdownResponse[];
}

export class ProposalVotesResponse {
  @ApiProperty({ example: 12 }) for: number;
  @ApiProperty({ example: 3 }) against: number;
  @ApiProperty({ example: 2 }) neutral: number;
  @ApiProperty({ example: 17 }) total: number;
}

export class SummaryAnswerResponse {
  @ApiProperty({ enum: ANSWER_STATUSES }) status: AnswerStatus;
  @ApiProperty({ example: 'La mairie installera 4 bancs au printemps.' }) text: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
}

export class ProposalStatsResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) debateId: string;
  @ApiProperty({ example: 'des bancs dans le parc', description: 'Quoted as written.' }) title: string;
  @ApiProperty({ enum: ['published', 'withdrawn'] }) status: 'published' | 'withdrawn';
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) territoryId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ example: '/api/proposals/5f1e…' }) link: string;
  @ApiProperty({ type: ProposalVotesResponse }) votes: ProposalVotesResponse;
  @ApiProperty({ example: 0.7059, description: 'for / total (0 without votes).' }) forShare: number;
  @ApiProperty({ example: 0.4687, description: 'Lower bound of the 95 % Wilson interval of for / total: the ranking of "most supported".' }) wilsonLowerBound: number;
  @ApiProperty({ enum: VOTE_ZONES, nullable: true, description: 'make.org zone; null below rules.minVotesForZone votes.' }) zone: VoteZone | null;
  @ApiProperty({ example: 3.75, description: '(for + against) × min(for, against) / max(for, against): the ranking of "most divisive".' }) controversy: number;
  @ApiProperty({ example: 4, description: 'Published comments on it.' }) commentCount: number;
  @ApiProperty({ type: SummaryAnswerResponse, nullable: true }) answer: SummaryAnswerResponse | null;
}

export class ZonesResponse {
  @ApiProperty({ type: IdsCountResponse }) consensus: IdsCountResponse;
  @ApiProperty({ type: IdsCountResponse }) rejection: IdsCountResponse;
  @ApiProperty({ type: IdsCountResponse }) limbo: IdsCountResponse;
  @ApiProperty({ type: IdsCountResponse }) controversy: IdsCountResponse;
  @ApiProperty({ type: IdsCountResponse, description: 'Fewer votes than rules.minVotesForZone.' }) notEnoughVotes: IdsCountResponse;
}

export class ProposalRulesResponse {
  @ApiProperty({ example: 10 }) minVotesForZone: number;
  @ApiProperty({ example: 1.959964, description: 'z of the Wilson interval.' }) wilsonZ: number;
  @ApiProperty({ example: 10, description: 'Length of each ranking.' }) rankingLength: number;
  @ApiProperty({ example: 'consensus: for ≥ 60 %, or neutral < 40 % and against < 15 %; rejection: the mirror; limbo: neutral ≥ 40 %; otherwise controversy.' }) zoneRules: string;
}

export class ProposalsSectionResponse {
  @ApiProperty({ type: [ProposalStatsResponse], description: 'Every proposal counted, most supported first.' }) items: ProposalStatsResponse[];
  @ApiProperty({ type: [ProposalStatsResponse], description: 'Ranked by the Wilson lower bound of for, not by raw counts.' }) mostSupported: ProposalStatsResponse[];
  @ApiProperty({ type: [ProposalStatsResponse], description: 'Ranked by controversy, among proposals with at least rules.minVotesForZone votes.' }) mostDivisive: ProposalStatsResponse[];
  @ApiProperty({ type: [ProposalStatsResponse], description: 'Published proposals without an official answer, by the Wilson lower bound.' }) mostSupportedUnanswered: ProposalStatsResponse[];
  @ApiProperty({ type: ZonesResponse }) zones: ZonesResponse;
  @ApiProperty({ type: ProposalRulesResponse }) rules: ProposalRulesResponse;
}

export class GroupVotesResponse {
  @ApiProperty({ example: 14 }) agree: number;
  @ApiProperty({ example: 2 }) disagree: number;
  @ApiProperty({ example: 1 }) pass: number;
  @ApiProperty({ example: 17, description: 'People of the group who voted on it.' }) seen: number;
}

export class RepresentativeProposalResponse {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() title: string;
  @ApiProperty() link: string;
  @ApiProperty({ type: GroupVotesResponse, description: 'Votes of the group.' }) group: GroupVotesResponse;
  @ApiProperty({ type: GroupVotesResponse, description: 'Votes of everybody else analysed.' }) others: GroupVotesResponse;
  @ApiProperty({ example: 0.8421, description: '(agree + 1) / (seen + 2) in the group.' }) agreeRate: number;
  @ApiProperty({ example: 0.2, description: 'The same among the others.' }) othersAgreeRate: number;
  @ApiProperty({ example: 3.41, description: 'Two-proportion z, the group against the others (> 1.2816).' }) z: number;
  @ApiProperty({ example: 2.9, description: 'One-proportion z of the group agreeing more than half (> 1.2816).' }) zAgreement: number;
}

export class OpinionGroupResponse {
  @ApiProperty({ example: 0, description: 'Groups are numbered by decreasing size.' }) id: number;
  @ApiProperty({ example: 'A' }) label: string;
  @ApiProperty({ example: 120 }) size: number;
  @ApiProperty({ example: 0.83 }) centroidX: number;
  @ApiProperty({ example: -0.2 }) centroidY: number;
  @ApiProperty({ type: [RepresentativeProposalResponse], description: 'What this group agrees with, more than the others (at most 5).' }) representative: RepresentativeProposalResponse[];
}

export class ConsensusGroupResponse extends GroupVotesResponse {
  @ApiProperty({ example: 0 }) groupId: number;
  @ApiProperty({ example: 0.91, description: '(agree + 1) / (seen + 2).' }) agreeRate: number;
}

export class ConsensusProposalResponse {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() title: string;
  @ApiProperty() link: string;
  @ApiProperty({ example: 0.71, description: 'Product over groups of (agree + 1) / (seen + 2).' }) groupInformedConsensus: number;
  @ApiProperty({ type: [ConsensusGroupResponse] }) perGroup: ConsensusGroupResponse[];
}

export class MapPointResponse {
  @ApiProperty({ example: 140737488355, description: 'Opaque number of the participant, the same as in vote-matrix.csv; no account can be found from it.' }) participant: number;
  @ApiProperty({ example: 1.2345 }) x: number;
  @ApiProperty({ example: -0.5 }) y: number;
  @ApiProperty({ example: 1, description: 'Group id, or −1 when no groups were made.' }) group: number;
}

export class SilhouetteResponse {
  @ApiProperty({ example: 3 }) k: number;
  @ApiProperty({ example: 0.61 }) silhouette: number;
}

export class OpinionGroupRulesResponse {
  @ApiProperty({ example: 7, description: 'min(7, number of proposals): votes needed to enter the analysis.' }) minVotesPerParticipant: number;
  @ApiProperty({ example: 10 }) minParticipants: number;
  @ApiProperty({ example: 2 }) minGroups: number;
  @ApiProperty({ example: 5 }) maxGroups: number;
  @ApiProperty({ example: 1.2816 }) significanceZ: number;
  @ApiProperty({ example: 2000, description: 'Silhouettes are computed on a seeded sample of at most this many people.' }) silhouetteSampleSize: number;
  @ApiProperty({ example: 'participons-opinion-groups', description: 'Seed of every random choice: the same votes give the same groups.' }) seed: string;
}

export class OpinionGroupsResponse {
  @ApiProperty({ enum: OPINION_GROUPS_STATUSES }) status: OpinionGroupsStatus;
  @ApiProperty({ type: OpinionGroupRulesResponse }) rules: OpinionGroupRulesResponse;
  @ApiProperty({ example: 812 }) participantsInAnalysis: number;
  @ApiProperty({ example: 96, description: 'Voters with fewer votes than rules.minVotesPerParticipant.' }) participantsLeftOut: number;
  @ApiProperty({ example: 40 }) proposalsInAnalysis: number;
  @ApiProperty({ type: [Number], example: [0.31, 0.12], description: 'Share of the variance of each of the two components.' }) varianceExplained: number[];
  @ApiProperty({ type: Number, nullable: true, example: 0.58 }) silhouette: number | null;
  @ApiProperty({ type: [SilhouetteResponse] }) silhouetteByK: SilhouetteResponse[];
  @ApiProperty({ type: [OpinionGroupResponse] }) groups: OpinionGroupResponse[];
  @ApiProperty({ type: [ConsensusProposalResponse], description: 'Proposals every group supports, by group-informed consensus (at most 5).' }) consensus: ConsensusProposalResponse[];
  @ApiProperty({ type: [MapPointResponse], description: 'One point per person analysed, for a 2-D map.' }) points: MapPointResponse[];
}

export class TopicResponse {
  @ApiProperty({ example: 'aménag', description: 'Snowball French stem.' }) term: string;
  @ApiProperty({ example: 'aménagement', description: 'The form written most often.' }) word: string;
  @ApiProperty({ example: 12, description: 'Contributions that use it.' }) contributions: number;
  @ApiProperty({ example: 15 }) occurrences: number;
  @ApiProperty({ type: [String], format: 'uuid' }) proposalIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) commentIds: string[];
}

export class TopicRulesResponse {
  @ApiProperty({ example: 3 }) minWordLength: number;
  @ApiProperty({ example: 2 }) minContributions: number;
  @ApiProperty({ example: 20 }) limit: number;
}

export class TopicsResponse {
  @ApiProperty({ example: 57, description: 'Proposals (title and text) and comments read.' }) contributionsAnalysed: number;
  @ApiProperty({ type: [TopicResponse] }) items: TopicResponse[];
  @ApiProperty({ type: TopicRulesResponse }) rules: TopicRulesResponse;
}

export class AnswersResponse {
  @ApiProperty({ type: IdsCountResponse }) evaluating: IdsCountResponse;
  @ApiProperty({ type: IdsCountResponse }) accepted: IdsCountResponse;
  @ApiProperty({ type: IdsCountResponse }) rejected: IdsCountResponse;
  @ApiProperty({ type: IdsCountResponse }) implemented: IdsCountResponse;
  @ApiProperty({ type: IdsCountResponse, description: 'Published proposals without an answer.' }) unanswered: IdsCountResponse;
}

export class SourcesResponse {
  @ApiProperty({ example: '/api/proposals/{id}' }) proposal: string;
  @ApiProperty({ example: '/api/proposals/{id}/comments', description: 'Comments of a proposal (a comment id is found in its thread).' }) proposalComments: string;
  @ApiProperty({ example: '/api/debates/{id}/comments' }) debateComments: string;
  @ApiProperty({ type: String, nullable: true, example: '/api/debates/{id}/summary/proposals.csv' }) proposalsCsv: string | null;
  @ApiProperty({ type: String, nullable: true, example: '/api/debates/{id}/summary/vote-matrix.csv' }) voteMatrixCsv: string | null;
}

export class DebateSummaryResponse {
  @ApiProperty({ type: SummaryDebateResponse }) debate: SummaryDebateResponse;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ description: 'Changes when votes, proposals or comments change; the brief is cached until then.' }) dataVersion: string;
  @ApiProperty({ type: ParticipationResponse }) participation: ParticipationResponse;
  @ApiProperty({ type: ProposalsSectionResponse }) proposals: ProposalsSectionResponse;
  @ApiProperty({ type: OpinionGroupsResponse }) opinionGroups: OpinionGroupsResponse;
  @ApiProperty({ type: TopicsResponse }) topics: TopicsResponse;
  @ApiProperty({ type: AnswersResponse }) answers: AnswersResponse;
  @ApiProperty({ type: SourcesResponse }) sources: SourcesResponse;
}

export class ResultsProposalsResponse {
  @ApiProperty({ type: [ProposalStatsResponse], description: 'Every proposal, most supported first, with its zone and its answer.' }) items: ProposalStatsResponse[];
  @ApiProperty({ type: ZonesResponse }) zones: ZonesResponse;
  @ApiProperty({ type: ProposalRulesResponse }) rules: ProposalRulesResponse;
}

export class DebateResultsResponse {
  @ApiProperty({ type: SummaryDebateResponse }) debate: SummaryDebateResponse;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: ParticipationResponse }) participation: ParticipationResponse;
  @ApiProperty({ type: ResultsProposalsResponse }) proposals: ResultsProposalsResponse;
  @ApiProperty({ type: AnswersResponse }) answers: AnswersResponse;
}

export class TerritorySummaryTerritoryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Villeneuve' }) name: string;
  @ApiProperty({ example: 'commune' }) kind: string;
}

export class AnswerCountsResponse {
  @ApiProperty() evaluating: number;
  @ApiProperty() accepted: number;
  @ApiProperty() rejected: number;
  @ApiProperty() implemented: number;
  @ApiProperty() unanswered: number;
}

export class ZoneCountsResponse {
  @ApiProperty() consensus: number;
  @ApiProperty() rejection: number;
  @ApiProperty() limbo: number;
  @ApiProperty() controversy: number;
  @ApiProperty() notEnoughVotes: number;
}

export class TerritoryDebateResponse {
  @ApiProperty({ type: SummaryDebateResponse }) debate: SummaryDebateResponse;
  @ApiProperty() participants: number;
  @ApiProperty() proposals: number;
  @ApiProperty() comments: number;
  @ApiProperty() votes: number;
  @ApiProperty({ type: AnswerCountsResponse }) answers: AnswerCountsResponse;
  @ApiProperty({ type: ZoneCountsResponse }) zones: ZoneCountsResponse;
  @ApiProperty({ example: '/api/debates/{id}/summary' }) summaryLink: string;
}

export class TerritoryProposalsResponse {
  @ApiProperty({ type: [ProposalStatsResponse] }) mostSupported: ProposalStatsResponse[];
  @ApiProperty({ type: [ProposalStatsResponse] }) mostDivisive: ProposalStatsResponse[];
  @ApiProperty({ type: [ProposalStatsResponse] }) mostSupportedUnanswered: ProposalStatsResponse[];
  @ApiProperty({ type: ZonesResponse }) zones: ZonesResponse;
  @ApiProperty({ type: ProposalRulesResponse }) rules: ProposalRulesResponse;
}

export class TerritorySummaryResponse {
  @ApiProperty({ type: TerritorySummaryTerritoryResponse }) territory: TerritorySummaryTerritoryResponse;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty() dataVersion: string;
  @ApiProperty({ type: [TerritoryDebateResponse], description: 'Published debates on the territory and the territories below it, newest opening first.' }) debates: TerritoryDebateResponse[];
  @ApiProperty({ type: ParticipationResponse, description: 'Across the debates: a person who took part in several counts once.' }) participation: ParticipationResponse;
  @ApiProperty({ type: TerritoryProposalsResponse }) proposals: TerritoryProposalsResponse;
  @ApiProperty({ type: TopicsResponse }) topics: TopicsResponse;
  @ApiProperty({ type: AnswersResponse }) answers: AnswersResponse;
  @ApiProperty({ type: SourcesResponse }) sources: SourcesResponse;
}
