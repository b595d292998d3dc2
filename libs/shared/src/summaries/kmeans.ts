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

/** Number of distinct points (k-means cannot make more clusters than this). */
export function distinctPointCount(p: Points): number {
  const seen = new Set<string>();
  for (let i = 0; i < p.x.length; i++) seen.add(`${p.x[i]},${p.y[i]}`);
  return seen.size;
}

/** k-means++ start: the first centre at random, each next one drawn with probability ∝ squared distance. */
function kMeansPlusPlus(x: Float64Array, y: Float64Array, k: number, random: Random): Float64Array {
  const n = x.length;
  const centres = new Float64Array(2 * k);
  const first = Math.floor(random() * n);
  centres[0] = x[first];
  centres[1] = y[first];
  const nearest = new Float64Array(n);
  for (let i = 0; i < n; i++) nearest[i] = (x[i] - centres[0]) ** 2 + (y[i] - centres[1]) ** 2;
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += nearest[i];
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
    const cx = x[chosen];
    const cy = y[chosen];
    centres[2 * c] = cx;
    centres[2 * c + 1] = cy;
    for (let i = 0; i < n; i++) {
      const d = (x[i] - cx) ** 2 + (y[i] - cy) ** 2;
      if (d < nearest[i]) nearest[i] = d;
    }
  }
  return centres;
}

/** Lloyd's iterations from one start, until no point changes cluster. `centres` holds x0, y0, x1, y1… */
function lloyd(x: Float64Array, y: Float64Array, centres: Float64Array, maxIterations: number): Clustering {
  const n = x.length;
  const k = centres.length / 2;
  const assignment = new Int32Array(n).fill(-1);
  const sx = new Float64Array(k);
  const sy = new Float64Array(k);
  const count = new Int32Array(k);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      const xi = x[i];
      const yi = y[i];
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < k; c++) {
        const dx = xi - centres[2 * c];
        const dy = yi - centres[2 * c + 1];
        const d = dx * dx + dy * dy;
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
    sx.fill(0);
    sy.fill(0);
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const a = assignment[i];
      sx[a] += x[i];
      sy[a] += y[i];
      count[a] += 1;
    }
    for (let c = 0; c < k; c++) {
      if (count[c] > 0) {
        centres[2 * c] = sx[c] / count[c];
        centres[2 * c + 1] = sy[c] / count[c];
        continue;
      }
      // An empty cluster takes the point farthest from its centroid.
      let far = 0;
      let farDistance = -1;
      for (let i = 0; i < n; i++) {
        const a = assignment[i];
        const d = (x[i] - centres[2 * a]) ** 2 + (y[i] - centres[2 * a + 1]) ** 2;
        if (d > farDistance) {
          farDistance = d;
          far = i;
        }
      }
      centres[2 * c] = x[far];
      centres[2 * c + 1] = y[far];
      changed = true;
    }
    if (!changed) break;
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const a = assignment[i];
    inertia += (x[i] - centres[2 * a]) ** 2 + (y[i] - centres[2 * a + 1]) ** 2;
  }
  const centroids = Array.from({ length: k }, (_, c) => ({ x: centres[2 * c], y: centres[2 * c + 1] }));
  return { k, assignment, centroids, inertia };
}

/**
 * k-means with seeded k-means++ starts: `restarts` runs, the one with the least inertia wins.
 * Clusters are then numbered by decreasing size (ties: smaller x, then smaller y), so the same
 * data always gives the same numbering.
 */
export function kMeans(p: Points, k: number, random: Random, restarts = 8, maxIterations = 300): Clustering {
  const x = Float64Array.from(p.x);
  const y = Float64Array.from(p.y);
  let best: Clustering | null = null;
  for (let r = 0; r < restarts; r++) {
    const run = lloyd(x, y, kMeansPlusPlus(x, y, k, random), maxIterations);
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
 * Mean silhouette of clusterings of the same points: for each point, (b − a) / max(a, b), where
 * a is its mean distance to the rest of its cluster and b the smallest mean distance to another
 * cluster (0 for a point alone in its cluster). Above `sampleSize` points it is computed on a
 * sample drawn once with `random` (distances within the sample), as scikit-learn's sample_size
 * does. The sample's distances are computed once and serve every clustering scored.
 */
export function silhouetteScorer(p: Points, random: Random, sampleSize = 2000): (assignment: ArrayLike<number>, k: number) => number {
  const sample = sampleIndices(p.x.length, sampleSize, random);
  const m = sample.length;
  const distance = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    const xa = p.x[sample[a]];
    const ya = p.y[sample[a]];
    for (let b = a + 1; b < m; b++) {
      const d = Math.sqrt((xa - p.x[sample[b]]) ** 2 + (ya - p.y[sample[b]]) ** 2);
      distance[a * m + b] = d;
      distance[b * m + a] = d;
    }
  }
  return (assignment, k) => {
    const cluster = Int32Array.from(sample, (i) => assignment[i]);
    const clusterSize = new Int32Array(k);
    for (const c of cluster) clusterSize[c] += 1;
    const sums = new Float64Array(k);
    let total = 0;
    for (let a = 0; a < m; a++) {
      sums.fill(0);
      const row = a * m;
      for (let b = 0; b < m; b++) sums[cluster[b]] += distance[row + b];
      const own = cluster[a];
      if (clusterSize[own] <= 1) continue;
      const within = sums[own] / (clusterSize[own] - 1);
      let nearest = Infinity;
      for (let c = 0; c < k; c++) if (c !== own && clusterSize[c] > 0) nearest = Math.min(nearest, sums[c] / clusterSize[c]);
      if (!Number.isFinite(nearest)) continue;
      const denominator = Math.max(within, nearest);
      total += denominator > 0 ? (nearest - within) / denominator : 0;
    }
    return m > 0 ? total / m : 0;
  };
}

/** The silhouette of one clustering (see silhouetteScorer). */
export function silhouette(p: Points, assignment: ArrayLike<number>, k: number, random: Random, sampleSize = 2000): number {
  return silhouetteScorer(p, random, sampleSize)(assignment, k);
}
