import type {
  DebateResultsResponse,
  DebateSummaryResponse,
  ProposalsSectionResponse,
  ResultsProposalsResponse,
  SourcesResponse,
  SummaryDebateResponse,
  TerritoryDebateResponse,
  TerritoryProposalsResponse,
  TerritorySummaryResponse,
  TerritorySummaryTerritoryResponse,
} from './dto/summary.dto';
import type { DatasetDebate } from './summary-dataset';
import { json, Json, jsonObject } from './summary-json';
import { emptyAnswerCounts, emptyZoneCounts, type SummaryParts } from './summary-parts';

/** A computed brief as the cache keeps it: its sections as JSON text (summary-parts.ts). */
export interface Brief {
  parts: SummaryParts;
  debates: DatasetDebate[];
  dataVersion: string;
  generatedAt: string;
}

export function toSummaryDebate(d: DatasetDebate): SummaryDebateResponse {
  return {
    id: d.id,
    title: d.title,
    question: d.question,
    territoryId: d.territoryId,
    status: d.status,
    opensAt: d.opensAt,
    closesAt: d.closesAt,
    votesHiddenUntilClose: d.votesHiddenUntilClose,
    link: `/api/debates/${d.id}`,
  };
}

function sources(debateId: string | null): SourcesResponse {
  return {
    proposal: '/api/proposals/{id}',
    proposalComments: '/api/proposals/{id}/comments',
    debateComments: '/api/debates/{id}/comments',
    proposalsCsv: debateId ? `/api/debates/${debateId}/summary/proposals.csv` : null,
    voteMatrixCsv: debateId ? `/api/debates/${debateId}/summary/vote-matrix.csv` : null,
  };
}

/** `debate` is read at request time (its status may have moved since the brief was computed). */
export function toDebateSummary(debate: DatasetDebate, brief: Brief): Json<DebateSummaryResponse> {
  const { parts } = brief;
  return jsonObject<DebateSummaryResponse>({
    debate: json(toSummaryDebate(debate)),
    generatedAt: json(brief.generatedAt),
    dataVersion: json(brief.dataVersion),
    participation: parts.participation,
    proposals: jsonObject<ProposalsSectionResponse>({
      items: parts.items!,
      mostSupported: parts.mostSupported,
      mostDivisive: parts.mostDivisive,
      mostSupportedUnanswered: parts.mostSupportedUnanswered,
      zones: parts.zones,
      rules: parts.rules,
    }),
    opinionGroups: parts.opinionGroups!,
    topics: parts.topics,
    answers: parts.answers,
    sources: json(sources(debate.id)),
  });
}

/** The public part: participation, zones and official answers; nothing about opinion groups or topics. */
export function toDebateResults(debate: DatasetDebate, brief: Brief): Json<DebateResultsResponse> {
  const { parts } = brief;
  return jsonObject<DebateResultsResponse>({
    debate: json(toSummaryDebate(debate)),
    generatedAt: json(brief.generatedAt),
    participation: parts.participation,
    proposals: jsonObject<ResultsProposalsResponse>({ items: parts.items!, zones: parts.zones, rules: parts.rules }),
    answers: parts.answers,
  });
}

export function toTerritorySummary(territory: TerritorySummaryTerritoryResponse, brief: Brief): Json<TerritorySummaryResponse> {
  const { parts } = brief;
  const debates: TerritoryDebateResponse[] = brief.debates.map((d) => {
    const c = parts.perDebate[d.id];
    return {
      debate: toSummaryDebate(d),
      participants: c?.participants ?? 0,
      proposals: c?.proposals ?? 0,
      comments: c?.comments ?? 0,
      votes: c?.votes ?? 0,
      answers: c?.answers ?? emptyAnswerCounts(),
      zones: c?.zones ?? emptyZoneCounts(),
      summaryLink: `/api/debates/${d.id}/summary`,
    };
  });
  return jsonObject<TerritorySummaryResponse>({
    territory: json(territory),
    generatedAt: json(brief.generatedAt),
    dataVersion: json(brief.dataVersion),
    debates: json(debates),
    participation: parts.participation,
    proposals: jsonObject<TerritoryProposalsResponse>({
      mostSupported: parts.mostSupported,
      mostDivisive: parts.mostDivisive,
      mostSupportedUnanswered: parts.mostSupportedUnanswered,
      zones: parts.zones,
      rules: parts.rules,
    }),
    topics: parts.topics,
    answers: parts.answers,
    sources: json(sources(null)),
  });
}
