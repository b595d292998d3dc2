import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How often waiting counter changes are folded into proposals.votes_*: the freshness bound of listed counts. */
export const TALLY_INTERVAL_MS = 500;
export const FLUSH_LOCK = 727_001;

/** At most this many delta rows per fold: the rest waits for the next one, half a second later. */
const FOLD_BATCH = 10_000;

/**
 * Moves the waiting changes of vote_tally into proposals.votes_*, in one statement. Rows a vote is
 * writing right now are skipped (SKIP LOCKED) and moved next time, so the fold never waits for a
 * vote nor a vote for the fold. Subtracting what was read, rather than zeroing, keeps
 * "proposals.votes_* + vote_tally = the votes" true whatever happens at the same moment. The
 * order and limit match the partial index of waiting rows, so the fold reads only those.
 */
const FOLD_BODY = (condition: string, limit: string) => `
  WITH waiting AS (
         SELECT proposal_id, shard, d_for, d_against, d_neutral FROM vote_tally
         WHERE ${condition} AND (d_for <> 0 OR d_against <> 0 OR d_neutral <> 0)
         ORDER BY proposal_id, shard ${limit} FOR UPDATE SKIP LOCKED),
       moved AS (
         UPDATE vote_tally t SET d_for = t.d_for - w.d_for, d_against = t.d_against - w.d_against, d_neutral = t.d_neutral - w.d_neutral
         FROM waiting w WHERE t.proposal_id = w.proposal_id AND t.shard = w.shard),
       sums AS (SELECT proposal_id, sum(d_for)::int AS f, sum(d_against)::int AS a, sum(d_neutral)::int AS n FROM waiting GROUP BY proposal_id)
  UPDATE proposals p SET votes_for = p.votes_for + s.f, votes_against = p.votes_against + s.a, votes_neutral = p.votes_neutral + s.n
  FROM sums s WHERE p.id = s.proposal_id AND (s.f <> 0 OR s.a <> 0 OR s.n <> 0)`;

/** Every waiting change (the caller holds the lock and has stopped votes: maintenance, seeding). */
export const FOLD_PENDING_SQL = FOLD_BODY('TRUE', '');

/** One batch, only if no other process is folding right now (the lock is tried once, as an InitPlan). */
const FOLD_WHEN_LOCKED_SQL = FOLD_BODY(`(SELECT pg_try_advisory_xact_lock(${FLUSH_LOCK}))`, `LIMIT ${FOLD_BATCH}`);

/**
 * Votes add their counter changes to vote_tally (no lock on the proposal row); this folds them
 * into the proposals every half second. Several API processes may run it: an advisory lock lets
 * one at a time do the work.
 */
@Injectable()
export class VoteTallyService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(VoteTallyService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick().catch((error: unknown) => this.logger.warn({ err: error }, 'vote tally flush failed; will retry')), TALLY_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * Folds in what was committed before the call (one batch): a fold already under way may have
   * started before it, so it waits for that one, then folds. Returns how many proposals changed.
   */
  async flush(): Promise<number> {
    await this.running?.catch(() => undefined);
    return this.tick();
  }

  /** The timer's fold: none when one is under way. */
  private tick(): Promise<number> {
    this.running ??= this.fold().finally(() => (this.running = undefined));
    return this.running;
  }

  /** One autocommit statement: the advisory lock lives as long as the statement's own transaction. */
  private async fold(): Promise<number> {
    const result = await this.db.query<[unknown[], number]>(FOLD_WHEN_LOCKED_SQL);
    return result[1];
  }
}
