import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppException } from '../common/errors/app.exception';
import { normalizeEmail } from '../users/normalize-email';

const WINDOW_SECONDS = 60;

/**
 * Fixed one-minute windows counted in PostgreSQL with one atomic upsert, so the limit holds
 * across processes: per account (the email given, known or not) and per client address.
 */
@Injectable()
export class LoginThrottleService implements OnModuleDestroy {
  private readonly cleanup: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cleanup = setInterval(() => void this.forgetOldWindows().catch(() => undefined), 10 * 60_000);
    this.cleanup.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanup);
  }

  /** Counts one attempt; throws TOO_MANY_ATTEMPTS (429 with Retry-After) past either limit. */
  async registerAttempt(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([
      this.count(`account:${normalizeEmail(email)}`),
      this.count(`address:${address}`),
    ]);
    const over = [
      account.attempts > this.config.loginMaxAttemptsPerAccount ? account.retryAfter : 0,
      client.attempts > this.config.loginMaxAttemptsPerAddress ? client.retryAfter : 0,
    ];
    const retryAfter = Math.max(...over);
    if (retryAfter > 0) {
      throw new AppException('TOO_MANY_ATTEMPTS', { seconds: retryAfter }, [], { 'retry-after': String(retryAfter) });
    }
  }

  private async count(key: string): Promise<{ attempts: number; retryAfter: number }> {
    const [row] = await this.db.query<{ attempts: number; retry_after: number }[]>(
      `INSERT INTO login_attempts AS a (key, window_started_at, attempts) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN a.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE a.attempts + 1 END,
         window_started_at = CASE WHEN a.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE a.window_started_at END
       RETURNING attempts,
         GREATEST(1, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now())))::int AS retry_after`,
      [key, WINDOW_SECONDS],
    );
    return { attempts: row.attempts, retryAfter: row.retry_after };
  }

  private async forgetOldWindows(): Promise<void> {
    await this.db.query(`DELETE FROM login_attempts WHERE window_started_at < now() - interval '1 hour'`);
  }
}
