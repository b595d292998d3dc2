import { INSEE_CODE_PATTERN, TERRITORY_NAME_MAX_LENGTH } from '@participons/shared';
import type { TerritoryKind } from '../../api/types';
import type { FieldError } from '../../components/ErrorSummary';
import type { TFunction } from '../../i18n';

export interface TerritoryValues {
  kind: TerritoryKind;
  name: string;
  /** INSEE code, communes only; empty for none. */
  officialCode: string;
  parentId: string;
}

export function validateTerritory(t: TFunction, values: TerritoryValues, ids: { name: string; officialCode: string; parentId: string }): FieldError[] {
  const errors: FieldError[] = [];
  const name = values.name.trim();
  if (!name) errors.push({ field: ids.name, message: t('adm.territory.error.name') });
  else if (name.length > TERRITORY_NAME_MAX_LENGTH) errors.push({ field: ids.name, message: t('adm.error.long', { max: TERRITORY_NAME_MAX_LENGTH }) });
  const code = values.officialCode.trim().toUpperCase();
  if (values.kind === 'commune' && code && !INSEE_CODE_PATTERN.test(code)) errors.push({ field: ids.officialCode, message: t('adm.territory.error.code') });
  if (values.kind === 'quartier' && !values.parentId) errors.push({ field: ids.parentId, message: t('adm.territory.error.parent') });
  return errors;
}

/** The INSEE code as the API wants it: upper case (2A, 2B), null when empty. */
export function officialCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return code || null;
}
