import type { BuiltSummary } from './summary-builder';
import type { DatasetDebate } from './summary-dataset';
import type {
  AnswerCountsResponse,
  DebateResultsResponse,
  DebateSummaryResponse,
  SourcesResponse,
  SummaryDebateResponse,
  TerritoryDebateResponse,
  TerritorySummaryResponse,
  TerritorySummaryTerritoryResponse,
  ZoneCountsResponse,
} from './dto/summary.dto';

/** A computed brief as the cache keeps it. */
export interface Brief {
  built: BuiltSummary;
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
export function toDebateSummary(debate: DatasetDebate, brief: Brief): DebateSummaryResponse {
  const { built } = brief;
  return {
    debate: toSummaryDebate(debate),
    generatedAt: brief.generatedAt,
    dataVersion: brief.dataVersion,
    participation: built.participation,
    proposals: built.proposals,
    opinionGroups: built.opinionGroups!,
    topics: built.topics,
    answers: built.answers,
    sources: sources(debate.id),
  };
}

/** The public part: participation, zones and official answers; nothing about opinion groups or topics. */
export function toDebateResults(debate: DatasetDebate, brief: Brief): DebateResultsResponse {
  const { built } = brief;
  return {
    debate: toSummaryDebate(debate),
    generatedAt: brief.generatedAt,
    participation: built.participation,
    proposals: { items: built.proposals.items, zones: built.proposals.zones, rules: built.proposals.rules },
    answers: built.answers,
  };
}

export function toTerritorySummary(territory: TerritorySummaryTerritoryResponse, brief: Brief): TerritorySummaryResponse {
  const { built } = brief;
  const perDebate = new Map<string, { answers: AnswerCountsResponse; zones: ZoneCountsResponse }>(
    brief.debates.map((d) => [
      d.id,
      { answers: { evaluating: 0, accepted: 0, rejected: 0, implemented: 0, unanswered: 0 }, zones: { consensus: 0, rejection: 0, limbo: 0, controversy: 0, notEnoughVotes: 0 } },
    ]),
  );
  for (const p of built.proposals.items) {
    const entry = perDebate.get(p.debateId);
    if (!entry) continue;
    if (p.answer) entry.answers[p.answer.status] += 1;
    else if (p.status === 'published') entry.answers.unanswered += 1;
    entry.zones[p.zone ?? 'notEnoughVotes'] += 1;
  }
  const debates: TerritoryDebateResponse[] = brief.debates.map((d) => {
    const counts = built.perDebate[d.id] ?? { participants: 0, proposals: 0, comments: 0, votes: 0 };
    return { debate: toSummaryDebate(d), ...counts, ...perDebate.get(d.id)!, summaryLink: `/api/debates/${d.id}/summary` };
  });
  return {
    territory,
    generatedAt: brief.generatedAt,
    dataVersion: brief.dataVersion,
    debates,
    participation: built.participation,
    proposals: {
      mostSupported: built.proposals.mostSupported,
      mostDivisive: built.proposals.mostDivisive,
      mostSupportedUnanswered: built.proposals.mostSupportedUnanswered,
      zones: built.proposals.zones,
      rules: built.proposals.rules,
    },
    topics: built.topics,
    answers: built.answers,
    sources: sources(null),
  };
}
