import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DebateStatus } from '@participons/shared';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { cursorValueSql, microsSql } from '../common/pagination';
import { debateVisibleSql, inStaffScopeSql, SqlParams } from '../common/visibility/visibility-sql';
import { CONTENT_STAFF, DEBATE_STAFF, staffScope } from '../common/visibility/viewer';

export interface DebateRow {
  id: string;
  territory_id: string;
  created_by: string;
  title: string;
  question: string;
  description: string;
  opens_at: Date;
  closes_at: Date;
  published_at: Date | null;
  closed_early_at: Date | null;
  archived_at: Date | null;
  proposals_allowed: boolean;
  comments_allowed: boolean;
  votes_allowed: boolean;
  votes_hidden_until_close: boolean;
  moderation: 'before' | 'after';
  moderate_comments: boolean;
  created_at: Date;
  updated_at: Date;
  status: DebateStatus;
  content_staff: boolean;
  debate_staff: boolean;
  theme_ids: string[];
  hidden_proposal_count: number;
  hidden_comment_count: number;
  opens_us: string;
}

export interface DebateFilters {
  territoryId?: string;
  themeId?: string;
  status?: DebateStatus;
  q?: string;
  after?: { opensUs: string; id: string };
  limit: number;
}

const STATUS = `debate_status(d.published_at, d.opens_at, d.closes_at, d.closed_early_at, d.archived_at)`;

/** Debates as the viewer may see them: the status and the viewer's rights come with every row. */
@Injectable()
export class DebatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findVisible(id: string, viewer: AuthenticatedUser | undefined): Promise<DebateRow | null> {
    const params = new SqlParams();
    const select = this.select(viewer, params);
    const rows = await this.db.query<DebateRow[]>(`${select} WHERE d.id = ${params.add(id)} AND ${debateVisibleSql('d', staffScope(viewer, DEBATE_STAFF), params)}`, params.values);
    return rows[0] ?? null;
  }

  async list(viewer: AuthenticatedUser | undefined, filters: DebateFilters): Promise<DebateRow[]> {
    const params = new SqlParams();
    const select = this.select(viewer, params);
    const where = [debateVisibleSql('d', staffScope(viewer, DEBATE_STAFF), params)];
    if (filters.territoryId) where.push(`territory_within(d.territory_id, ARRAY[${params.add(filters.territoryId)}]::uuid[])`);
    if (filters.themeId) where.push(`EXISTS (SELECT 1 FROM debate_themes dt WHERE dt.debate_id = d.id AND dt.theme_id = ${params.add(filters.themeId)})`);
    if (filters.status) where.push(`${STATUS} = ${params.add(filters.status)}`);
    if (filters.q) where.push(`d.search @@ websearch_to_tsquery('fr_unaccent', ${params.add(filters.q)})`);
    if (filters.after) where.push(`(d.opens_at, d.id) < (${cursorValueSql('time', params.add(filters.after.opensUs))}, ${params.add(filters.after.id)}::uuid)`);
    return this.db.query<DebateRow[]>(`${select} WHERE ${where.join(' AND ')} ORDER BY d.opens_at DESC, d.id DESC LIMIT ${params.add(filters.limit + 1)}`, params.values);
  }

  private select(viewer: AuthenticatedUser | undefined, params: SqlParams): string {
    const contentStaff = inStaffScopeSql(staffScope(viewer, CONTENT_STAFF), 'd.territory_id', params);
    const debateStaff = inStaffScopeSql(staffScope(viewer, DEBATE_STAFF), 'd.territory_id', params);
    return `SELECT d.id, d.territory_id, d.created_by, d.title, d.question, d.description, d.opens_at, d.closes_at,
        d.published_at, d.closed_early_at, d.archived_at, d.proposals_allowed, d.comments_allowed, d.votes_allowed,
        d.votes_hidden_until_close, d.moderation, d.moderate_comments, d.created_at, d.updated_at,
        d.hidden_proposal_count, d.hidden_comment_count, ${microsSql('d.opens_at')} AS opens_us,
        ${STATUS} AS status, ${contentStaff} AS content_staff, ${debateStaff} AS debate_staff,
        ARRAY(SELECT theme_id FROM debate_themes dt WHERE dt.debate_id = d.id ORDER BY theme_id) AS theme_ids
      FROM debates d`;
  }
}
