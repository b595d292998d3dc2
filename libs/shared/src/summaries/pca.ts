import { seededRandom } from './random';

/**
 * Principal components of a participants × proposals vote matrix, as Pol.is computes them:
 * each column is centred on the mean of the votes it received, then missing votes count as 0
 * (that is, as the column mean); the components are found by power (subspace) iteration on the
 * centred matrix, so the dense matrix is never built: only the votes cast are stored.
 */
export interface SparseMatrix {
  rows: number;
  cols: number;
  /** Row r's entries are at [rowStart[r], rowStart[r + 1]). */
  rowStart: Int32Array;
  col: Int32Array;
  value: Float64Array;
}

/** Builds the matrix from one list of (column, value) pairs per row. */
export function sparseMatrix(cols: number, rows: readonly { cols: ArrayLike<number>; values: ArrayLike<number> }[]): SparseMatrix {
  const rowStart = new Int32Array(rows.length + 1);
  for (let r = 0; r < rows.length; r++) rowStart[r + 1] = rowStart[r] + rows[r].cols.length;
  const col = new Int32Array(rowStart[rows.length]);
  const value = new Float64Array(rowStart[rows.length]);
  rows.forEach((row, r) => {
    for (let k = 0; k < row.cols.length; k++) {
      col[rowStart[r] + k] = row.cols[k];
      value[rowStart[r] + k] = row.values[k];
    }
  });
  return { rows: rows.length, cols, rowStart, col, value };
}

/** Mean of each column over the entries present (0 for a column without any). */
export function columnMeans(m: SparseMatrix): Float64Array {
  const sum = new Float64Array(m.cols);
  const count = new Float64Array(m.cols);
  for (let k = 0; k < m.col.length; k++) {
    sum[m.col[k]] += m.value[k];
    count[m.col[k]] += 1;
  }
  return sum.map((s, j) => (count[j] > 0 ? s / count[j] : 0));
}

/** The same matrix with each present entry minus its column mean (missing entries stay 0). */
export function centreColumns(m: SparseMatrix): SparseMatrix {
  const means = columnMeans(m);
  const value = new Float64Array(m.value.length);
  for (let k = 0; k < m.value.length; k++) value[k] = m.value[k] - means[m.col[k]];
  return { ...m, value };
}

/** out = X v (one value per row). */
function timesVector(m: SparseMatrix, v: Float64Array, out: Float64Array): void {
  const { rows, rowStart, col, value } = m;
  for (let r = 0; r < rows; r++) {
    let s = 0;
    const end = rowStart[r + 1];
    for (let k = rowStart[r]; k < end; k++) s += value[k] * v[col[k]];
    out[r] = s;
  }
}

