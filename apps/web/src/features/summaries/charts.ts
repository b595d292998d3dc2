/**
 * The geometry of the hand-drawn SVG charts: pure functions, tested on their own
 * (charts.spec.ts). No chart library: a few rectangles and shapes are enough.
 */

/** The smallest "round" number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k) at or above `max`; 1 when there is nothing. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const value = step * power;
    // Rounding guards against 0.1 + 0.2 style errors on small powers.
    if (value >= max - 1e-9) return Number(value.toPrecision(12));
  }
  return 10 * power;
}

export interface BarBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Vertical bars filling a `width` × `height` box (SVG units, y downwards), one per value,
 * scaled to niceMax of the largest. A value above zero always gets at least 1 unit of height,
 * so that a small day never looks empty.
 */
export function verticalBars(values: number[], width: number, height: number, gapRatio = 0.2): { bars: BarBox[]; top: number } {
  const top = niceMax(Math.max(0, ...values));
  if (values.length === 0) return { bars: [], top };
  const slot = width / values.length;
  const gap = values.length > 1 ? slot * gapRatio : 0;
  const bars = values.map((value, i) => {
    const h = value > 0 ? Math.max(1, (value / top) * height) : 0;
    return { x: i * slot + gap / 2, y: height - h, width: slot - gap, height: h };
  });
  return { bars, top };
}

/** Width of a horizontal bar in percent of the largest value (0–100); at least 1 % when above zero. */
export function barPercent(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(100, (value / max) * 100));
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Maps data points into a square of `size` SVG units with `pad` units of margin, keeping
 * the same scale on both axes (distances on the map mean something). The data's y goes up,
 * SVG's y goes down. One point, or all points in one place, land in the centre.
 */
export function scatterScale(points: Point[], size: number, pad: number): (p: Point) => Point {
  if (points.length === 0) return () => ({ x: size / 2, y: size / 2 });
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  const span = Math.max(maxX - minX, maxY - minY);
  const inner = size - 2 * pad;
  const scale = span > 0 ? inner / span : 0;
  // Centre the data on the axis where it spans less.
  const offsetX = pad + (inner - (maxX - minX) * scale) / 2;
  const offsetY = pad + (inner - (maxY - minY) * scale) / 2;
  return (p) => ({
    x: round(offsetX + (p.x - minX) * scale),
    y: round(size - (offsetY + (p.y - minY) * scale)),
  });
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The SVG shape of each opinion group (shapes as well as colours: never colour alone). */
export const GROUP_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type GroupShape = (typeof GROUP_SHAPES)[number];

/** The shape of group `group`; −1 (no groups) and unknown groups get none. */
export function groupShape(group: number): GroupShape | null {
  return group >= 0 && group < GROUP_SHAPES.length ? GROUP_SHAPES[group]! : null;
}

/** An SVG path for a shape centred on (x, y), `r` units from the centre to its edge. */
export function shapePath(shape: GroupShape, x: number, y: number, r: number): string {
  const f = (n: number) => round(n);
  switch (shape) {
    case 'circle':
      return `M${f(x - r)} ${f(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'square':
      return `M${f(x - r)} ${f(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${f(x)} ${f(y - r * 1.15)}L${f(x + r * 1.1)} ${f(y + r * 0.85)}L${f(x - r * 1.1)} ${f(y + r * 0.85)}Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - r * 1.3)}L${f(x + r * 1.3)} ${f(y)}L${f(x)} ${f(y + r * 1.3)}L${f(x - r * 1.3)} ${f(y)}Z`;
    case 'cross': {
      const a = r * 0.4;
      return `M${f(x - a)} ${f(y - r)}h${f(2 * a)}v${f(r - a)}h${f(r - a)}v${f(2 * a)}h${f(a - r)}v${f(r - a)}h${f(-2 * a)}v${f(a - r)}h${f(a - r)}v${f(-2 * a)}h${f(r - a)}Z`;
    }
  }
}

/** A number as a whole percentage (0.7059 → 71). */
export const percent = (share: number): number => Math.round(share * 100);

/** The first 8 characters of an id: enough to find a proposal in the CSV or its address. */
export const shortId = (id: string): string => id.slice(0, 8);
