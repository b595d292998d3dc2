import { createHash, randomBytes } from 'node:crypto';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
/** "Rester connecté" checked: 30 days, renewed at each refresh. */
export const PERSISTENT_SESSION_SECONDS = 30 * 24 * 3600;
/** Unchecked (shared phones): the session ends after 12 hours even if the browser stays open. */
export const BROWSER_SESSION_SECONDS = 12 * 3600;

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  sessionExpiresAt: Date;
  persistent: boolean;
}

export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

export function newRefreshToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function sessionExpiry(persistent: boolean, from = Date.now()): Date {
  return new Date(from + 1000 * (persistent ? PERSISTENT_SESSION_SECONDS : BROWSER_SESSION_SECONDS));
}
