import { REPORT_REASONS } from '@participons/shared';
import type { ReportReason } from '../api/types';
import type { MessageKey } from '../i18n';

/** The report and moderation reasons, in the order they are offered. */
export const REASONS: readonly ReportReason[] = REPORT_REASONS;

/** Plain words for each reason (the same as the API's reasonLabel: checked by a unit test). */
export const REASON_LABELS: Record<ReportReason, MessageKey> = {
  spam: 'reason.spam',
  abusive: 'reason.abusive',
  off_topic: 'reason.off_topic',
  personal_data: 'reason.personal_data',
  other: 'reason.other',
};

export const REASON_HINTS: Record<ReportReason, MessageKey> = {
  spam: 'reason.spam.hint',
  abusive: 'reason.abusive.hint',
  off_topic: 'reason.off_topic.hint',
  personal_data: 'reason.personal_data.hint',
  other: 'reason.other.hint',
};

export function isReason(value: unknown): value is ReportReason {
  return typeof value === 'string' && (REASONS as readonly string[]).includes(value);
}
