import type {
  AnswerCountsResponse,
  AnswersResponse,
  OpinionGroupsResponse,
  ParticipationResponse,
  ProposalRulesResponse,
  ProposalStatsResponse,
  TopicsResponse,
  ZoneCountsResponse,
  ZonesResponse,
} from './dto/summary.dto';
import type { BuiltSummary } from './summary-builder';
import { json, Json, jsonBytes, transferable } from './summary-json';

/** What a territory brief shows of each of its debates. */
export interface DebateCounts {
  participants: number;
  proposals: number;
  comments: number;
  votes: number;
  answers: AnswerCountsResponse;
  zones: ZoneCountsResponse;
}

/**
 * A brief as the worker answers it and the cache keeps it: each section as JSON bytes (see
 * summary-json.ts), the small per-debate counts as values.
 */
export interface SummaryParts {
  participation: Json<ParticipationResponse>;
  /** Every proposal's statistics; null in a territory brief, which shows only rankings and counts. */
  items: Json<ProposalStatsResponse[]> | null;
  mostSupported: Json<ProposalStatsResponse[]>;
  mostDivisive: Json<ProposalStatsResponse[]>;
  mostSupportedUnanswered: Json<ProposalStatsResponse[]>;
  zones: Json<ZonesResponse>;
  rules: Json<ProposalRulesResponse>;
  opinionGroups: Json<OpinionGroupsResponse> | null;
  topics: Json<TopicsResponse>;
  answers: Json<AnswersResponse>;
  perDebate: Record<string, DebateCounts>;
  /** About the memory these parts take (for the cache's budget). */
  bytes: number;
}

export const emptyAnswerCounts = (): AnswerCountsResponse => ({ evaluating: 0, accepted: 0, rejected: 0, implemented: 0, unanswered: 0 });
export const emptyZoneCounts = (): ZoneCountsResponse => ({ consensus: 0, rejection: 0, limbo: 0, controversy: 0, notEnoughVotes: 0 });

/** From the computed brief to its parts; `withItems`: keep every proposal's statistics (debate briefs). */
export function toSummaryParts(built: BuiltSummary, withItems: boolean): SummaryParts {
  const perDebate: Record<string, DebateCounts> = {};
  for (const [id, counts] of Object.entries(built.perDebate)) perDebate[id] = { ...counts, answers: emptyAnswerCounts(), zones: emptyZoneCounts() };
  for (const p of built.proposals.items) {
    const entry = perDebate[p.debateId];
    if (!entry) continue;
    if (p.answer) entry.answers[p.answer.status] += 1;
    else if (p.status === 'published') entry.answers.unanswered += 1;
    entry.zones[p.zone ?? 'notEnoughVotes'] += 1;
  }
  const { proposals } = built;
  const parts: SummaryParts = {
    participation: json(built.participation),
    items: withItems ? json(proposals.items) : null,
    mostSupported: json(proposals.mostSupported),
    mostDivisive: json(proposals.mostDivisive),
    mostSupportedUnanswered: json(proposals.mostSupportedUnanswered),
    zones: json(proposals.zones),
    rules: json(proposals.rules),
    opinionGroups: built.opinionGroups ? json(built.opinionGroups) : null,
    topics: json(built.topics),
    answers: json(built.answers),
    perDebate,
    bytes: 0,
  };
  parts.bytes = jsonBytes(...jsonParts(parts)) + Object.keys(perDebate).length * 400;
  return parts;
}

function jsonParts(p: SummaryParts): (Json<unknown> | null)[] {
  return [p.participation, p.items, p.mostSupported, p.mostDivisive, p.mostSupportedUnanswered, p.zones, p.rules, p.opinionGroups, p.topics, p.answers];
}

/** The buffers the worker hands over with its answer (moved, not copied). */
export function partsTransferList(parts: SummaryParts): ArrayBuffer[] {
  return transferable(...jsonParts(parts));
}
