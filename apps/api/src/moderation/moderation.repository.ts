import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { cursorValueSql } from '../common/pagination';
import { inStaffScopeSql, SqlParams } from '../common/visibility/visibility-sql';
import type { StaffScope } from '../common/visibility/viewer';
import type { QueueQueryDto, TargetType } from './dto/moderation.dto';

export interface CaseRow {
  id: string;
  target_type: TargetType;
  target_id: string;
  debate_id: string | null;
  territory_id: string | null;
  status: 'open' | 'closed';
  pending_review: boolean;
  auto_hidden: boolean;
  appeal_id: string | null;
  report_count: number;
  counted_report_count: number;
  reasons: string[];
  opened_at: Date;
  opened_us: string;
}

export interface ReportRow {
  target_type: TargetType;
  target_id: string;
  reporter_id: string;
  reason: string;
  details: string | null;
  counts: boolean;
  created_at: Date;
}

export interface LogEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  territoryId: string | null;
  reason?: string | null;
  explanation?: string | null;
  before?: string | null;
  after?: string | null;
}

export interface LogRow {
  id: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  explanation: string | null;
  state_before: string | null;
  state_after: string | null;
  created_at: Date;
}

export interface AppealRow {
  id: string;
  author_id: string;
  target_type: 'proposal' | 'comment';
  target_id: string;
  message: string;
  hidden_by: string | null;
  decision: string | null;
  created_at: Date;
}

const CASE_COLUMNS = `c.id, c.target_type, c.target_id, c.debate_id, c.territory_id, c.status, c.pending_review, c.auto_hidden,
  c.appeal_id, c.report_count, c.counted_report_count, c.reasons, c.opened_at, (extract(epoch FROM c.opened_at) * 1000000)::bigint AS opened_us`;

