import { distinctPointCount, kMeans, silhouetteScorer } from './kmeans';
import { centreColumns, principalComponents, project, sparseMatrix } from './pca';
import { seededRandom, seedFrom } from './random';
import { groupInformedConsensus, proportionZ, smoothedAgreement, twoProportionZ, Z_90 } from './stats';

/**
 * Opinion groups as Pol.is computes them (product.md):
 * 1. who enters: people who voted on at least min(7, number of proposals) proposals;
 * 2. the vote matrix (for = 1, against = −1, neutral = 0), each column centred on the votes it
 *    received, missing votes then 0; two principal components; each person's position scaled
 *    by √(proposals / their votes), as Pol.is does, so that people who voted little are not all
 *    pulled to the centre;
 * 3. k-means for k = 2 … 5 (seeded k-means++), the k with the best silhouette (ties: fewer groups);
 * 4. a proposal represents a group when the group agrees significantly more than the others
 *    (two-proportion test, z > 1.2816) and a majority of the group agrees (one-proportion test,
 *    z > 1.2816), as Pol.is's "agree" representative comments;
 * 5. group-informed consensus of a proposal: the product over groups of (agree + 1) / (seen + 2);
 *    proposals that every group supports are those whose (agree + 1) / (seen + 2) is above one
 *    half in every group, ranked by that product.
 * The same votes always give the same result: every random choice comes from a fixed seed.
 */
export const OPINION_GROUP_RULES = {
  minVotesCap: 7,
  minParticipants: 10,
  minGroups: 2,
  maxGroups: 5,
  significanceZ: Z_90,
  seed: 'participons-opinion-groups',
  silhouetteSampleSize: 2000,
  representativePerGroup: 5,
  consensusCount: 5,
} as const;

/** One voter: the proposals (indices) they voted on and the values (1 for, −1 against, 0 neutral). */
export interface VoterVotes {
  proposals: ArrayLike<number>;
  values: ArrayLike<number>;
}

export interface ProposalGroupStats {
  agree: number;
  disagree: number;
  pass: number;
  seen: number;
}

export interface RepresentativeProposal {
  proposal: number;
  group: ProposalGroupStats;
  others: ProposalGroupStats;
  /** (agree + 1) / (seen + 2) in the group and among the others. */
  agreeRate: number;
  othersAgreeRate: number;
  /** Two-proportion z, the group against the others. */
  z: number;
  /** One-proportion z of the group's agreement against one half. */
  zAgreement: number;
  /** Pol.is's ranking: ratio × z × agreement × zAgreement. */
  score: number;
}

export interface OpinionGroup {
  /** Indices into `analysed` (and so into `positions`). */
  members: number[];
  centroid: { x: number; y: number };
  representative: RepresentativeProposal[];
}

export interface ConsensusProposal {
  proposal: number;
  consensus: number;
  perGroup: (ProposalGroupStats & { agreeRate: number })[];
}

export const OPINION_GROUPS_STATUSES = ['computed', 'not-enough-participants', 'not-enough-proposals', 'no-disagreement'] as const;
export type OpinionGroupsStatus = (typeof OPINION_GROUPS_STATUSES)[number];

export interface OpinionGroupsResult {
  status: OpinionGroupsStatus;
  minVotesPerParticipant: number;
  /** Indices of the voters (input order) who entered the analysis. */
  analysed: number[];
  /** Proposals that received at least one vote from the people analysed. */
  proposalsAnalysed: number;
  varianceExplained: number[];
  /** Each analysed person's position (same order as `analysed`). */
  positions: { x: Float64Array; y: Float64Array };
  /** Group of each analysed person, −1 when no groups were made. */
  assignment: Int32Array;
  silhouetteByK: { k: number; silhouette: number }[];
  silhouette: number | null;
  groups: OpinionGroup[];
  consensus: ConsensusProposal[];
}

