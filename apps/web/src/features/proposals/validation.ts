import { LIMITS } from '@participons/shared';
import type { FieldError } from '../../components/ErrorSummary';
import type { TFunction } from '../../i18n';

/** The same rules as the API, checked before sending (the API checks again). No rule on style. */
export function validateProposal(t: TFunction, values: { title: string; body: string }, ids = { title: 'title', body: 'body' }): FieldError[] {
  const errors: FieldError[] = [];
  const title = values.title.trim();
  if (title.length < LIMITS.titleMinLength) errors.push({ field: ids.title, message: t('write.error.titleShort', { min: LIMITS.titleMinLength }) });
  else if (title.length > LIMITS.titleMaxLength) errors.push({ field: ids.title, message: t('write.error.titleLong', { max: LIMITS.titleMaxLength }) });
  const body = values.body.trim();
  if (body.length === 0) errors.push({ field: ids.body, message: t('write.error.bodyEmpty') });
  else if (body.length > LIMITS.proposalBodyMaxLength) errors.push({ field: ids.body, message: t('write.error.bodyLong', { max: LIMITS.proposalBodyMaxLength }) });
  return errors;
}
