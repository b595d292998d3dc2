import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ErrorCode } from '@participons/shared';
import { AppException } from '../errors/app.exception';

export interface Limit {
  /** What is counted and for whom, e.g. `comments:<user id>`. */
  key: string;
  windowSeconds: number;
  max: number;
}

/**
 * Fixed windows counted in PostgreSQL by one atomic upsert, so limits hold across processes
 * and restarts. Used for login attempts, posting and reporting.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly cleanup: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.cleanup = setInterval(() => void this.forgetOldWindows().catch(() => undefined), 10 * 60_000);
    this.cleanup.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanup);
  }

  /** Counts one hit on each limit; throws `code` (429 with Retry-After) when any is exceeded. */
  async hit(limits: Limit[], code: ErrorCode = 'RATE_LIMITED'): Promise<void> {
    const counts = await Promise.all(limits.map((limit) => this.count(limit)));
    const retryAfter = Math.max(0, ...counts.map((c, i) => (c.hits > limits[i].max ? c.retryAfter : 0)));
    if (retryAfter > 0) throw new AppException(code, { seconds: retryAfter }, [], { 'retry-after': String(retryAfter) });
  }

  private async count(limit: Limit): Promise<{ hits: number; retryAfter: number }> {
    const [row] = await this.db.query<{ hits: number; retry_after: number }[]>(
      `INSERT INTO rate_limits AS r (key, window_started_at, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE r.hits + 1 END,
         window_started_at = CASE WHEN r.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE r.window_started_at END
       RETURNING hits, GREATEST(1, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now())))::int AS retry_after`,
      [limit.key, limit.windowSeconds],
    );
    return { hits: row.hits, retryAfter: row.retry_after };
  }

  private async forgetOldWindows(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE window_started_at < now() - interval '2 days'`);
  }
}
