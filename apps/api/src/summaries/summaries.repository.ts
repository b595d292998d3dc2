import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import type { AnswerStatus, Channel, DebateStatus } from '@participons/shared';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { DEBATE_STAFF, staffScope } from '../common/visibility/viewer';
import { debateVisibleSql, inStaffScopeSql, SqlParams } from '../common/visibility/visibility-sql';
import type { Dataset, DatasetDebate } from './summary-dataset';
import { SUMMARY_LIMITS, summaryTooLarge } from './summary-limits';

/** Who reads summaries: officials and admins, everywhere or within their territory scope. */
export const SUMMARY_READERS = ['official', 'admin'] as const;

/** Public proposals (architecture: hidden and pending content never enters a summary). */
const PROPOSAL_STATUSES = `('published', 'withdrawn')`;
const STATUS = `debate_status(d.published_at, d.opens_at, d.closes_at, d.closed_early_at, d.archived_at)`;

export interface DebateAccessRow extends DatasetDebate {
  /** The debate exists for this viewer (published, or a draft they manage). */
  visible: boolean;
  /** The viewer reads summaries here (official or admin in scope). */
  reader: boolean;
}

export interface TerritoryAccessRow {
  id: string;
  name: string;
  kind: string;
  reader: boolean;
}

interface DebateRow {
  id: string;
  title: string;
  question: string;
  territory_id: string;
  status: DebateStatus;
  opens_at: Date;
  closes_at: Date;
  votes_hidden_until_close: boolean;
}

/** QueryRunner.query is untyped: the caller states the row type. */
async function rows<T>(runner: QueryRunner, sql: string, params: unknown[]): Promise<T> {
  return (await runner.query(sql, params)) as T;
}

const toDebate = (r: DebateRow): DatasetDebate => ({
  id: r.id,
  title: r.title,
  question: r.question,
  territoryId: r.territory_id,
  status: r.status,
  opensAt: r.opens_at.toISOString(),
  closesAt: r.closes_at.toISOString(),
  votesHiddenUntilClose: r.votes_hidden_until_close,
});

const DEBATE_COLUMNS = `d.id, d.title, d.question, d.territory_id, ${STATUS} AS status, d.opens_at, d.closes_at, d.votes_hidden_until_close`;

/**
 * Summaries read the participation tables through this repository only, and never write:
 * every computation reads in one REPEATABLE READ, READ ONLY transaction (a consistent snapshot).
 */
