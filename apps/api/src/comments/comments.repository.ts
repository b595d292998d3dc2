import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CommentSort } from '@participons/shared';
import { CursorKind, cursorValueSql } from '../common/pagination';
import { ContentAccess, contentVisibleSql, SqlParams } from '../common/visibility/visibility-sql';
import { COMMENT_COLUMNS, CommentRow, PUBLIC_COMMENT_STATUSES } from './comment-row';

export interface ThreadTarget {
  debateId: string;
  /** Null: comments on the debate itself. */
  proposalId: string | null;
}

export const COMMENT_ORDERS: Record<CommentSort, { keys: string[]; kinds: CursorKind[]; direction: 'ASC' | 'DESC'; position: (r: CommentRow) => unknown[] }> = {
  oldest: { keys: ['c.created_at', 'c.id'], kinds: ['time', 'uuid'], direction: 'ASC', position: (r) => [r.created_us, r.id] },
  newest: { keys: ['c.created_at', 'c.id'], kinds: ['time', 'uuid'], direction: 'DESC', position: (r) => [r.created_us, r.id] },
  best: { keys: ['c.score', 'c.id'], kinds: ['int', 'uuid'], direction: 'DESC', position: (r) => [r.score, r.id] },
};

export function commentPosition(sort: CommentSort, row: CommentRow): unknown[] {
  return COMMENT_ORDERS[sort].position(row);
}

@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async topLevel(target: ThreadTarget, access: ContentAccess, sort: CommentSort, after: unknown[] | null, limit: number): Promise<CommentRow[]> {
    const params = new SqlParams();
    const where = [
      'c.depth = 1',
      `c.debate_id = ${params.add(target.debateId)}`,
      target.proposalId ? `c.proposal_id = ${params.add(target.proposalId)}` : 'c.proposal_id IS NULL',
      contentVisibleSql('c', PUBLIC_COMMENT_STATUSES, access, params),
    ];
    const order = COMMENT_ORDERS[sort];
    if (after) {
      const comparison = order.direction === 'ASC' ? '>' : '<';
      where.push(`(${order.keys.join(', ')}) ${comparison} (${after.map((v, i) => cursorValueSql(order.kinds[i], params.add(v))).join(', ')})`);
    }
    return this.db.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE ${where.join(' AND ')}
       ORDER BY ${order.keys.map((k) => `${k} ${order.direction}`).join(', ')} LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
  }

  /** Every visible reply under these top-level comments, oldest first. */
  async replies(rootIds: string[], access: ContentAccess): Promise<CommentRow[]> {
    if (rootIds.length === 0) return [];
    const params = new SqlParams();
    const roots = params.add(rootIds);
    return this.db.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.root_id = ANY(${roots}::uuid[]) AND c.depth > 1
         AND ${contentVisibleSql('c', PUBLIC_COMMENT_STATUSES, access, params)}
       ORDER BY c.created_at, c.id`,
      params.values,
    );
  }

  async findById(id: string): Promise<CommentRow | null> {
    const rows = await this.db.query<CommentRow[]>(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The author's own comments, every status except removed-before-review, newest first. */
  byAuthor(authorId: string, after: unknown[] | null, limit: number): Promise<CommentRow[]> {
    const params = new SqlParams();
    const where = [`c.author_id = ${params.add(authorId)}`];
    if (after) where.push(`(c.created_at, c.id) < (${cursorValueSql('time', params.add(after[0]))}, ${params.add(after[1])}::uuid)`);
    return this.db.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE ${where.join(' AND ')} ORDER BY c.created_at DESC, c.id DESC LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
  }

  async findMany(ids: string[]): Promise<CommentRow[]> {
    if (ids.length === 0) return [];
    return this.db.query<CommentRow[]>(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  revisions(id: string): Promise<{ body: string; stance: string; replaced_at: Date }[]> {
    return this.db.query(`SELECT body, stance, replaced_at FROM comment_revisions WHERE comment_id = $1 ORDER BY id`, [id]);
  }
}
