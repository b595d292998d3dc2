import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FLUSH_LOCK, FOLD_PENDING_SQL } from './vote-tally.service';

export interface CounterDrift {
  /** Proposals whose stored counters differ from a recount of the votes table. */
  counters: { proposalId: string; stored: [number, number, number]; recount: [number, number, number] }[];
  /** (proposal, person) pairs whose current vote differs from the last entry of the vote log. */
  log: { proposalId: string; userId: string; vote: string | null; logged: string | null }[];
  pendingFolded: number;
}

const RECOUNT = `
  SELECT p.id AS proposal_id, p.votes_for, p.votes_against, p.votes_neutral,
         COALESCE(v.f, 0)::int AS f, COALESCE(v.a, 0)::int AS a, COALESCE(v.n, 0)::int AS n
  FROM proposals p LEFT JOIN (
    SELECT proposal_id, count(*) FILTER (WHERE value = 'for') AS f, count(*) FILTER (WHERE value = 'against') AS a,
           count(*) FILTER (WHERE value = 'neutral') AS n
    FROM votes GROUP BY proposal_id) v ON v.proposal_id = p.id
  WHERE (p.votes_for, p.votes_against, p.votes_neutral) IS DISTINCT FROM (COALESCE(v.f, 0), COALESCE(v.a, 0), COALESCE(v.n, 0))`;

const LOG_REPLAY = `
  SELECT COALESCE(l.proposal_id, v.proposal_id) AS proposal_id, COALESCE(l.user_id, v.user_id) AS user_id, v.value, l.new_value
  FROM (SELECT DISTINCT ON (proposal_id, user_id) proposal_id, user_id, new_value FROM vote_log ORDER BY proposal_id, user_id, id DESC) l
  FULL JOIN votes v ON v.proposal_id = l.proposal_id AND v.user_id = l.user_id
  WHERE l.new_value IS DISTINCT FROM v.value`;

/**
 * Maintenance: recomputes every counter from the votes table and the votes table from the log,
 * reports any drift, and repairs counters on request. Run by `npm run votes:check [-- --fix]`.
 */
@Injectable()
export class VoteCountersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  check(options: { fix?: boolean } = {}): Promise<CounterDrift> {
    return checkVoteCounters(this.db, options);
  }
}

export async function checkVoteCounters(db: DataSource, options: { fix?: boolean } = {}): Promise<CounterDrift> {
  return db.transaction(async (tx: EntityManager) => {
    // Votes wait while we look, so the recount and the counters describe the same moment.
    await tx.query(`LOCK TABLE votes IN SHARE MODE`);
    await tx.query(`SELECT pg_advisory_xact_lock(${FLUSH_LOCK})`);
    const folded = await tx.query<[unknown[], number]>(FOLD_PENDING_SQL);
    const counters = await tx.query<{ proposal_id: string; votes_for: number; votes_against: number; votes_neutral: number; f: number; a: number; n: number }[]>(RECOUNT);
    const log = await tx.query<{ proposal_id: string; user_id: string; value: string | null; new_value: string | null }[]>(LOG_REPLAY);
    if (options.fix && counters.length > 0) {
      await tx.query(`UPDATE proposals p SET votes_for = r.f, votes_against = r.a, votes_neutral = r.n FROM (${RECOUNT}) r WHERE p.id = r.proposal_id`);
    }
    return {
      counters: counters.map((r) => ({ proposalId: r.proposal_id, stored: [r.votes_for, r.votes_against, r.votes_neutral], recount: [r.f, r.a, r.n] })),
      log: log.map((r) => ({ proposalId: r.proposal_id, userId: r.user_id, vote: r.value, logged: r.new_value })),
      pendingFolded: folded[1],
    };
  });
}
