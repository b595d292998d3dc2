import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProposalSort } from '@participons/shared';
import { CursorKind, cursorValueSql } from '../common/pagination';
import { ContentAccess, contentVisibleSql, SqlParams } from '../common/visibility/visibility-sql';
import { PROPOSAL_COLUMNS, PUBLIC_PROPOSAL_STATUSES, ProposalRow } from './proposal-row';

export interface ProposalListQuery {
  debateId: string;
  access: ContentAccess;
  sort: ProposalSort;
  seed: string;
  /** The last row of the previous page, in the order's own terms. */
  after: unknown[] | null;
  limit: number;
  territoryId?: string;
  themeId?: string;
  q?: string;
}

/** The sort key of each order: column expressions compared as a tuple, all descending except "recent" ties. */
export const PROPOSAL_ORDERS: Record<ProposalSort, { keys: string[]; kinds: CursorKind[] }> = {
  recent: { keys: ['p.created_at', 'p.id'], kinds: ['time', 'uuid'] },
  supported: { keys: ['p.votes_for', 'p.id'], kinds: ['int', 'uuid'] },
  commented: { keys: ['p.comment_count', 'p.id'], kinds: ['int', 'uuid'] },
  controversial: { keys: ['p.controversy', 'p.id'], kinds: ['real', 'uuid'] },
  random: { keys: ['md5(p.id::text || $SEED)', 'p.id'], kinds: ['text', 'uuid'] },
};

@Injectable()
export class ProposalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: ProposalListQuery): Promise<ProposalRow[]> {
    const params = new SqlParams();
    const where = [`p.debate_id = ${params.add(query.debateId)}`, contentVisibleSql('p', PUBLIC_PROPOSAL_STATUSES, query.access, params)];
    if (query.territoryId) where.push(`territory_within(p.territory_id, ARRAY[${params.add(query.territoryId)}]::uuid[])`);
    if (query.themeId) where.push(`EXISTS (SELECT 1 FROM proposal_themes pt WHERE pt.proposal_id = p.id AND pt.theme_id = ${params.add(query.themeId)})`);
    if (query.q) where.push(`p.search @@ websearch_to_tsquery('fr_unaccent', ${params.add(query.q)})`);
    const order = PROPOSAL_ORDERS[query.sort];
    const seed = query.sort === 'random' ? params.add(query.seed) : '';
    const keys = order.keys.map((k) => k.replace('$SEED', seed));
    if (query.after) {
      const values = query.after.map((v, i) => cursorValueSql(order.kinds[i], params.add(v)));
      where.push(`(${keys.join(', ')}) < (${values.join(', ')})`);
    }
    const shuffle = query.sort === 'random' ? `, ${keys[0]} AS shuffle_key` : '';
    return this.db.query<ProposalRow[]>(
      `SELECT ${PROPOSAL_COLUMNS}${shuffle} FROM proposals p WHERE ${where.join(' AND ')}
       ORDER BY ${keys.map((k) => `${k} DESC`).join(', ')} LIMIT ${params.add(query.limit + 1)}`,
      params.values,
    );
  }

  /** One proposal, whoever may see it (the service applies the visibility rule), with exact counters. */
  async findById(id: string): Promise<ProposalRow | null> {
    const rows = await this.db.query<ProposalRow[]>(
      `SELECT ${PROPOSAL_COLUMNS.replace('p.votes_for, p.votes_against, p.votes_neutral', EXACT_COUNTS)}
       FROM proposals p LEFT JOIN LATERAL (${WAITING_CHANGES}) t ON TRUE WHERE p.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The author's own proposals, every status, newest first. */
  byAuthor(authorId: string, after: unknown[] | null, limit: number): Promise<ProposalRow[]> {
    const params = new SqlParams();
    const where = [`p.author_id = ${params.add(authorId)}`];
    if (after) where.push(`(p.created_at, p.id) < (${cursorValueSql('time', params.add(after[0]))}, ${params.add(after[1])}::uuid)`);
    return this.db.query<ProposalRow[]>(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE ${where.join(' AND ')} ORDER BY p.created_at DESC, p.id DESC LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
  }

  async findMany(ids: string[]): Promise<ProposalRow[]> {
    if (ids.length === 0) return [];
    return this.db.query<ProposalRow[]>(`SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  async similar(debateId: string, title: string, access: ContentAccess, threshold: number): Promise<{ id: string; title: string; similarity: number }[]> {
    const params = new SqlParams();
    const t = params.add(title);
    const where = [`p.debate_id = ${params.add(debateId)}`, `p.title % ${t}`, `similarity(p.title, ${t}) >= ${params.add(threshold)}`, contentVisibleSql('p', PUBLIC_PROPOSAL_STATUSES, access, params)];
    return this.db.query(
      `SELECT p.id, p.title, round(similarity(p.title, ${t})::numeric, 2)::float AS similarity FROM proposals p
       WHERE ${where.join(' AND ')} ORDER BY similarity(p.title, ${t}) DESC, p.id LIMIT 5`,
      params.values,
    );
  }

  async hasVotesOrComments(id: string): Promise<boolean> {
    const rows = await this.db.query<{ engaged: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM votes WHERE proposal_id = $1) OR EXISTS (SELECT 1 FROM comments WHERE proposal_id = $1) AS engaged`,
      [id],
    );
    return rows[0].engaged;
  }

  revisions(id: string): Promise<{ title: string; body: string; replaced_at: Date }[]> {
    return this.db.query(`SELECT title, body, replaced_at FROM proposal_revisions WHERE proposal_id = $1 ORDER BY id`, [id]);
  }
}

/** Vote changes not yet folded into the proposal's counters: at most one row per database connection. */
const WAITING_CHANGES = `SELECT sum(d_for)::int AS f, sum(d_against)::int AS a, sum(d_neutral)::int AS n FROM vote_tally WHERE proposal_id = p.id`;
const EXACT_COUNTS = `p.votes_for + COALESCE(t.f, 0) AS votes_for, p.votes_against + COALESCE(t.a, 0) AS votes_against, p.votes_neutral + COALESCE(t.n, 0) AS votes_neutral`;
