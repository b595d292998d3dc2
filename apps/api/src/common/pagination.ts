import { AppException } from './errors/app.exception';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: base64url JSON of the last item's sort key. */
export function encodeCursor(position: unknown[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(position) && position.length === arity && position.every((v) => ['string', 'number'].includes(typeof v) || v === null)) {
      return position as unknown[];
    }
  } catch {
    // fall through
  }
  throw new AppException('INVALID_CURSOR');
}

/** Fetch `limit + 1` rows; this trims the extra one and builds the next cursor from the last kept row. */
export function toPage<Row, Item>(rows: Row[], limit: number, position: (row: Row) => unknown[], map: (row: Row) => Item): Page<Item> {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { items: kept.map(map), nextCursor: rows.length > limit && last ? encodeCursor(position(last)) : null };
}
