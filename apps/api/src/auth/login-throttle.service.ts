import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RateLimiter } from '../common/rate-limit/rate-limiter.service';
import { normalizeEmail } from '../users/normalize-email';

/** Login attempts a minute, per account (the email given, known or not) and per client address. */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  registerAttempt(email: string, address: string): Promise<void> {
    return this.limiter.hit(
      [
        { key: `login-account:${normalizeEmail(email)}`, windowSeconds: 60, max: this.config.loginMaxAttemptsPerAccount },
        { key: `login-address:${address}`, windowSeconds: 60, max: this.config.loginMaxAttemptsPerAddress },
      ],
      'TOO_MANY_ATTEMPTS',
    );
  }
}