/** out = Xᵀ y (one value per column). */
function transposeTimesVector(m: SparseMatrix, y: Float64Array, out: Float64Array): void {
  const { rows, rowStart, col, value } = m;
  out.fill(0);
  for (let r = 0; r < rows; r++) {
    const yr = y[r];
    if (yr === 0) continue;
    const end = rowStart[r + 1];
    for (let k = rowStart[r]; k < end; k++) out[col[k]] += value[k] * yr;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Gram-Schmidt in place; a vector that vanishes is replaced by zeros. */
function orthonormalise(vectors: Float64Array[]): void {
  for (let i = 0; i < vectors.length; i++) {
    for (let j = 0; j < i; j++) {
      const d = dot(vectors[i], vectors[j]);
      for (let k = 0; k < vectors[i].length; k++) vectors[i][k] -= d * vectors[j][k];
    }
    const norm = Math.sqrt(dot(vectors[i], vectors[i]));
    if (norm > 1e-12) for (let k = 0; k < vectors[i].length; k++) vectors[i][k] /= norm;
    else vectors[i].fill(0);
  }
}

/** Eigen-decomposition of a symmetric 2 × 2 matrix [[a, b], [b, d]]: values descending, unit vectors. */
export function symmetricEigen2(a: number, b: number, d: number): { values: [number, number]; vectors: [[number, number], [number, number]] } {
  const mean = (a + d) / 2;
  const radius = Math.hypot((a - d) / 2, b);
  const l1 = mean + radius;
  const l2 = mean - radius;
  if (Math.abs(b) < 1e-15 * Math.max(1, Math.abs(a), Math.abs(d))) {
    return a >= d ? { values: [a, d], vectors: [[1, 0], [0, 1]] } : { values: [d, a], vectors: [[0, 1], [1, 0]] };
  }
  const v1x = l1 - d;
  const v1y = b;
  const n1 = Math.hypot(v1x, v1y);
  const u1: [number, number] = [v1x / n1, v1y / n1];
  return { values: [l1, l2], vectors: [u1, [-u1[1], u1[0]]] };
}

export interface Components {
  /** Unit vectors, one value per column (proposal); sign fixed so that the largest value is positive. */
  vectors: Float64Array[];
  /** Eigenvalues of XᵀX (sums of squared projections). */
  eigenvalues: number[];
  /** Share of the total variance each component explains, in [0, 1]. */
  varianceExplained: number[];
  iterations: number;
}

/**
 * The first two principal components of an already centred matrix, by subspace iteration with
 * Rayleigh-Ritz: each step multiplies two vectors by XᵀX, rotates them to the best pair inside
 * the plane they span, and stops when both are eigenvectors to 1e-9. Deterministic: the start
 * vectors come from `seed`.
 */
export function principalComponents(m: SparseMatrix, seed: number, count = 2, maxIterations = 1000, tolerance = 1e-9): Components {
  const random = seededRandom(seed);
  const k = Math.min(count, m.cols);
  let vectors: Float64Array[] = Array.from({ length: k }, () => Float64Array.from({ length: m.cols }, () => random() - 0.5));
  orthonormalise(vectors);
  const y = new Float64Array(m.rows);
  let total = 0;
  for (let i = 0; i < m.value.length; i++) total += m.value[i] * m.value[i];
  let iterations = 0;
  for (; iterations < maxIterations && total > 0; iterations++) {
    const images = vectors.map((v) => {
      const w = new Float64Array(m.cols);
      timesVector(m, v, y);
      transposeTimesVector(m, y, w);
      return w;
    });
    let rotated: Float64Array[];
    let ritzImages: Float64Array[];
    let eigenvalues: number[];
    if (k === 2) {
      // B = Vᵀ C V, and its eigenvectors rotate both V and C V.
      const e = symmetricEigen2(dot(vectors[0], images[0]), (dot(vectors[0], images[1]) + dot(vectors[1], images[0])) / 2, dot(vectors[1], images[1]));
      const combine = (pair: Float64Array[], q: [number, number]) => pair[0].map((x, i) => q[0] * x + q[1] * pair[1][i]);
      rotated = e.vectors.map((q) => combine(vectors, q));
      ritzImages = e.vectors.map((q) => combine(images, q));
      eigenvalues = [...e.values];
    } else {
      rotated = vectors;
      ritzImages = images;
      eigenvalues = vectors.map((v, i) => dot(v, images[i]));
    }
    const scale = Math.max(eigenvalues[0], 1e-300);
    let residual = 0;
    for (let i = 0; i < k; i++) {
      let squares = 0;
      for (let j = 0; j < m.cols; j++) squares += (ritzImages[i][j] - eigenvalues[i] * rotated[i][j]) ** 2;
      residual = Math.max(residual, Math.sqrt(squares) / scale);
    }
    vectors = ritzImages.map((w) => Float64Array.from(w));
    orthonormalise(vectors);
    if (residual < tolerance) {
      vectors = rotated;
      orthonormalise(vectors);
      break;
    }
  }
  for (const v of vectors) {
    let largest = 0;
    for (let j = 1; j < v.length; j++) if (Math.abs(v[j]) > Math.abs(v[largest]) + 1e-12) largest = j;
    if (v[largest] < 0) for (let j = 0; j < v.length; j++) v[j] = -v[j];
  }
  const finalValues = vectors.map((v) => {
    timesVector(m, v, y);
    return dot(y, y);
  });
  return { vectors, eigenvalues: finalValues, varianceExplained: finalValues.map((l) => (total > 0 ? l / total : 0)), iterations };
}

/** Each row's coordinates on the components: X v. */
export function project(m: SparseMatrix, components: readonly Float64Array[]): Float64Array[] {
  return components.map((v) => {
    const out = new Float64Array(m.rows);
    timesVector(m, v, out);
    return out;
  });
}
