import { Random, sampleIndices } from './random';

/** Points on the plane, as two coordinate arrays of the same length. */
export interface Points {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

export interface Clustering {
  k: number;
  /** Cluster of each point, 0 … k−1. */
  assignment: Int32Array;
  centroids: { x: number; y: number }[];
  /** Sum of squared distances from each point to its centroid. */
  inertia: number;
}

function squaredDistance(p: Points, i: number, cx: number, cy: number): number {
  const dx = p.x[i] - cx;
  const dy = p.y[i] - cy;
  return dx * dx + dy * dy;
}

/** Number of distinct points (k-means cannot make more clusters than this). */
export function distinctPointCount(p: Points): number {
  const seen = new Set<string>();
  for (let i = 0; i < p.x.length; i++) seen.add(`${p.x[i]},${p.y[i]}`);
  return seen.size;
}

/** k-means++ start: the first centre at random, each next one drawn with probability ∝ squared distance. */
function kMeansPlusPlus(p: Points, k: number, random: Random): { x: number; y: number }[] {
  const n = p.x.length;
  const first = Math.floor(random() * n);
  const centres = [{ x: p.x[first], y: p.y[first] }];
  const nearest = Float64Array.from({ length: n }, (_, i) => squaredDistance(p, i, centres[0].x, centres[0].y));
  while (centres.length < k) {
    const total = nearest.reduce((s, d) => s + d, 0);
    let chosen = n - 1;
    if (total > 0) {
      let target = random() * total;
      for (let i = 0; i < n; i++) {
        target -= nearest[i];
        if (target < 0) {
          chosen = i;
          break;
        }
      }
    } else {
      chosen = Math.floor(random() * n);
    }
    const c = { x: p.x[chosen], y: p.y[chosen] };
    centres.push(c);
    for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i], squaredDistance(p, i, c.x, c.y));
  }
  return centres;
}

/** Lloyd's iterations from one start, until no point changes cluster. */
function lloyd(p: Points, start: { x: number; y: number }[], maxIterations: number): Clustering {
  const n = p.x.length;
  const k = start.length;
  const centroids = start.map((c) => ({ ...c }));
  const assignment = new Int32Array(n).fill(-1);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < k; c++) {
        const d = squaredDistance(p, i, centroids[c].x, centroids[c].y);
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      if (assignment[i] !== best) {
        assignment[i] = best;
        changed = true;
      }
    }
    const sx = new Float64Array(k);
    const sy = new Float64Array(k);
    const count = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      sx[assignment[i]] += p.x[i];
      sy[assignment[i]] += p.y[i];
      count[assignment[i]] += 1;
    }
    for (let c = 0; c < k; c++) {
      if (count[c] > 0) {
        centroids[c] = { x: sx[c] / count[c], y: sy[c] / count[c] };
        continue;
      }
      // An empty cluster takes the point farthest from its centroid.
      let far = 0;
      let farDistance = -1;
      for (let i = 0; i < n; i++) {
        const d = squaredDistance(p, i, centroids[assignment[i]].x, centroids[assignment[i]].y);
        if (d > farDistance) {
          farDistance = d;
          far = i;
        }
      }
      centroids[c] = { x: p.x[far], y: p.y[far] };
      changed = true;
    }
    if (!changed) break;
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += squaredDistance(p, i, centroids[assignment[i]].x, centroids[assignment[i]].y);
  return { k, assignment, centroids, inertia };
}

/**
 * k-means with seeded k-means++ starts: `restarts` runs, the one with the least inertia wins.
 * Clusters are then numbered by decreasing size (ties: smaller x, then smaller y), so the same
 * data always gives the same numbering.
 */
export function kMeans(p: Points, k: number, random: Random, restarts = 8, maxIterations = 300): Clustering {
  let best: Clustering | null = null;
  for (let r = 0; r < restarts; r++) {
    const run = lloyd(p, kMeansPlusPlus(p, k, random), maxIterations);
    if (!best || run.inertia < best.inertia - 1e-12) best = run;
  }
  return renumber(best!);
}

function renumber(c: Clustering): Clustering {
  const sizes = new Int32Array(c.k);
  for (const a of c.assignment) sizes[a] += 1;
  const order = Array.from({ length: c.k }, (_, i) => i).sort(
    (a, b) => sizes[b] - sizes[a] || c.centroids[a].x - c.centroids[b].x || c.centroids[a].y - c.centroids[b].y,
  );
  const newIndex = new Int32Array(c.k);
  order.forEach((old, i) => (newIndex[old] = i));
  return { k: c.k, assignment: c.assignment.map((a) => newIndex[a]), centroids: order.map((old) => c.centroids[old]), inertia: c.inertia };
}

/**
 * Mean silhouette of a clustering: for each point, (b − a) / max(a, b), where a is its mean
 * distance to the rest of its cluster and b the smallest mean distance to another cluster
 * (0 for a point alone in its cluster). Above `sampleSize` points it is computed on a sample
 * drawn with `random` (distances within the sample), as scikit-learn's sample_size does.
 */
export function silhouette(p: Points, assignment: ArrayLike<number>, k: number, random: Random, sampleSize = 2000): number {
  const sample = sampleIndices(p.x.length, sampleSize, random);
  const m = sample.length;
  const clusterSize = new Int32Array(k);
  for (const i of sample) clusterSize[assignment[i]] += 1;
  let total = 0;
  const sums = new Float64Array(k);
  for (const i of sample) {
    sums.fill(0);
    for (const j of sample) {
      if (i === j) continue;
      sums[assignment[j]] += Math.sqrt(squaredDistance(p, i, p.x[j], p.y[j]));
    }
    const own = assignment[i];
    if (clusterSize[own] <= 1) continue;
    const a = sums[own] / (clusterSize[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && clusterSize[c] > 0) b = Math.min(b, sums[c] / clusterSize[c]);
    if (!Number.isFinite(b)) continue;
    const denominator = Math.max(a, b);
    total += denominator > 0 ? (b - a) / denominator : 0;
  }
  return m > 0 ? total / m : 0;
}
