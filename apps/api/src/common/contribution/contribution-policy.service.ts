import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { RateLimiter } from '../rate-limit/rate-limiter.service';

export type ContributionKind = 'proposal' | 'comment';

const NEW_ACCOUNT_MS = 24 * 3600_000;
const NEW_ACCOUNT_DAILY: Record<ContributionKind, number> = { proposal: 3, comment: 10 };
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|fr|net|org|info|io|ly|me|co|biz|xyz|ru|cn|top)\b/i;

export function isNewAccount(user: Pick<AuthenticatedUser, 'createdAt'>, now = Date.now()): boolean {
  return now - user.createdAt.getTime() < NEW_ACCOUNT_MS;
}

export function normalizeForMatching(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Protection against abuse, applied before a proposal or comment is written: per-person rate
 * limits (429), tighter daily limits for accounts younger than 24 hours, and reasons to hold a
 * post for review instead of publishing it (links from new accounts, configured words). A post
 * is never rejected for its words.
 */
@Injectable()
export class ContributionPolicy {
  private readonly holdWords: string[];

  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.holdWords = config.moderationHoldWords.map(normalizeForMatching);
  }

  /** Counts the post against the limits; returns true when it must wait for review. */
  async admit(author: AuthenticatedUser, kind: ContributionKind, text: string): Promise<{ holdForReview: boolean }> {
    const perHour = kind === 'proposal' ? this.config.proposalsPerHour : this.config.commentsPerHour;
    await this.limiter.hit([{ key: `${kind}s-hour:${author.id}`, windowSeconds: 3600, max: perHour }]);
    if (isNewAccount(author)) await this.limiter.hit([{ key: `${kind}s-new-account:${author.id}`, windowSeconds: 86400, max: NEW_ACCOUNT_DAILY[kind] }], 'NEW_ACCOUNT_LIMIT');
    return { holdForReview: this.mustHold(author, text) };
  }

  /** For edits too: a link from a new account, or a listed word, sends the text back to review. */
  mustHold(author: AuthenticatedUser, text: string): boolean {
    return (isNewAccount(author) && LINK.test(text)) || this.containsHoldWord(text);
  }

  async admitReport(reporter: AuthenticatedUser): Promise<void> {
    await this.limiter.hit([{ key: `reports-hour:${reporter.id}`, windowSeconds: 3600, max: this.config.reportsPerHour }]);
  }

  private containsHoldWord(text: string): boolean {
    if (this.holdWords.length === 0) return false;
    const normalized = ` ${normalizeForMatching(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    return this.holdWords.some((word) => normalized.includes(` ${word.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
  }
}
