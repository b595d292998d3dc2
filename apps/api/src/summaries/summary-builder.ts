import type { Channel } from '@participons/shared';
import { OPINION_GROUP_RULES, opinionGroups, VoterVotes } from '../../../../libs/shared/src/summaries/opinion-groups';
import { controversy, round, wilsonLowerBound, Z_95 } from '../../../../libs/shared/src/summaries/stats';
import { TOPIC_RULES, topics } from '../../../../libs/shared/src/summaries/topics';
import { MIN_VOTES_FOR_ZONE, voteZone, type VoteZone } from '../../../../libs/shared/src/summaries/zones';
import type {
  AnswersResponse,
  ChannelBreakdownResponse,
  IdsCountResponse,
  OpinionGroupsResponse,
  ParticipationResponse,
  ProposalRulesResponse,
  ProposalStatsResponse,
  TerritoryBreakdownResponse,
  TimelineDayResponse,
  TopicsResponse,
  ZonesResponse,
} from './dto/summary.dto';
import type { Dataset, DatasetProposal } from './summary-dataset';

/**
 * From a dataset to the brief: pure computation, no I/O, no framework, so that it runs in a
 * worker thread (summary.worker.ts) as well as inline. Every list keeps the ids behind its
 * numbers. The service adds what depends on the request (dates, version, sources).
 */
export const RANKING_LENGTH = 10;
export const SUMMARY_TIME_ZONE = 'Europe/Paris';
const ZONE_RULES_TEXT = 'consensus: for ≥ 60 %, or neutral < 40 % and against < 15 %; rejection: against ≥ 60 %, or neutral < 40 % and for < 15 %; limbo: neutral ≥ 40 %; otherwise controversy.';

export interface BuiltSummary {
  participation: ParticipationResponse;
  proposals: {
    items: ProposalStatsResponse[];
    mostSupported: ProposalStatsResponse[];
    mostDivisive: ProposalStatsResponse[];
    mostSupportedUnanswered: ProposalStatsResponse[];
    zones: ZonesResponse;
    rules: ProposalRulesResponse;
  };
  opinionGroups: OpinionGroupsResponse | null;
  topics: TopicsResponse;
  answers: AnswersResponse;
  /** Per debate, for a territory summary: participants and counts of each debate. */
  perDebate: Record<string, { participants: number; proposals: number; comments: number; votes: number }>;
}

