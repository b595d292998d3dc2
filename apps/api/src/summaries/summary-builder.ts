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
import { participantNumbers } from './participant-numbers';
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

}

export interface ParsedVotes {
  proposals: Int32Array;
  values: Int8Array;
  hours: Int32Array;
}

/** Unpacks one voter's `<index><f|a|n><hour>,…` (see DatasetVoter), sorted by proposal index. */
export function parseVotes(encoded: string, hourBase: number): ParsedVotes {
  let n = encoded.length === 0 ? 0 : 1;
  for (let i = 0; i < encoded.length; i++) if (encoded.charCodeAt(i) === 44) n++;
  const proposals = new Int32Array(n);
  const values = new Int8Array(n);
  const hours = new Int32Array(n);
  let i = 0;
  for (let k = 0; k < n; k++) {
    let index = 0;
    let c = encoded.charCodeAt(i);
    while (c >= 48 && c <= 57) {
      index = index * 10 + (c - 48);
      c = encoded.charCodeAt(++i);
    }
    values[k] = c === 102 ? 1 : c === 97 ? -1 : 0; // f, a, n
    c = encoded.charCodeAt(++i);
    let sign = 1;
    if (c === 45) {
      sign = -1;
      c = encoded.charCodeAt(++i);
    }
    let hour = 0;
    while (c >= 48 && c <= 57) {
      hour = hour * 10 + (c - 48);
      c = encoded.charCodeAt(++i);
    }
    proposals[k] = index;
    hours[k] = hourBase + sign * hour;
    i++; // comma
  }
  // Insertion sort by proposal (a voter's votes are few, and often already in order).
  for (let a = 1; a < n; a++) {
    const p = proposals[a];
    const v = values[a];
    const h = hours[a];
    let b = a - 1;
    while (b >= 0 && proposals[b] > p) {
      proposals[b + 1] = proposals[b];
      values[b + 1] = values[b];
      hours[b + 1] = hours[b];
      b--;
    }
    proposals[b + 1] = p;
    values[b + 1] = v;
    hours[b + 1] = h;
  }
  return { proposals, values, hours };
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

  // People as integers: voters first (0 … V−1, in dataset order), then other authors and commenters.
  const personOf = new Map<string, number>(data.voters.map((v, n) => [v.userId, n]));
  const person = (userId: string): number => {
    let n = personOf.get(userId);
    if (n === undefined) {
      n = personOf.size;
      personOf.set(userId, n);
    }
    return n;
  };
  // Days as integers, in order of appearance, with what happened on each.
  const dayVotes: number[] = [];
  const dayPeople: number[] = [];
  const dayMarker: number[] = [];
  const dayProposals: string[][] = [];
  const dayComments: string[][] = [];
  const dayNames: string[] = [];
  const dayOfName = new Map<string, number>();
  const dayOfHour = new Map<number, number>();
  const day = (epochHour: number): number => {
    let d = dayOfHour.get(epochHour);
    if (d === undefined) {
      const name = days.ofHour(epochHour);
      d = dayOfName.get(name);
      if (d === undefined) {
        d = dayNames.length;
        dayNames.push(name);
        dayOfName.set(name, d);
        dayVotes.push(0);
        dayPeople.push(0);
        dayMarker.push(-1);
        dayProposals.push([]);
        dayComments.push([]);
      }
      dayOfHour.set(epochHour, d);
    }
    return d;
  };
  const hourOf = (iso: string) => Math.floor(Date.parse(iso) / 3_600_000);

  // Buckets of the territory breakdown (the territory each proposal names, or none), and debates.
  const bucketIds: (string | null)[] = [];
  const bucketOfTerritory = new Map<string | null, number>();
  const bucketOf = Int32Array.from(proposals, (p) => {
    let b = bucketOfTerritory.get(p.territoryId);
    if (b === undefined) {
      b = bucketIds.length;
      bucketIds.push(p.territoryId);
      bucketOfTerritory.set(p.territoryId, b);
    }
    return b;
  });
  const debateIds = [...new Set([...data.debates.map((d) => d.id), ...proposals.map((p) => p.debateId), ...data.comments.map((c) => c.debateId)])];
  const debateIndex = new Map(debateIds.map((id, i) => [id, i]));
  const debateOf = Int32Array.from(proposals, (p) => debateIndex.get(p.debateId)!);

  // Proposals and comments as events of their author, visited with the author's votes.
  const events = new Map<number, { day: number; bucket: number; debate: number }[]>();
  const addEvent = (n: number, e: { day: number; bucket: number; debate: number }) => {
    const list = events.get(n);
    if (list) list.push(e);
    else events.set(n, [e]);
  };
  const counts = proposals.map(() => ({ for: 0, against: 0, neutral: 0, comments: 0 }));
  const authorIds = new Set<string>();
  const perDebate = debateIds.map(() => ({ people: 0, proposals: 0, comments: 0, votes: 0 }));
  proposals.forEach((p, j) => {
    authorIds.add(p.authorId);
    const d = day(hourOf(p.createdAt));
    dayProposals[d].push(p.id);
    perDebate[debateOf[j]].proposals += 1;
    addEvent(person(p.authorId), { day: d, bucket: bucketOf[j], debate: debateOf[j] });
  });
  const commenterIds = new Set<string>();
  for (const c of data.comments) {
    commenterIds.add(c.authorId);
    const d = day(hourOf(c.createdAt));
    dayComments[d].push(c.id);
    const j = c.proposalId === null ? undefined : index.get(c.proposalId);
    if (j !== undefined) counts[j].comments += 1;
    const debate = debateIndex.get(c.debateId)!;
    perDebate[debate].comments += 1;
    addEvent(person(c.authorId), { day: d, bucket: j === undefined ? -1 : bucketOf[j], debate });
  }

  // One pass over people: a marker per day, bucket and debate says whether this person is counted there yet.
  const bucketVotes = new Int32Array(bucketIds.length);
  const bucketPeople = new Int32Array(bucketIds.length);
  const bucketMarker = new Int32Array(bucketIds.length).fill(-1);
  const debateMarker = new Int32Array(debateIds.length).fill(-1);
  const visit = (n: number, d: number, bucket: number, debate: number) => {
    if (dayMarker[d] !== n) {
      dayMarker[d] = n;
      dayPeople[d] += 1;
    }
    if (bucket >= 0 && bucketMarker[bucket] !== n) {
      bucketMarker[bucket] = n;
      bucketPeople[bucket] += 1;
    }
    if (debateMarker[debate] !== n) {
      debateMarker[debate] = n;
      perDebate[debate].people += 1;
    }
  };
  const people = personOf.size;
  for (let n = 0; n < people; n++) {
    const v = votes[n];
    if (v) {
      let lastHour = Number.NaN;
      let d = -1;
      for (let t = 0; t < v.proposals.length; t++) {
        const j = v.proposals[t];
        const c = counts[j];
        if (v.values[t] > 0) c.for += 1;
        else if (v.values[t] < 0) c.against += 1;
        else c.neutral += 1;
        if (v.hours[t] !== lastHour) {
          lastHour = v.hours[t];
          d = day(lastHour);
        }
        dayVotes[d] += 1;
        bucketVotes[bucketOf[j]] += 1;
        perDebate[debateOf[j]].votes += 1;
        visit(n, d, bucketOf[j], debateOf[j]);
      }
    }
    for (const e of events.get(n) ?? []) visit(n, e.day, e.bucket, e.debate);
  }

  const order = dayNames.map((_, d) => d).sort((a, b) => (dayNames[a] < dayNames[b] ? -1 : 1));
  const timelineDays: TimelineDayResponse[] =
    order.length === 0
      ? []
      : daysBetween(dayNames[order[0]], dayNames[order[order.length - 1]]).map((date) => {
          const d = dayOfName.get(date);
          return d === undefined
            ? { date, proposals: 0, comments: 0, votes: 0, participants: 0, proposalIds: [], commentIds: [] }
            : { date, proposals: dayProposals[d].length, comments: dayComments[d].length, votes: dayVotes[d], participants: dayPeople[d], proposalIds: dayProposals[d], commentIds: dayComments[d] };
        });

  const byTerritory: TerritoryBreakdownResponse[] = bucketIds.map((territoryId, b) => {
    const members = proposals.flatMap((p, j) => (bucketOf[j] === b ? [j] : []));
    return {
      territoryId,
      name: territoryId === null ? null : (territoryOf.get(territoryId)?.name ?? null),
      kind: territoryId === null ? null : (territoryOf.get(territoryId)?.kind ?? null),
      proposals: members.length,
      comments: members.reduce((sum, j) => sum + counts[j].comments, 0),
      votes: bucketVotes[b],
      participants: bucketPeople[b],
      proposalIds: members.map((j) => proposals[j].id),
    };
  });
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
    participants: { count: people, authors: authorIds.size, commenters: commenterIds.size, voters: data.voters.length },
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
    perDebate: Object.fromEntries(debateIds.map((id, i) => [id, { participants: perDebate[i].people, proposals: perDebate[i].proposals, comments: perDebate[i].comments, votes: perDebate[i].votes }])),
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
  const numbers = participantNumbers(data);
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
          participant: numbers[voter],
          x: round(result.positions.x[r]),
          y: round(result.positions.y[r]),
          group: result.assignment[r],
        }))
      : [],
  };
}