/** Moderation's own tables: reports, cases, appeals and the append-only log. */
@Injectable()
export class ModerationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Null when this person already reported this item. */
  async insertReport(tx: EntityManager, report: { reporterId: string; targetType: TargetType; targetId: string; reason: string; details: string | null; counts: boolean }): Promise<{ id: string; created_at: Date } | null> {
    const rows = await tx.query<{ id: string; created_at: Date }[]>(
      `INSERT INTO reports (reporter_id, target_type, target_id, reason, details, counts) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (reporter_id, target_type, target_id) DO NOTHING RETURNING id, created_at`,
      [report.reporterId, report.targetType, report.targetId, report.reason, report.details, report.counts],
    );
    return rows[0] ?? null;
  }

  /** Opens the item's case or adds the report to it, atomically. */
  async addReportToCase(tx: EntityManager, target: { type: TargetType; id: string; debateId: string | null; territoryId: string | null }, reason: string, counts: boolean): Promise<CaseRow> {
    const [row] = await tx.query<CaseRow[]>(
      `INSERT INTO moderation_cases AS c (target_type, target_id, debate_id, territory_id, report_count, counted_report_count, reasons)
       VALUES ($1, $2, $3, $4, 1, $5, ARRAY[$6])
       ON CONFLICT (target_type, target_id) WHERE status = 'open' DO UPDATE SET
         report_count = c.report_count + 1,
         counted_report_count = c.counted_report_count + EXCLUDED.counted_report_count,
         reasons = CASE WHEN $6 = ANY(c.reasons) THEN c.reasons ELSE c.reasons || $6 END,
         updated_at = now()
       RETURNING ${CASE_COLUMNS}`,
      [target.type, target.id, target.debateId, target.territoryId, counts ? 1 : 0, reason],
    );
    return row;
  }

  /** Counted reports whose authors are still allowed to act (a reporter blocked since does not count). */
  async validCountedReports(tx: EntityManager, targetType: TargetType, targetId: string): Promise<number> {
    const [row] = await tx.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM reports r JOIN users u ON u.id = r.reporter_id
       WHERE r.target_type = $1 AND r.target_id = $2 AND r.counts AND u.status = 'active'`,
      [targetType, targetId],
    );
    return row.n;
  }

  /** The reason most counted reports give, for the automatic hiding. */
  async mainReason(tx: EntityManager, targetType: TargetType, targetId: string): Promise<string> {
    const [row] = await tx.query<{ reason: string }[]>(
      `SELECT reason FROM reports WHERE target_type = $1 AND target_id = $2 AND counts GROUP BY reason ORDER BY count(*) DESC, min(created_at) LIMIT 1`,
      [targetType, targetId],
    );
    return row?.reason ?? 'other';
  }

  async markAutoHidden(tx: EntityManager, caseId: string): Promise<void> {
    await tx.query(`UPDATE moderation_cases SET auto_hidden = true, updated_at = now() WHERE id = $1`, [caseId]);
  }

  async openCaseForAppeal(tx: EntityManager, target: { type: TargetType; id: string; debateId: string | null; territoryId: string | null }, appealId: string): Promise<void> {
    await tx.query(
      `INSERT INTO moderation_cases AS c (target_type, target_id, debate_id, territory_id, appeal_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (target_type, target_id) WHERE status = 'open' DO UPDATE SET appeal_id = EXCLUDED.appeal_id, updated_at = now()`,
      [target.type, target.id, target.debateId, target.territoryId, appealId],
    );
  }

  async findCase(id: string, tx: EntityManager = this.db.manager): Promise<CaseRow | null> {
    const rows = await tx.query<CaseRow[]>(`SELECT ${CASE_COLUMNS} FROM moderation_cases c WHERE c.id = $1 AND c.status = 'open' FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  async closeCase(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`UPDATE moderation_cases SET status = 'closed', closed_at = now(), updated_at = now() WHERE id = $1`, [id]);
  }

  /** Closes any open case about this item (content approved, restored or hidden elsewhere). */
  async closeCasesAbout(tx: EntityManager, targetType: TargetType, targetId: string): Promise<void> {
    await tx.query(`UPDATE moderation_cases SET status = 'closed', closed_at = now(), updated_at = now() WHERE target_type = $1 AND target_id = $2 AND status = 'open'`, [targetType, targetId]);
  }

  /** Most urgent first: automatically hidden, then by number of reports, then oldest. */
  async queue(scope: StaffScope, query: QueueQueryDto, after: unknown[] | null, limit: number): Promise<CaseRow[]> {
    const params = new SqlParams();
    const where = [`c.status = 'open'`, scope.everywhere ? 'TRUE' : `c.territory_id IS NOT NULL AND ${inStaffScopeSql(scope, 'c.territory_id', params)}`];
    if (query.kind) where.push(`c.target_type = ${params.add(query.kind)}`);
    if (query.reason) where.push(`${params.add(query.reason)} = ANY(c.reasons)`);
    if (query.debateId) where.push(`c.debate_id = ${params.add(query.debateId)}`);
    if (query.state === 'pending') where.push('c.pending_review');
    if (query.state === 'reported') where.push('c.report_count > 0');
    if (query.state === 'auto_hidden') where.push('c.auto_hidden');
    if (query.state === 'appeal') where.push('c.appeal_id IS NOT NULL');
    if (after) {
      where.push(`(c.auto_hidden::int, c.report_count, ${cursorValueSql('time', params.add(after[2]))}, ${params.add(after[3])}::uuid) < (${params.add(after[0])}::int, ${params.add(after[1])}::int, c.opened_at, c.id)`);
    }
    return this.db.query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS} FROM moderation_cases c WHERE ${where.join(' AND ')}
       ORDER BY c.auto_hidden DESC, c.report_count DESC, c.opened_at ASC, c.id ASC LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
  }

  async reportsAbout(targets: { type: string; id: string }[]): Promise<ReportRow[]> {
    if (targets.length === 0) return [];
    return this.db.query<ReportRow[]>(
      `SELECT target_type, target_id, reporter_id, reason, details, counts, created_at FROM reports
       WHERE (target_type, target_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[])) ORDER BY created_at`,
      [targets.map((t) => t.type), targets.map((t) => t.id)],
    );
  }

  async historyOf(targets: { type: string; id: string }[]): Promise<LogRow[]> {
    if (targets.length === 0) return [];
    return this.db.query<LogRow[]>(
      `SELECT id, actor_id, action, target_type, target_id, reason, explanation, state_before, state_after, created_at FROM moderation_log
       WHERE (target_type, target_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[])) ORDER BY id`,
      [targets.map((t) => t.type), targets.map((t) => t.id)],
    );
  }

  async log(tx: EntityManager, entry: LogEntry): Promise<void> {
    await tx.query(
      `INSERT INTO moderation_log (actor_id, action, target_type, target_id, territory_id, reason, explanation, state_before, state_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [entry.actorId, entry.action, entry.targetType, entry.targetId, entry.territoryId, entry.reason ?? null, entry.explanation ?? null, entry.before ?? null, entry.after ?? null],
    );
  }

  async readLog(scope: StaffScope, filters: { targetId?: string; actorId?: string }, beforeId: string | null, limit: number): Promise<LogRow[]> {
    const params = new SqlParams();
    const where = [scope.everywhere ? 'TRUE' : `l.territory_id IS NOT NULL AND ${inStaffScopeSql(scope, 'l.territory_id', params)}`];
    if (filters.targetId) where.push(`l.target_id = ${params.add(filters.targetId)}`);
    if (filters.actorId) where.push(`l.actor_id = ${params.add(filters.actorId)}`);
    if (beforeId) where.push(`l.id < ${params.add(beforeId)}::bigint`);
    return this.db.query<LogRow[]>(
      `SELECT l.id, l.actor_id, l.action, l.target_type, l.target_id, l.reason, l.explanation, l.state_before, l.state_after, l.created_at
       FROM moderation_log l WHERE ${where.join(' AND ')} ORDER BY l.id DESC LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
  }

  /** Who hid this item last (a person, or null for the automatic hiding). */
  async lastHiddenBy(tx: EntityManager, targetType: string, targetId: string): Promise<string | null> {
    const rows = await tx.query<{ actor_id: string | null }[]>(
      `SELECT actor_id FROM moderation_log WHERE target_type = $1 AND target_id = $2 AND action IN ('hide', 'auto_hide', 'block_hide') ORDER BY id DESC LIMIT 1`,
      [targetType, targetId],
    );
    return rows[0]?.actor_id ?? null;
  }

  /** Null when this author already appealed for this item. */
  async insertAppeal(tx: EntityManager, appeal: { authorId: string; targetType: string; targetId: string; message: string; hiddenBy: string | null }): Promise<string | null> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO appeals (author_id, target_type, target_id, message, hidden_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (target_type, target_id, author_id) DO NOTHING RETURNING id`,
      [appeal.authorId, appeal.targetType, appeal.targetId, appeal.message, appeal.hiddenBy],
    );
    return rows[0]?.id ?? null;
  }

  async findAppeals(ids: string[]): Promise<AppealRow[]> {
    if (ids.length === 0) return [];
    return this.db.query<AppealRow[]>(`SELECT id, author_id, target_type, target_id, message, hidden_by, decision, created_at FROM appeals WHERE id = ANY($1::uuid[])`, [ids]);
  }

  myAppeals(authorId: string): Promise<AppealRow[]> {
    return this.db.query<AppealRow[]>(
      `SELECT id, author_id, target_type, target_id, message, hidden_by, decision, created_at FROM appeals WHERE author_id = $1 ORDER BY created_at DESC LIMIT 200`,
      [authorId],
    );
  }

  async decideAppeal(tx: EntityManager, id: string, decision: 'restored' | 'upheld', moderatorId: string): Promise<void> {
    await tx.query(`UPDATE appeals SET decision = $2, decided_by = $3, decided_at = now() WHERE id = $1`, [id, decision, moderatorId]);
  }
}
