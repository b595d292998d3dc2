import { THEME_NAME_MAX_LENGTH } from '@participons/shared';
import type { FieldError } from '../../components/ErrorSummary';
import type { TFunction } from '../../i18n';

export function validateTheme(t: TFunction, name: string, field: string): FieldError[] {
  const text = name.trim();
  if (!text) return [{ field, message: t('adm.theme.error.name') }];
  if (text.length > THEME_NAME_MAX_LENGTH) return [{ field, message: t('adm.error.long', { max: THEME_NAME_MAX_LENGTH }) }];
  return [];
}
