import { LIMITS, type ErrorCode } from '@participons/shared';
import { COMMON_PASSWORDS } from './common-passwords';

export interface PasswordProblem {
  code: ErrorCode;
  params?: Record<string, number>;
}

/**
 * NIST SP 800-63B style: length 8–128 (counted in characters, not bytes), any character,
 * no composition rules; refuse well-known passwords and ones built from the person's own email or name.
 */
export function checkPassword(password: string, personal: { email?: string | null; displayName?: string }): PasswordProblem | null {
  const length = [...password.normalize('NFC')].length;
  if (length < LIMITS.passwordMinLength) return { code: 'PASSWORD_TOO_SHORT', params: { min: LIMITS.passwordMinLength } };
  if (length > LIMITS.passwordMaxLength) return { code: 'PASSWORD_TOO_LONG', params: { max: LIMITS.passwordMaxLength } };
  const lowered = password.normalize('NFC').toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return { code: 'PASSWORD_TOO_COMMON' };
  if (containsPersonalInfo(lowered, personal)) return { code: 'PASSWORD_CONTAINS_PERSONAL_INFO' };
  return null;
}

function containsPersonalInfo(lowered: string, personal: { email?: string | null; displayName?: string }): boolean {
  const email = personal.email?.trim().toLowerCase();
  const fragments = [
    email,
    email?.split('@')[0],
    personal.displayName?.trim().toLowerCase(),
    personal.displayName?.trim().toLowerCase().replace(/\s+/g, ''),
  ].filter((f): f is string => !!f && f.length >= 3);
  return fragments.some((fragment) => lowered.includes(fragment));
}
