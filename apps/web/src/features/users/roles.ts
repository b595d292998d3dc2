import { UUID_PATTERN } from '../../api/ids';
import { GRANTABLE_ROLES } from '@participons/shared';
import type { Role } from '../../api/types';
import type { FieldError } from '../../components/ErrorSummary';
import type { MessageKey, TFunction } from '../../i18n';

export const ROLES: readonly Role[] = GRANTABLE_ROLES;

export const ROLE_LABELS: Record<Role, MessageKey> = {
  facilitator: 'account.role.facilitator',
  moderator: 'account.role.moderator',
  official: 'account.role.official',
  admin: 'account.role.admin',
};

export const ROLE_HINTS: Record<Role, MessageKey> = {
  facilitator: 'adm.role.facilitatorHint',
  moderator: 'adm.role.moderatorHint',
  official: 'adm.role.officialHint',
  admin: 'adm.role.adminHint',
};

/** A person's number (the id shown in the moderation queue and log), pasted with spaces or not. */
export function checkUserId(t: TFunction, value: string, field: string): FieldError[] {
  const text = value.trim();
  if (!text) return [{ field, message: t('adm.roles.error.empty') }];
  return UUID_PATTERN.test(text) ? [] : [{ field, message: t('adm.roles.error.id') }];
}
