import type { ReportBody, ReportReason } from '../../api/types';
import type { FieldError } from '../../components/ErrorSummary';
import type { TFunction } from '../../i18n';

export const REPORT_DETAILS_MAX = 1000;

export interface ReportValues {
  /** The text (proposal or comment), or the name of its author. */
  what: 'content' | 'user';
  reason: ReportReason | null;
  details: string;
}

export function validateReport(t: TFunction, values: ReportValues, ids: { reason: string; details: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.reason) errors.push({ field: ids.reason, message: t('report.error.reason') });
  if (values.details.trim().length > REPORT_DETAILS_MAX) errors.push({ field: ids.details, message: t('report.error.long', { max: REPORT_DETAILS_MAX }) });
  return errors;
}

/** The request body: the item itself, or its author's profile (their display name). */
export function reportBody(target: { type: 'proposal' | 'comment'; id: string }, authorId: string | null, values: ReportValues): ReportBody {
  const details = values.details.trim();
  return {
    targetType: values.what === 'user' && authorId ? 'user' : target.type,
    targetId: values.what === 'user' && authorId ? authorId : target.id,
    reason: values.reason!,
    ...(details ? { details } : {}),
  };
}
