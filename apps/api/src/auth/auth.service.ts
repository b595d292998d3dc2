import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppException } from '../common/errors/app.exception';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import type { RegisterDto } from '../users/dto/register.dto';
import { isBlocked, User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { ACCESS_TOKEN_SECONDS, AccessTokenPayload, hashToken, IssuedTokens, newRefreshToken, sessionExpiry } from './auth-tokens';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionsRepository } from './sessions.repository';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly jwt: JwtService,
  ) {}

  async register(dto: RegisterDto): Promise<{ user: User; tokens: IssuedTokens }> {
    const user = await this.users.create({ email: dto.email, displayName: dto.displayName, passwordHash: await this.hasher.hash(dto.password) });
    return { user, tokens: await this.openSession(user.id, dto.rememberMe ?? false) };
  }

  /**
   * Same answer and similar timing for an unknown email and a wrong password: the hash is
   * verified either way. Blocked and deleted accounts are told only after a correct password.
   */
  async verifyCredentials(email: string, password: string, address: string): Promise<User> {
    await this.throttle.registerAttempt(email, address);
    const user = await this.users.findForLogin(email);
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid || user.status === 'deleted') throw new AppException('INVALID_CREDENTIALS');
    if (isBlocked(user)) throw new AppException('ACCOUNT_BLOCKED');
    return user;
  }

  async openSession(userId: string, persistent: boolean): Promise<IssuedTokens> {
    const refresh = newRefreshToken();
    const session = await this.sessions.create(userId, persistent, sessionExpiry(persistent), refresh.hash);
    return this.issue({ sub: userId, sid: session.id }, refresh.token, session.expiresAt, persistent);
  }

  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const next = newRefreshToken();
    const result = await this.sessions.rotate(hashToken(refreshToken), next.hash, (s) => (s.persistent ? sessionExpiry(true) : s.expiresAt));
    if (result.outcome === 'reused') {
      await this.sessions.revoke(result.sessionId, 'refresh token reused');
      throw new AppException('REFRESH_TOKEN_REUSED');
    }
    if (result.outcome === 'unknown') throw new AppException('REFRESH_TOKEN_INVALID');
    const { session } = result;
    const user = await this.users.findById(session.userId);
    if (!user || !this.users.sessionStillValid(user, session.createdAt)) {
      await this.sessions.revoke(session.id, 'account not active');
      throw new AppException('SESSION_EXPIRED');
    }
    return this.issue({ sub: session.userId, sid: session.id }, next.token, session.expiresAt, session.persistent);
  }

  /** Checks an access token's session and account on every request, so revocation and blocking act at once. */
  async resolveAccess(payload: AccessTokenPayload): Promise<AuthenticatedUser> {
    const found = await this.sessions.findWithPrincipal(payload.sid, payload.sub);
    if (!found) throw new AppException('SESSION_EXPIRED');
    const { session, user, grants } = found;
    const sessionLive = !session.revokedAt && session.expiresAt > new Date();
    if (!sessionLive || !this.users.sessionStillValid(user, session.createdAt)) throw new AppException('SESSION_EXPIRED');
    return { id: user.id, sessionId: session.id, displayName: user.displayName, roles: grants, createdAt: user.createdAt };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId, 'logout');
  }

  async logoutWithRefreshToken(refreshToken: string): Promise<void> {
    const sessionId = await this.sessions.findSessionIdByToken(hashToken(refreshToken));
    if (sessionId) await this.sessions.revoke(sessionId, 'logout');
  }

  async logoutEverywhere(userId: string): Promise<void> {
    await this.sessions.revokeAllOf(userId, 'logout everywhere');
  }

  private async issue(payload: AccessTokenPayload, refreshToken: string, sessionExpiresAt: Date, persistent: boolean): Promise<IssuedTokens> {
    const accessToken = await this.jwt.signAsync({ ...payload }, { expiresIn: ACCESS_TOKEN_SECONDS });
    return {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000),
      sessionExpiresAt,
      persistent,
    };
  }
}
