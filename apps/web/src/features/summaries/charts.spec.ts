import { barPercent, groupShape, niceMax, percent, scatterScale, shapePath, shortId, verticalBars } from './charts';

describe('niceMax', () => {
  it('rounds up to a round step times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 19, 21, 49, 51, 240, 999, 1001].map(niceMax)).toEqual([1, 1, 3, 8, 10, 15, 20, 25, 50, 60, 250, 1000, 1500]);
  });

  it('handles fractions and nonsense', () => {
    expect(niceMax(0.35)).toBe(0.4);
    expect(niceMax(-4)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
  });
});

describe('verticalBars', () => {
  it('scales bars to the round maximum, bottom-aligned, with gaps', () => {
    const { bars, top } = verticalBars([10, 20, 0], 300, 100);
    expect(top).toBe(20);
    expect(bars.map((b) => b.height)).toEqual([50, 100, 0]);
    expect(bars.map((b) => b.y)).toEqual([50, 0, 100]);
    expect(bars[0]!.x).toBeCloseTo(10);
    expect(bars[0]!.width).toBeCloseTo(80);
    expect(bars[2]!.x + bars[2]!.width).toBeCloseTo(290);
  });

  it('never lets a small value vanish, and a single bar fills its slot', () => {
    const { bars } = verticalBars([1, 1000], 100, 100);
    expect(bars[0]!.height).toBe(1);
    const one = verticalBars([7], 50, 10).bars[0]!;
    expect([one.x, one.width, one.height]).toEqual([0, 50, 8.75]);
  });

  it('draws nothing for no data', () => {
    expect(verticalBars([], 100, 100)).toEqual({ bars: [], top: 1 });
  });
});

describe('barPercent', () => {
  it('is the share of the largest value, with a visible minimum', () => {
    expect(barPercent(5, 10)).toBe(50);
    expect(barPercent(10, 10)).toBe(100);
    expect(barPercent(1, 1000)).toBe(1);
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(3, 0)).toBe(0);
  });
});

describe('scatterScale', () => {
  it('keeps one scale on both axes, flips y and centres the narrow axis', () => {
    const points = [
      { x: -1, y: 0 },
      { x: 1, y: 0.5 },
    ];
    const scale = scatterScale(points, 100, 10);
    expect(scale({ x: -1, y: 0 })).toEqual({ x: 10, y: 60 });
    expect(scale({ x: 1, y: 0.5 })).toEqual({ x: 90, y: 40 });
  });

  it('puts a lone point, or points in one place, in the centre', () => {
    expect(scatterScale([{ x: 3, y: 3 }], 100, 10)({ x: 3, y: 3 })).toEqual({ x: 50, y: 50 });
    expect(scatterScale([], 100, 10)({ x: 0, y: 0 })).toEqual({ x: 50, y: 50 });
  });

  it('keeps every point inside the padded square', () => {
    const points = Array.from({ length: 50 }, (_, i) => ({ x: Math.sin(i) * 7, y: Math.cos(i * 3) * 2 }));
    const scale = scatterScale(points, 300, 12);
    for (const p of points.map(scale)) {
      expect(p.x).toBeGreaterThanOrEqual(12 - 1e-6);
      expect(p.x).toBeLessThanOrEqual(288 + 1e-6);
      expect(p.y).toBeGreaterThanOrEqual(12 - 1e-6);
      expect(p.y).toBeLessThanOrEqual(288 + 1e-6);
    }
  });
});

describe('group shapes', () => {
  it('gives each of 5 groups its own shape, none to "no group"', () => {
    expect([0, 1, 2, 3, 4].map(groupShape)).toEqual(['circle', 'square', 'triangle', 'diamond', 'cross']);
    expect(groupShape(-1)).toBeNull();
    expect(groupShape(5)).toBeNull();
  });

  it('draws closed paths around the centre', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond', 'cross'] as const) {
      const d = shapePath(shape, 10, 10, 3);
      expect(d).toMatch(/^M[\d.]+ [\d.]+.*Z$/);
    }
    expect(shapePath('square', 10, 10, 3)).toBe('M7 7h6v6h-6Z');
  });
});

describe('formatting helpers', () => {
  it('rounds shares to whole percents and shortens ids', () => {
    expect(percent(0.7059)).toBe(71);
    expect(shortId('5f1e2d3c-aaaa-4bbb-8ccc-000000000000')).toBe('5f1e2d3c');
  });
});