@Injectable()
export class SummariesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async debateAccess(id: string, viewer: AuthenticatedUser | undefined): Promise<DebateAccessRow | null> {
    const params = new SqlParams();
    const reader = inStaffScopeSql(staffScope(viewer, SUMMARY_READERS), 'd.territory_id', params);
    const visible = debateVisibleSql('d', staffScope(viewer, DEBATE_STAFF), params);
    const rows = await this.db.query<(DebateRow & { visible: boolean; reader: boolean })[]>(
      `SELECT ${DEBATE_COLUMNS}, ${visible} AS visible, ${reader} AS reader FROM debates d WHERE d.id = ${params.add(id)}`,
      params.values,
    );
    return rows[0] ? { ...toDebate(rows[0]), visible: rows[0].visible, reader: rows[0].reader } : null;
  }

  async territoryAccess(id: string, viewer: AuthenticatedUser): Promise<TerritoryAccessRow | null> {
    const params = new SqlParams();
    const reader = inStaffScopeSql(staffScope(viewer, SUMMARY_READERS), 't.id', params);
    const rows = await this.db.query<TerritoryAccessRow[]>(`SELECT t.id, t.name, t.kind, ${reader} AS reader FROM territories t WHERE t.id = ${params.add(id)}`, params.values);
    return rows[0] ?? null;
  }

  /** Published debates on the territory or below it, newest opening first. */
  async debatesWithin(territoryId: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT d.id FROM debates d WHERE d.published_at IS NOT NULL AND territory_within(d.territory_id, ARRAY[$1]::uuid[]) ORDER BY d.opens_at DESC, d.id DESC`,
      [territoryId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * A cheap fingerprint of everything a summary reads, for the cache: the last vote_log id on the
   * debates' proposals (one index probe per proposal), a hash of the proposals' ids, statuses and
   * edit times with their stored comment counters, the debate's hidden-comment counter and its
   * newest comment (one index probe). Never counts votes or comments.
   */
  async version(debateIds: string[], runner?: QueryRunner): Promise<string> {
    const result = (await (runner ?? this.db).query(
      `SELECT string_agg(concat_ws('/', d.id, ${STATUS}, d.updated_at, v.last_vote, p.fingerprint, c.fingerprint), ';' ORDER BY d.id) AS version
       FROM debates d
       CROSS JOIN LATERAL (
         SELECT COALESCE(max(l.last_id), 0) AS last_vote FROM proposals p
         CROSS JOIN LATERAL (SELECT max(vl.id) AS last_id FROM vote_log vl WHERE vl.proposal_id = p.id) l
         WHERE p.debate_id = d.id) v
       CROSS JOIN LATERAL (
         SELECT concat_ws('.', sum(hashtext(concat_ws('|', p.id, p.status, p.answer_status, p.territory_id, p.channel, p.comment_count))), max(p.updated_at)) AS fingerprint
         FROM proposals p WHERE p.debate_id = d.id) p
       CROSS JOIN LATERAL (
         SELECT concat_ws('.', d.hidden_comment_count, (SELECT max(c.created_at) FROM comments c WHERE c.debate_id = d.id)) AS fingerprint) c
       WHERE d.id = ANY($1::uuid[])`,
      [debateIds],
    )) as { version: string | null }[];
    return result[0]?.version ?? '';
  }

  /**
   * Throws SUMMARY_TOO_LARGE when these debates are beyond SUMMARY_LIMITS by their proposals'
   * stored counters (votes, comments on proposals): one aggregate over the proposals, no row of
   * votes or comments read. Comments on the debates themselves are checked while loading.
   */
  async checkSize(debateIds: string[], runner?: QueryRunner): Promise<{ proposals: number }> {
    const result = (await (runner ?? this.db).query(
      `SELECT count(*)::int AS proposal_total, COALESCE(sum(p.votes_for + p.votes_against + p.votes_neutral), 0)::bigint AS vote_total,
              COALESCE(sum(p.comment_count), 0)::bigint AS comment_total
       FROM proposals p WHERE p.debate_id = ANY($1::uuid[]) AND p.status IN ${PROPOSAL_STATUSES}`,
      [debateIds],
    )) as { proposal_total: number; vote_total: string; comment_total: string }[];
    const size = result[0];
    if (size.proposal_total + Number(size.comment_total) > SUMMARY_LIMITS.contributions || Number(size.vote_total) > SUMMARY_LIMITS.votes) throw summaryTooLarge();
    return { proposals: size.proposal_total };
  }

  /**
   * Everything public about these debates, in one consistent snapshot, with its version. Refuses
   * (SUMMARY_TOO_LARGE) beyond SUMMARY_LIMITS before reading the rows (checkSize), and while
   * reading the comments by asking for one row more than the room left.
   */
  async load(debateIds: string[], opinionGroups: boolean): Promise<{ dataset: Dataset; version: string }> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`);
      // Grouping 600,000 votes by person fits in memory instead of spilling to disk.
      await runner.query(`SET LOCAL work_mem = '64MB'`);
      const version = await this.version(debateIds, runner);
      const size = await this.checkSize(debateIds, runner);
      const commentRoom = SUMMARY_LIMITS.contributions - size.proposals;
      const debates = (await rows<DebateRow[]>(runner, `SELECT ${DEBATE_COLUMNS} FROM debates d WHERE d.id = ANY($1::uuid[]) ORDER BY d.opens_at DESC, d.id DESC`, [debateIds])).map(toDebate);
      const proposals = await rows<
        { id: string; debate_id: string; author_id: string; territory_id: string | null; title: string; body: string; status: 'published' | 'withdrawn'; channel: Channel; answer_status: AnswerStatus | null; answer_text: string | null; answered_at: Date | null; created_at: Date }[]
      >(
        runner,
        `SELECT p.id, p.debate_id, p.author_id, p.territory_id, p.title, p.body, p.status, p.channel, p.answer_status, p.answer_text, p.answered_at, p.created_at
         FROM proposals p WHERE p.debate_id = ANY($1::uuid[]) AND p.status IN ${PROPOSAL_STATUSES} ORDER BY p.created_at, p.id`,
        [debateIds],
      );
      const comments = await rows<{ id: string; debate_id: string; proposal_id: string | null; author_id: string; body: string; channel: Channel; created_at: Date }[]>(
        runner,
        `SELECT c.id, c.debate_id, c.proposal_id, c.author_id, c.body, c.channel, c.created_at
         FROM comments c LEFT JOIN proposals p ON p.id = c.proposal_id
         WHERE c.debate_id = ANY($1::uuid[]) AND c.status = 'published' AND (c.proposal_id IS NULL OR p.status IN ${PROPOSAL_STATUSES})
         ORDER BY c.created_at, c.id LIMIT $2`,
        [debateIds, commentRoom + 1],
      );
      if (comments.length > commentRoom) throw summaryTooLarge();
      const hourBase = Math.floor(Math.min(...debates.map((d) => Date.parse(d.opensAt)), Date.now()) / 3_600_000);
      // One row per voter (10,000 rows rather than 600,000): "<proposal index><f|a|n><hours since hourBase>,…".
      // The index follows the order of the proposals query above (created_at, id) in the same snapshot.
      const voters = await rows<{ user_id: string; votes: string }[]>(
        runner,
        `WITH p AS (
           SELECT id, (row_number() OVER (ORDER BY created_at, id))::int - 1 AS idx
           FROM proposals WHERE debate_id = ANY($1::uuid[]) AND status IN ${PROPOSAL_STATUSES})
         SELECT v.user_id, string_agg(p.idx::text || CASE v.value WHEN 'for' THEN 'f' WHEN 'against' THEN 'a' ELSE 'n' END
                  || ((floor(date_part('epoch', v.created_at) / 3600))::bigint - $2)::text, ',') AS votes
         FROM votes v JOIN p ON p.id = v.proposal_id
         GROUP BY v.user_id ORDER BY v.user_id`,
        [debateIds, hourBase],
      );
      const territoryIds = [...new Set(proposals.flatMap((p) => (p.territory_id ? [p.territory_id] : [])))];
      const territories = territoryIds.length
        ? await rows<{ id: string; name: string; kind: string }[]>(runner, `SELECT id, name, kind FROM territories WHERE id = ANY($1::uuid[])`, [territoryIds])
        : [];
      await runner.query('COMMIT');
      return {
        version,
        dataset: {
          debates,
          territories,
          proposals: proposals.map((p) => ({
            id: p.id,
            debateId: p.debate_id,
            authorId: p.author_id,
            territoryId: p.territory_id,
            title: p.title,
            body: p.body,
            status: p.status,
            channel: p.channel,
            answerStatus: p.answer_status,
            answerText: p.answer_text,
            answeredAt: p.answered_at?.toISOString() ?? null,
            createdAt: p.created_at.toISOString(),
          })),
          comments: comments.map((c) => ({ id: c.id, debateId: c.debate_id, proposalId: c.proposal_id, authorId: c.author_id, body: c.body, channel: c.channel, createdAt: c.created_at.toISOString() })),
          voters: voters.map((v) => ({ userId: v.user_id, votes: v.votes })),
          hourBase,
          participantKey: null,
          opinionGroups,
        },
      };
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

