import type { MyAppeal } from '../../api/types';
import type { FieldError } from '../../components/ErrorSummary';
import type { MessageKey, TFunction } from '../../i18n';

export const APPEAL_MESSAGE_MAX = 1000;

/** The appeal about an item, if its author made one. */
export function appealFor(appeals: MyAppeal[], targetType: MyAppeal['targetType'], targetId: string): MyAppeal | null {
  return appeals.find((appeal) => appeal.targetType === targetType && appeal.targetId === targetId) ?? null;
}

/** Where an appeal stands, in plain words. */
export function appealStateKey(appeal: MyAppeal): MessageKey {
  if (appeal.decision === 'restored') return 'appeal.state.restored';
  if (appeal.decision === 'upheld') return 'appeal.state.upheld';
  return 'appeal.state.waiting';
}

export function validateAppeal(t: TFunction, message: string, field: string): FieldError[] {
  const text = message.trim();
  if (!text) return [{ field, message: t('appeal.error.empty') }];
  if (text.length > APPEAL_MESSAGE_MAX) return [{ field, message: t('appeal.error.long', { max: APPEAL_MESSAGE_MAX }) }];
  return [];
}
