import { kMeans, silhouette } from './kmeans';
import { seededRandom } from './random';

describe('k-means and silhouette', () => {
  it('separates two obvious clusters, numbered by size then by x', () => {
    const points = { x: [10, 0, 0, 1, 10, 11, 20], y: [10, 0, 1, 0, 11, 10, 20] };
    const c = kMeans(points, 2, seededRandom(1));
    // {(0,0), (0,1), (1,0)} and {(10,10), (10,11), (11,10), (20,20)}: the larger cluster is numbered 0.
    expect(Array.from(c.assignment)).toEqual([0, 1, 1, 1, 0, 0, 0]);
    expect(c.centroids[1]).toEqual({ x: 1 / 3, y: 1 / 3 });
  });

  it('is deterministic for a seed', () => {
    const random = seededRandom(5);
    const points = { x: Array.from({ length: 200 }, () => random()), y: Array.from({ length: 200 }, () => random()) };
    expect(kMeans(points, 4, seededRandom(3))).toEqual(kMeans(points, 4, seededRandom(3)));
  });

  it('silhouette worked by hand: 0, 1 | 10, 11 on a line', () => {
    // Point 0: a = 1, b = (10 + 11) / 2 = 10.5, s = 9.5 / 10.5; point 1: a = 1, b = 9.5, s = 8.5 / 9.5; symmetric for 10 and 11.
    const s = silhouette({ x: [0, 1, 10, 11], y: [0, 0, 0, 0] }, [0, 0, 1, 1], 2, seededRandom(1));
    expect(s).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 10);
  });

  it('a point alone in its cluster scores 0', () => {
    const s = silhouette({ x: [0, 1, 10], y: [0, 0, 0] }, [0, 0, 1], 2, seededRandom(1));
    // Point 0: a = 1, b = 10, s = 0.9; point 1: a = 1, b = 9, s = 8/9; point 10: 0.
    expect(s).toBeCloseTo((0.9 + 8 / 9) / 3, 10);
  });
});