/** Days in Paris time, from whole epoch hours (Paris offsets are whole hours, so an hour never spans two days). */
class ParisDays {
  private readonly format = new Intl.DateTimeFormat('en-CA', { timeZone: SUMMARY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  private readonly cache = new Map<number, string>();

  ofHour(epochHour: number): string {
    let day = this.cache.get(epochHour);
    if (day === undefined) {
      day = this.format.format(new Date(epochHour * 3_600_000));
      this.cache.set(epochHour, day);
    }
    return day;
  }

  ofDate(iso: string): string {
    return this.ofHour(Math.floor(Date.parse(iso) / 3_600_000));
  }
}

export interface ParsedVotes {
  proposals: Int32Array;
  values: Int8Array;
  hours: Int32Array;
}

/** Unpacks one voter's `<index><f|a|n><hour>,…` (see DatasetVoter), sorted by proposal index. */
export function parseVotes(encoded: string, hourBase: number): ParsedVotes {
  const entries: [number, number, number][] = [];
  let i = 0;
  while (i < encoded.length) {
    let index = 0;
    let c = encoded.charCodeAt(i);
    while (c >= 48 && c <= 57) {
      index = index * 10 + (c - 48);
      c = encoded.charCodeAt(++i);
    }
    const value = c === 102 ? 1 : c === 97 ? -1 : 0; // f, a, n
    i++;
    let sign = 1;
    if (encoded.charCodeAt(i) === 45) {
      sign = -1;
      i++;
    }
    let hour = 0;
    c = encoded.charCodeAt(i);
    while (c >= 48 && c <= 57) {
      hour = hour * 10 + (c - 48);
      c = encoded.charCodeAt(++i);
    }
    entries.push([index, value, hourBase + sign * hour]);
    i++; // comma
  }
  entries.sort((a, b) => a[0] - b[0]);
  return {
    proposals: Int32Array.from(entries, (e) => e[0]),
    values: Int8Array.from(entries, (e) => e[1]),
    hours: Int32Array.from(entries, (e) => e[2]),
  };
}

const link = (proposalId: string) => `/api/proposals/${proposalId}`;

function idsCount(ids: string[]): IdsCountResponse {
  return { count: ids.length, ids };
}

/** Day strings from `first` to `last` inclusive (YYYY-MM-DD, calendar days). */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

export function buildSummary(data: Dataset): BuiltSummary {
  const days = new ParisDays();
  const proposals = data.proposals;
  const index = new Map(proposals.map((p, i) => [p.id, i]));
  const territoryOf = new Map(data.territories.map((t) => [t.id, t]));
  const votes = data.voters.map((v) => parseVotes(v.votes, data.hourBase));

  // Counts per proposal, and people per proposal (for the territory breakdown).
  const counts = proposals.map(() => ({ for: 0, against: 0, neutral: 0, comments: 0 }));
  const peopleOn = proposals.map((p) => new Set<string>([p.authorId]));
  const timeline = new Map<string, { proposals: string[]; comments: string[]; votes: number; people: Set<string> }>();
  const dayEntry = (day: string) => {
    let entry = timeline.get(day);
    if (!entry) {
      entry = { proposals: [], comments: [], votes: 0, people: new Set() };
      timeline.set(day, entry);
    }
    return entry;
  };
  const perDebate = new Map<string, { people: Set<string>; proposals: number; comments: number; votes: number }>();
  const debateEntry = (id: string) => {
    let entry = perDebate.get(id);
    if (!entry) {
      entry = { people: new Set(), proposals: 0, comments: 0, votes: 0 };
      perDebate.set(id, entry);
    }
    return entry;
  };
  for (const d of data.debates) debateEntry(d.id);

  const voterIds = new Set<string>();
  votes.forEach((v, n) => {
    const userId = data.voters[n].userId;
    voterIds.add(userId);
    let lastHour = Number.NaN;
    let lastDay = '';
    const debatesSeen = new Set<string>();
    for (let t = 0; t < v.proposals.length; t++) {
      const j = v.proposals[t];
      const c = counts[j];
      if (v.values[t] > 0) c.for += 1;
      else if (v.values[t] < 0) c.against += 1;
      else c.neutral += 1;
      peopleOn[j].add(userId);
      if (v.hours[t] !== lastHour) {
        lastHour = v.hours[t];
        lastDay = days.ofHour(lastHour);
      }
      const entry = dayEntry(lastDay);
      entry.votes += 1;
      entry.people.add(userId);
      const debateId = proposals[j].debateId;
      const de = debateEntry(debateId);
      de.votes += 1;
      if (!debatesSeen.has(debateId)) {
        debatesSeen.add(debateId);
        de.people.add(userId);
      }
    }
  });

  const authorIds = new Set<string>();
  for (const p of proposals) {
    authorIds.add(p.authorId);
    const entry = dayEntry(days.ofDate(p.createdAt));
    entry.proposals.push(p.id);
    entry.people.add(p.authorId);
    const de = debateEntry(p.debateId);
    de.proposals += 1;
    de.people.add(p.authorId);
  }
  const commenterIds = new Set<string>();
  for (const c of data.comments) {
    commenterIds.add(c.authorId);
    const entry = dayEntry(days.ofDate(c.createdAt));
    entry.comments.push(c.id);
    entry.people.add(c.authorId);
    const de = debateEntry(c.debateId);
    de.comments += 1;
    de.people.add(c.authorId);
    const j = c.proposalId === null ? undefined : index.get(c.proposalId);
    if (j !== undefined) {
      counts[j].comments += 1;
      peopleOn[j].add(c.authorId);
    }
  }
  const everybody = new Set<string>([...voterIds, ...authorIds, ...commenterIds]);

  const sortedDays = [...timeline.keys()].sort();
  const timelineDays: TimelineDayResponse[] =
    sortedDays.length === 0
      ? []
      : daysBetween(sortedDays[0], sortedDays[sortedDays.length - 1]).map((date) => {
          const e = timeline.get(date);
          return { date, proposals: e?.proposals.length ?? 0, comments: e?.comments.length ?? 0, votes: e?.votes ?? 0, participants: e?.people.size ?? 0, proposalIds: e?.proposals ?? [], commentIds: e?.comments ?? [] };
        });

  // By territory named by the proposals.
  const byTerritoryMap = new Map<string | null, { proposals: number[]; comments: number; votes: number; people: Set<string> }>();
  proposals.forEach((p, j) => {
    let entry = byTerritoryMap.get(p.territoryId);
    if (!entry) {
      entry = { proposals: [], comments: 0, votes: 0, people: new Set() };
      byTerritoryMap.set(p.territoryId, entry);
    }
    entry.proposals.push(j);
    entry.comments += counts[j].comments;
    entry.votes += counts[j].for + counts[j].against + counts[j].neutral;
    peopleOn[j].forEach((person) => entry.people.add(person));
  });
  const byTerritory: TerritoryBreakdownResponse[] = [...byTerritoryMap].map(([territoryId, e]) => ({
    territoryId,
    name: territoryId === null ? null : (territoryOf.get(territoryId)?.name ?? null),
    kind: territoryId === null ? null : (territoryOf.get(territoryId)?.kind ?? null),
    proposals: e.proposals.length,
    comments: e.comments,
    votes: e.votes,
    participants: e.people.size,
    proposalIds: e.proposals.map((j) => proposals[j].id),
  }));
  byTerritory.sort((a, b) => b.proposals - a.proposals || (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'fr') || (a.territoryId ?? '').localeCompare(b.territoryId ?? ''));

  const byChannel: ChannelBreakdownResponse[] = (['online', 'workshop'] as Channel[]).map((channel) => {
    const ps = proposals.filter((p) => p.channel === channel);
    const cs = data.comments.filter((c) => c.channel === channel);
    return {
      channel,
      proposals: ps.length,
      comments: cs.length,
      participants: new Set([...ps.map((p) => p.authorId), ...cs.map((c) => c.authorId)]).size,
      proposalIds: ps.map((p) => p.id),
      commentIds: cs.map((c) => c.id),
    };
  });

  const totals = counts.reduce((t, c) => ({ for: t.for + c.for, against: t.against + c.against, neutral: t.neutral + c.neutral }), { for: 0, against: 0, neutral: 0 });
  const participation: ParticipationResponse = {
    participants: { count: everybody.size, authors: authorIds.size, commenters: commenterIds.size, voters: voterIds.size },
    proposals: idsCount(proposals.map((p) => p.id)),
    comments: idsCount(data.comments.map((c) => c.id)),
    votes: { count: totals.for + totals.against + totals.neutral, ...totals },
    timeline: timelineDays,
    byTerritory,
    byChannel,
  };

  // Proposals: statistics, rankings, zones.
  const stats: ProposalStatsResponse[] = proposals.map((p, j) => proposalStats(p, counts[j]));
  const bySupport = (a: ProposalStatsResponse, b: ProposalStatsResponse) =>
    b.wilsonLowerBound - a.wilsonLowerBound || b.votes.total - a.votes.total || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  const items = [...stats].sort(bySupport);
  const zones: ZonesResponse = { consensus: idsCount([]), rejection: idsCount([]), limbo: idsCount([]), controversy: idsCount([]), notEnoughVotes: idsCount([]) };
  for (const s of items) {
    const bucket = s.zone === null ? zones.notEnoughVotes : zones[s.zone];
    bucket.ids.push(s.id);
    bucket.count += 1;
  }
  const mostDivisive = stats
    .filter((s) => s.votes.total >= MIN_VOTES_FOR_ZONE && s.controversy > 0)
    .sort((a, b) => b.controversy - a.controversy || b.votes.total - a.votes.total || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .slice(0, RANKING_LENGTH);

  const answers: AnswersResponse = { evaluating: idsCount([]), accepted: idsCount([]), rejected: idsCount([]), implemented: idsCount([]), unanswered: idsCount([]) };
  for (const s of items) {
    const bucket = s.answer ? answers[s.answer.status] : s.status === 'published' ? answers.unanswered : null;
    if (!bucket) continue;
    bucket.ids.push(s.id);
    bucket.count += 1;
  }

  return {
    participation,
    proposals: {
      items,
      mostSupported: items.filter((s) => s.votes.total > 0).slice(0, RANKING_LENGTH),
      mostDivisive,
      mostSupportedUnanswered: items.filter((s) => s.votes.total > 0 && s.status === 'published' && s.answer === null).slice(0, RANKING_LENGTH),
      zones,
      rules: proposalRules(),
    },
    opinionGroups: data.opinionGroups ? buildOpinionGroups(data, votes) : null,
    topics: buildTopics(data),
    answers,
    perDebate: Object.fromEntries([...perDebate].map(([id, e]) => [id, { participants: e.people.size, proposals: e.proposals, comments: e.comments, votes: e.votes }])),
  };
}

export function proposalRules(): ProposalRulesResponse {
  return { minVotesForZone: MIN_VOTES_FOR_ZONE, wilsonZ: Z_95, rankingLength: RANKING_LENGTH, zoneRules: ZONE_RULES_TEXT };
}

function proposalStats(p: DatasetProposal, c: { for: number; against: number; neutral: number; comments: number }): ProposalStatsResponse {
  const total = c.for + c.against + c.neutral;
  const zone: VoteZone | null = voteZone(c);
  return {
    id: p.id,
    debateId: p.debateId,
    title: p.title,
    status: p.status,
    channel: p.channel,
    territoryId: p.territoryId,
    createdAt: p.createdAt,
    link: link(p.id),
    votes: { for: c.for, against: c.against, neutral: c.neutral, total },
    forShare: total > 0 ? round(c.for / total) : 0,
    wilsonLowerBound: round(wilsonLowerBound(c.for, total), 6),
    zone,
    controversy: round(controversy(c.for, c.against)),
    commentCount: c.comments,
    answer: p.answerStatus ? { status: p.answerStatus, text: p.answerText ?? '', answeredAt: p.answeredAt } : null,
  };
}

function buildTopics(data: Dataset): TopicsResponse {
  const documents = [
    ...data.proposals.map((p, index) => ({ kind: 'proposal' as const, index, text: `${p.title}\n${p.body}` })),
    ...data.comments.map((c, index) => ({ kind: 'comment' as const, index, text: c.body })),
  ];
  return {
    contributionsAnalysed: documents.length,
    items: topics(documents).map((t) => ({
      term: t.stem,
      word: t.word,
      contributions: t.contributions,
      occurrences: t.occurrences,
      proposalIds: t.proposals.map((i) => data.proposals[i].id),
      commentIds: t.comments.map((i) => data.comments[i].id),
    })),
    rules: { minWordLength: TOPIC_RULES.minWordLength, minContributions: TOPIC_RULES.minContributions, limit: TOPIC_RULES.limit },
  };
}

const LABELS = 'ABCDEFGHIJ';

function buildOpinionGroups(data: Dataset, votes: VoterVotes[]): OpinionGroupsResponse {
  const result = opinionGroups(data.proposals.length, votes);
  const proposal = (j: number) => ({ proposalId: data.proposals[j].id, title: data.proposals[j].title, link: link(data.proposals[j].id) });
  const counts = (s: { agree: number; disagree: number; pass: number; seen: number }) => ({ agree: s.agree, disagree: s.disagree, pass: s.pass, seen: s.seen });
  return {
    status: result.status,
    rules: {
      minVotesPerParticipant: result.minVotesPerParticipant,
      minParticipants: OPINION_GROUP_RULES.minParticipants,
      minGroups: OPINION_GROUP_RULES.minGroups,
      maxGroups: OPINION_GROUP_RULES.maxGroups,
      significanceZ: OPINION_GROUP_RULES.significanceZ,
      silhouetteSampleSize: OPINION_GROUP_RULES.silhouetteSampleSize,
      seed: OPINION_GROUP_RULES.seed,
    },
    participantsInAnalysis: result.analysed.length,
    participantsLeftOut: votes.length - result.analysed.length,
    proposalsInAnalysis: result.proposalsAnalysed,
    varianceExplained: result.varianceExplained.map((v) => round(v)),
    silhouette: result.silhouette === null ? null : round(result.silhouette),
    silhouetteByK: result.silhouetteByK.map((s) => ({ k: s.k, silhouette: round(s.silhouette) })),
    groups: result.groups.map((g, id) => ({
      id,
      label: LABELS[id] ?? String(id),
      size: g.members.length,
      centroidX: round(g.centroid.x),
      centroidY: round(g.centroid.y),
      representative: g.representative.map((r) => ({
        ...proposal(r.proposal),
        group: counts(r.group),
        others: counts(r.others),
        agreeRate: round(r.agreeRate),
        othersAgreeRate: round(r.othersAgreeRate),
        z: round(r.z),
        zAgreement: round(r.zAgreement),
      })),
    })),
    consensus: result.consensus.map((c) => ({
      ...proposal(c.proposal),
      groupInformedConsensus: round(c.consensus),
      perGroup: c.perGroup.map((g, groupId) => ({ groupId, ...counts(g), agreeRate: round(g.agreeRate) })),
    })),
    points: result.status === 'computed' || result.status === 'no-disagreement'
      ? result.analysed.map((voter, r) => ({
          participant: data.participantNumbers[voter] ?? voter,
          x: round(result.positions.x[r]),
          y: round(result.positions.y[r]),
          group: result.assignment[r],
        }))
      : [],
  };
}
