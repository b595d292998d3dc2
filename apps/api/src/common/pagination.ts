import { AppException } from './errors/app.exception';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: base64url JSON of the last item's sort key. */
export function encodeCursor(position: unknown[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * What each value of a cursor must be. Times travel as microseconds since the epoch (a digit
 * string), so no precision is lost between PostgreSQL and the client.
 */
export type CursorKind = 'time' | 'int' | 'real' | 'uuid' | 'text' | 'bigint';

const VALID: Record<CursorKind, (v: unknown) => boolean> = {
  time: (v) => typeof v === 'string' && /^\d{1,17}$/.test(v),
  bigint: (v) => typeof v === 'string' && /^\d{1,19}$/.test(v),
  int: (v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1,
  real: (v) => typeof v === 'number' && Number.isFinite(v),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  text: (v) => typeof v === 'string' && v.length <= 64,
};

/** The position in a cursor, checked value by value: anything else is INVALID_CURSOR (400), never a database error. */
export function decodeCursor(cursor: string | undefined, kinds: CursorKind[]): unknown[] | null {
  if (!cursor) return null;
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(position) && position.length === kinds.length && position.every((v, i) => VALID[kinds[i]](v))) {
      return position as unknown[];
    }
  } catch {
    // fall through
  }
  throw new AppException('INVALID_CURSOR');
}

/** SQL reading a timestamp as microseconds since the epoch (PostgreSQL sends it as a digit string). */
export function microsSql(column: string): string {
  return `(extract(epoch FROM ${column}) * 1000000)::bigint`;
}

/** SQL turning a cursor value back into a timestamp, or casting another kind. */
export function cursorValueSql(kind: CursorKind, param: string): string {
  switch (kind) {
    case 'time': return `(timestamptz 'epoch' + ${param}::bigint * interval '1 microsecond')`;
    case 'int': return `${param}::integer`;
    case 'real': return `${param}::real`;
    case 'uuid': return `${param}::uuid`;
    case 'bigint': return `${param}::bigint`;
    default: return `${param}::text`;
  }
}

/** Fetch `limit + 1` rows; this trims the extra one and builds the next cursor from the last kept row. */
export function toPage<Row, Item>(rows: Row[], limit: number, position: (row: Row) => unknown[], map: (row: Row) => Item): Page<Item> {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { items: kept.map(map), nextCursor: rows.length > limit && last ? encodeCursor(position(last)) : null };
}
