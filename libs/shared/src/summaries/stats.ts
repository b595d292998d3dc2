/**
 * Statistics of the brief, framework-free. Each function is small enough to check by hand;
 * stats.spec.ts has the worked values.
 */

/** z for a two-sided 95 % confidence interval. */
export const Z_95 = 1.959964;

/**
 * Lower bound of the Wilson score interval for a proportion of `positive` out of `total`:
 * how large the true share of "for" is, at least, given how many people voted. A proposal with
 * 9 "for" out of 10 ranks below one with 90 out of 100. Zero when nobody voted.
 */
export function wilsonLowerBound(positive: number, total: number, z = Z_95): number {
  if (total <= 0) return 0;
  const p = positive / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const margin = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return Math.max(0, (centre - margin) / (1 + z2 / total));
}

/**
 * How divisive a proposal is: the number of for and against votes, weighted by how balanced they
 * are (1 when equal, 0 when one side is empty). The same formula as the "controversial" order of
 * proposal lists (the proposals.controversy column), so the brief and the lists agree.
 */
export function controversy(votesFor: number, votesAgainst: number): number {
  return ((votesFor + votesAgainst) * Math.min(votesFor, votesAgainst)) / Math.max(votesFor, votesAgainst, 1);
}

/** z above which a one-sided test is significant at 90 % (Pol.is). */
export const Z_90 = 1.2816;

/**
 * Is the share `successes / trials` significantly above one half? Pol.is's one-proportion test,
 * with one pseudo-count added to each number: 2·√(n+1)·((s+1)/(n+1) − ½).
 */
export function proportionZ(successes: number, trials: number): number {
  return 2 * Math.sqrt(trials + 1) * ((successes + 1) / (trials + 1) - 0.5);
}

/**
 * Two-proportion z test (pooled variance) of `successesIn / trialsIn` against
 * `successesOut / trialsOut`, with one pseudo-count added to each of the four numbers as Pol.is
 * does (so that empty groups give a finite value). Positive when the first share is larger.
 */
export function twoProportionZ(successesIn: number, trialsIn: number, successesOut: number, trialsOut: number): number {
  const s1 = successesIn + 1;
  const n1 = trialsIn + 1;
  const s2 = successesOut + 1;
  const n2 = trialsOut + 1;
  const p1 = s1 / n1;
  const p2 = s2 / n2;
  const pooled = (s1 + s2) / (n1 + n2);
  if (pooled <= 0 || pooled >= 1) return 0;
  return (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
}

/** Share of agreement with Laplace smoothing, (agree + 1) / (seen + 2): ½ when nobody has seen it. */
export function smoothedAgreement(agree: number, seen: number): number {
  return (agree + 1) / (seen + 2);
}

/**
 * Group-informed consensus (Pol.is): the product over opinion groups of each group's smoothed
 * agreement. High only when every group agrees, whatever the sizes of the groups.
 */
export function groupInformedConsensus(groups: readonly { agree: number; seen: number }[]): number {
  return groups.reduce((product, g) => product * smoothedAgreement(g.agree, g.seen), 1);
}

/** Rounds for display in JSON (fixed number of decimals, no float noise such as 0.30000000000000004). */
export function round(value: number, decimals = 4): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