export function opinionGroups(proposalCount: number, voters: readonly VoterVotes[], rules = OPINION_GROUP_RULES): OpinionGroupsResult {
  const minVotes = Math.min(rules.minVotesCap, proposalCount);
  const analysed: number[] = [];
  voters.forEach((v, i) => {
    if (v.proposals.length >= minVotes && v.proposals.length > 0) analysed.push(i);
  });
  const empty = (status: OpinionGroupsStatus, proposalsAnalysed = 0, varianceExplained: number[] = []): OpinionGroupsResult => ({
    status,
    minVotesPerParticipant: minVotes,
    analysed,
    proposalsAnalysed,
    varianceExplained,
    positions: { x: new Float64Array(analysed.length), y: new Float64Array(analysed.length) },
    assignment: new Int32Array(analysed.length).fill(-1),
    silhouetteByK: [],
    silhouette: null,
    groups: [],
    consensus: [],
  });
  if (proposalCount < 2) return empty('not-enough-proposals');
  if (analysed.length < rules.minParticipants) return empty('not-enough-participants');

  const rows = analysed.map((i) => ({ cols: voters[i].proposals, values: voters[i].values }));
  const matrix = sparseMatrix(proposalCount, rows);
  const seen = new Uint8Array(proposalCount);
  for (const c of matrix.col) seen[c] = 1;
  const proposalsAnalysed = seen.reduce((s, x) => s + x, 0);
  if (proposalsAnalysed < 2) return empty('not-enough-proposals', proposalsAnalysed);

  const centred = centreColumns(matrix);
  const seed = seedFrom(rules.seed);
  const components = principalComponents(centred, seed, 2);
  const [px, py] = project(centred, components.vectors);
  const x = new Float64Array(analysed.length);
  const y = new Float64Array(analysed.length);
  analysed.forEach((voter, r) => {
    const scale = Math.sqrt(proposalsAnalysed / Math.max(voters[voter].proposals.length, 1));
    x[r] = px[r] * scale;
    y[r] = (py?.[r] ?? 0) * scale;
  });
  const positions = { x, y };
  const distinct = distinctPointCount(positions);
  if (distinct < 3) return { ...empty('no-disagreement', proposalsAnalysed, components.varianceExplained), positions };

  const random = seededRandom(seed);
  const score = silhouetteScorer(positions, seededRandom(seed + 1), rules.silhouetteSampleSize);
  const candidates: { k: number; silhouette: number; assignment: Int32Array; centroids: { x: number; y: number }[] }[] = [];
  for (let k = rules.minGroups; k <= Math.min(rules.maxGroups, distinct - 1); k++) {
    const clustering = kMeans(positions, k, random);
    candidates.push({ k, silhouette: score(clustering.assignment, k), assignment: clustering.assignment, centroids: clustering.centroids });
  }
  const chosen = candidates.reduce((best, c) => (c.silhouette > best.silhouette + 1e-9 ? c : best));

  // Votes per group and proposal.
  const k = chosen.k;
  const stats = Array.from({ length: k }, () => Array.from({ length: proposalCount }, () => ({ agree: 0, disagree: 0, pass: 0, seen: 0 })));
  analysed.forEach((voter, r) => {
    const g = chosen.assignment[r];
    const v = voters[voter];
    for (let t = 0; t < v.proposals.length; t++) {
      const s = stats[g][v.proposals[t]];
      s.seen += 1;
      if (v.values[t] > 0) s.agree += 1;
      else if (v.values[t] < 0) s.disagree += 1;
      else s.pass += 1;
    }
  });
  const totals = Array.from({ length: proposalCount }, (_, j) =>
    stats.reduce((acc, g) => ({ agree: acc.agree + g[j].agree, disagree: acc.disagree + g[j].disagree, pass: acc.pass + g[j].pass, seen: acc.seen + g[j].seen }), { agree: 0, disagree: 0, pass: 0, seen: 0 }),
  );

  const groups: OpinionGroup[] = Array.from({ length: k }, (_, g) => {
    const members: number[] = [];
    chosen.assignment.forEach((a, r) => a === g && members.push(r));
    const representative: RepresentativeProposal[] = [];
    for (let j = 0; j < proposalCount; j++) {
      const group = stats[g][j];
      if (group.seen === 0) continue;
      const others = { agree: totals[j].agree - group.agree, disagree: totals[j].disagree - group.disagree, pass: totals[j].pass - group.pass, seen: totals[j].seen - group.seen };
      const agreeRate = smoothedAgreement(group.agree, group.seen);
      const othersAgreeRate = smoothedAgreement(others.agree, others.seen);
      const z = twoProportionZ(group.agree, group.seen, others.agree, others.seen);
      const zAgreement = proportionZ(group.agree, group.seen);
      if (z > rules.significanceZ && zAgreement > rules.significanceZ) {
        representative.push({ proposal: j, group, others, agreeRate, othersAgreeRate, z, zAgreement, score: (agreeRate / othersAgreeRate) * z * agreeRate * zAgreement });
      }
    }
    representative.sort((a, b) => b.score - a.score || a.proposal - b.proposal);
    return { members, centroid: chosen.centroids[g], representative: representative.slice(0, rules.representativePerGroup) };
  });

  const consensus: ConsensusProposal[] = [];
  for (let j = 0; j < proposalCount; j++) {
    const perGroup = stats.map((g) => ({ ...g[j], agreeRate: smoothedAgreement(g[j].agree, g[j].seen) }));
    if (perGroup.some((g) => g.seen === 0 || g.agreeRate <= 0.5)) continue;
    consensus.push({ proposal: j, consensus: groupInformedConsensus(perGroup), perGroup });
  }
  consensus.sort((a, b) => b.consensus - a.consensus || a.proposal - b.proposal);

  return {
    status: 'computed',
    minVotesPerParticipant: minVotes,
    analysed,
    proposalsAnalysed,
    varianceExplained: components.varianceExplained,
    positions,
    assignment: chosen.assignment,
    silhouetteByK: candidates.map((c) => ({ k: c.k, silhouette: c.silhouette })),
    silhouette: chosen.silhouette,
    groups,
    consensus: consensus.slice(0, rules.consensusCount),
  };
}
