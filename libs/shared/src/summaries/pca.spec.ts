import { centreColumns, columnMeans, principalComponents, project, sparseMatrix, symmetricEigen2 } from './pca';

describe('principal components', () => {
  it('two identical proposals: one component along (1, 1)/√2 explains everything', () => {
    const m = centreColumns(sparseMatrix(2, [
      { cols: [0, 1], values: [1, 1] },
      { cols: [0, 1], values: [1, 1] },
      { cols: [0, 1], values: [-1, -1] },
      { cols: [0, 1], values: [-1, -1] },
    ]));
    const c = principalComponents(m, 1);
    expect(c.vectors[0][0]).toBeCloseTo(Math.SQRT1_2, 8);
    expect(c.vectors[0][1]).toBeCloseTo(Math.SQRT1_2, 8);
    expect(c.eigenvalues[0]).toBeCloseTo(8, 8);
    expect(c.varianceExplained[0]).toBeCloseTo(1, 8);
    expect(c.varianceExplained[1]).toBeCloseTo(0, 8);
    expect(Array.from(project(m, c.vectors)[0])).toEqual([expect.closeTo(Math.SQRT2, 8), expect.closeTo(Math.SQRT2, 8), expect.closeTo(-Math.SQRT2, 8), expect.closeTo(-Math.SQRT2, 8)]);
  });

  it('a missing vote counts as the column mean (worked by hand)', () => {
    // Votes: [1, ·], [−1, 1], [1, −1]. Means: 1/3 and 0. Centred: [2/3, 0], [−4/3, 1], [2/3, −1].
    // XᵀX = [[8/3, −2], [−2, 2]]: λ = 7/3 ± √37/3 = 4.360921, 0.305745; total 14/3.
    const raw = sparseMatrix(2, [{ cols: [0], values: [1] }, { cols: [0, 1], values: [-1, 1] }, { cols: [0, 1], values: [1, -1] }]);
    expect(Array.from(columnMeans(raw))).toEqual([expect.closeTo(1 / 3, 12), 0]);
    const m = centreColumns(raw);
    expect(Array.from(m.value)).toEqual([2 / 3, -4 / 3, 1, 2 / 3, -1].map((v) => expect.closeTo(v, 12)));
    const c = principalComponents(m, 7);
    expect(c.eigenvalues[0]).toBeCloseTo(4.360921, 5);
    expect(c.eigenvalues[1]).toBeCloseTo(0.305745, 5);
    expect(c.varianceExplained[0]).toBeCloseTo(4.360921 / (14 / 3), 5);
    // Eigenvector (λ1 − 2, −2) normalised: (0.763019, −0.646375); the largest value is made positive.
    expect(c.vectors[0][0]).toBeCloseTo(0.763019, 5);
    expect(c.vectors[0][1]).toBeCloseTo(-0.646375, 5);
  });

  it('does not depend on the seed beyond rounding', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ cols: [0, 1, 2, 3], values: [i % 2 ? 1 : -1, i % 3 ? 1 : 0, i % 5 ? -1 : 1, (i * 7) % 3 - 1] }));
    const m = centreColumns(sparseMatrix(4, rows));
    const a = principalComponents(m, 1);
    const b = principalComponents(m, 99);
    for (let k = 0; k < 2; k++) for (let j = 0; j < 4; j++) expect(a.vectors[k][j]).toBeCloseTo(b.vectors[k][j], 6);
  });

  it('2 × 2 symmetric eigen-decomposition', () => {
    const e = symmetricEigen2(2, 1, 2);
    expect(e.values).toEqual([expect.closeTo(3, 12), expect.closeTo(1, 12)]);
    expect(Math.abs(e.vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 12);
  });
});
