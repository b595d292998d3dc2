import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IssuedTokens } from './auth-tokens';

export const ACCESS_COOKIE = 'participons_access';
export const REFRESH_COOKIE = 'participons_refresh';
const REFRESH_PATH = '/api/auth';

/**
 * httpOnly, SameSite=Lax cookies. Without "Rester connecté" they are session cookies,
 * gone when the browser closes (shared phones).
 */
export function setAuthCookies(reply: FastifyReply, tokens: IssuedTokens, secure: boolean): void {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure };
  const persistentUntil = tokens.persistent ? { expires: tokens.sessionExpiresAt } : {};
  reply.setCookie(ACCESS_COOKIE, tokens.accessToken, { ...base, path: '/api', ...persistentUntil });
  reply.setCookie(REFRESH_COOKIE, tokens.refreshToken, { ...base, path: REFRESH_PATH, ...persistentUntil });
}

export function clearAuthCookies(reply: FastifyReply, secure: boolean): void {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure };
  reply.clearCookie(ACCESS_COOKIE, { ...base, path: '/api' });
  reply.clearCookie(REFRESH_COOKIE, { ...base, path: REFRESH_PATH });
}

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const value = (request.cookies as Record<string, string | undefined> | undefined)?.[name];
  return value || undefined;
}
