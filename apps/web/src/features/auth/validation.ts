import { LIMITS } from '@participons/shared';
import type { FieldError } from '../../components/ErrorSummary';
import type { TFunction } from '../../i18n';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checked before sending, with the API's limits; the API checks again (common passwords…). */
export function validateSignUp(t: TFunction, values: { displayName: string; email: string; password: string }): FieldError[] {
  const errors: FieldError[] = [];
  const name = values.displayName.trim();
  if (name.length < LIMITS.displayNameMinLength) errors.push({ field: 'displayName', message: t('auth.error.nameShort', { min: LIMITS.displayNameMinLength }) });
  else if (name.length > LIMITS.displayNameMaxLength) errors.push({ field: 'displayName', message: t('auth.error.nameLong', { max: LIMITS.displayNameMaxLength }) });
  const email = values.email.trim();
  if (!email) errors.push({ field: 'email', message: t('auth.error.emailEmpty') });
  else if (!EMAIL.test(email) || email.length > LIMITS.emailMaxLength) errors.push({ field: 'email', message: t('auth.error.emailInvalid') });
  if (values.password.length < LIMITS.passwordMinLength) errors.push({ field: 'password', message: t('auth.error.passwordShort', { min: LIMITS.passwordMinLength }) });
  else if (values.password.length > LIMITS.passwordMaxLength) errors.push({ field: 'password', message: t('auth.error.passwordLong', { max: LIMITS.passwordMaxLength }) });
  return errors;
}

export function validateSignIn(t: TFunction, values: { email: string; password: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.email.trim()) errors.push({ field: 'email', message: t('auth.error.emailEmpty') });
  if (!values.password) errors.push({ field: 'password', message: t('auth.error.passwordEmpty') });
  return errors;
}
