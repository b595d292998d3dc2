/**
 * Names for the API's shapes, all taken from the generated OpenAPI types (schema.d.ts).
 * Never write a response shape by hand: regenerate with `npm run openapi:write`.
 */
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type ApiPaths = paths;

export type ErrorBody = Schemas['ErrorResponse'];
export type ErrorDetail = Schemas['ErrorDetailResponse'];
export type Me = Schemas['MeResponse'];
export type Session = Schemas['SessionResponse'];
export type Territory = Schemas['TerritoryResponse'];
export type Theme = Schemas['ThemeResponse'];
export type Debate = Schemas['DebateResponse'];
export type DebatePage = Schemas['DebatePageResponse'];
export type Proposal = Schemas['ProposalResponse'];
export type ProposalPage = Schemas['ProposalListResponse'];
export type SimilarProposal = Schemas['SimilarProposalResponse'];
export type VoteCounts = Schemas['VoteCountsResponse'];
export type VoteResult = Schemas['VoteResponse'];
export type MyVotes = Schemas['MyVotesResponse'];
export type Comment = Schemas['CommentResponse'];
export type CommentPage = Schemas['CommentPageResponse'];
export type Answer = Schemas['AnswerResponse'];

export type VoteValue = Schemas['CastVoteDto']['value'];
export type Stance = NonNullable<Schemas['CreateCommentDto']['stance']>;
export type CommentVoteValue = Schemas['CommentVoteDto']['value'];
export type AnswerStatus = Schemas['AnswerProposalDto']['status'];
export type DebateStatus = Debate['status'];
export type ProposalStatus = Proposal['status'];
export type Role = Schemas['RoleGrantResponse']['role'];

/** Query parameters of a GET operation, from the generated `paths`. */
export type QueryOf<P extends keyof paths, M extends 'get' = 'get'> = NonNullable<
  paths[P][M] extends { parameters: { query?: infer Q } } ? Q : never
>;

export type DebateQuery = QueryOf<'/api/debates'>;
export type ProposalQuery = QueryOf<'/api/debates/{id}/proposals'>;
export type ProposalSort = NonNullable<ProposalQuery['sort']>;
export type CommentSort = NonNullable<QueryOf<'/api/proposals/{id}/comments'>['sort']>;

export type RegisterBody = Schemas['RegisterDto'];
export type LoginBody = Schemas['LoginDto'];
export type CreateProposalBody = Schemas['CreateProposalDto'];
export type UpdateProposalBody = Schemas['UpdateProposalDto'];
export type AnswerBody = Schemas['AnswerProposalDto'];
export type CreateCommentBody = Schemas['CreateCommentDto'];
export type UpdateCommentBody = Schemas['UpdateCommentDto'];

// ---- Reports, appeals, my contributions ----------------------------------------------------------
export type ReportBody = Schemas['CreateReportDto'];
export type ReportReason = ReportBody['reason'];
export type ReportTargetType = ReportBody['targetType'];
export type AppealBody = Schemas['AppealDto'];
export type MyAppeal = Schemas['MyAppealResponse'];
export type MyComment = Schemas['MyCommentResponse'];
export type MyCommentPage = Schemas['MyCommentPageResponse'];
export type MyProposalPage = Schemas['ProposalPageResponse'];
export type ModerationNote = Schemas['ModerationNoteResponse'];

// ---- Moderation console --------------------------------------------------------------------------
export type QueueItem = Schemas['QueueItemResponse'];
export type QueuePage = Schemas['QueuePageResponse'];
export type QueueReport = Schemas['QueueReportResponse'];
export type QueueQuery = QueryOf<'/api/moderation/queue'>;
export type QueueState = NonNullable<QueueQuery['state']>;
export type QueueKind = QueueItem['kind'];
export type CaseActionBody = Schemas['CaseActionDto'];
export type CaseAction = CaseActionBody['action'];
export type ActionResult = Schemas['ActionResultResponse'];
export type AppealDecisionBody = Schemas['AppealDecisionDto'];
export type AppealDecision = AppealDecisionBody['decision'];
export type BlockBody = Schemas['BlockDto'];
export type UnblockBody = Schemas['UnblockDto'];
export type LogEntry = Schemas['LogEntryResponse'];
export type LogPage = Schemas['LogPageResponse'];
export type LogQuery = QueryOf<'/api/moderation/log'>;

// ---- Administration ------------------------------------------------------------------------------
export type TerritoryKind = Territory['kind'];
export type CreateTerritoryBody = Schemas['CreateTerritoryDto'];
export type UpdateTerritoryBody = Schemas['UpdateTerritoryDto'];
export type ThemeBody = Schemas['ThemeDto'];
export type CreateDebateBody = Schemas['CreateDebateDto'];
export type UpdateDebateBody = Schemas['UpdateDebateDto'];
export type ModerationMode = CreateDebateBody['moderation'];
export type RoleAssignment = Schemas['RoleAssignmentResponse'];
export type RoleChange = Schemas['RoleChangeResponse'];
export type GrantRoleBody = Schemas['GrantRoleDto'];

// ---- Summaries: the officials' brief, the territory brief, the public results ---------------------
export type DebateSummary = Schemas['DebateSummaryResponse'];
export type DebateResults = Schemas['DebateResultsResponse'];
export type TerritorySummary = Schemas['TerritorySummaryResponse'];
export type Participation = Schemas['ParticipationResponse'];
export type TimelineDay = Schemas['TimelineDayResponse'];
export type TerritoryBreakdown = Schemas['TerritoryBreakdownResponse'];
export type ChannelBreakdown = Schemas['ChannelBreakdownResponse'];
export type ProposalStats = Schemas['ProposalStatsResponse'];
export type Zones = Schemas['ZonesResponse'];
export type VoteZone = NonNullable<ProposalStats['zone']>;
export type OpinionGroups = Schemas['OpinionGroupsResponse'];
export type OpinionGroup = Schemas['OpinionGroupResponse'];
export type MapPoint = Schemas['MapPointResponse'];
export type Topics = Schemas['TopicsResponse'];
export type Answers = Schemas['AnswersResponse'];
export type IdsCount = Schemas['IdsCountResponse'];
