/**
 * Moderation console rules, free of components: what may be done to a case, the queue query,
 * the forms' checks, and the plain words for the log.
 */
import { UUID_PATTERN } from '../../api/ids';
import type { CaseAction, LogEntry, QueueItem, QueueKind, QueueQuery, QueueState, ReportReason } from '../../api/types';
import type { FieldError } from '../../components/ErrorSummary';
import { isReason, REASON_LABELS } from '../../components/reasons';
import type { MessageKey, TFunction } from '../../i18n';

export const EXPLANATION_MIN = 3;
export const EXPLANATION_MAX = 500;
export const JUSTIFICATION_MIN = 15;
export const JUSTIFICATION_MAX = 1000;

/**
 * The one-click actions a case allows now. An appeal is decided with its own form; a person
 * (a reported display name) can only be dismissed here, or blocked.
 */
export function availableActions(item: QueueItem): CaseAction[] {
  if (item.appeal) return [];
  if (item.kind === 'user') return ['dismiss'];
  switch (item.content?.status) {
    case 'pending':
      return ['approve', 'hide', 'dismiss'];
    case 'published':
      return ['hide', 'dismiss'];
    case 'hidden':
      return ['restore', 'dismiss'];
    default:
      return ['dismiss'];
  }
}

/** What makes the case urgent, most urgent first: the badges shown on it. */
export function caseStates(item: QueueItem): QueueState[] {
  const states: QueueState[] = [];
  if (item.appeal) states.push('appeal');
  if (item.autoHidden) states.push('auto_hidden');
  if (item.pendingReview) states.push('pending');
  if (item.reportCount > 0) states.push('reported');
  return states;
}

/** Reports that count toward automatic hiding, and those from accounts less than a day old. */
export function reportCounts(item: QueueItem): { total: number; counted: number; notCounted: number } {
  const counted = item.reports.filter((report) => report.counts).length;
  return { total: item.reports.length, counted, notCounted: item.reports.length - counted };
}

export interface QueueFilters {
  kind: '' | QueueKind;
  state: '' | QueueState;
  reason: '' | ReportReason;
  debateId: string;
}

export const NO_FILTERS: QueueFilters = { kind: '', state: '', reason: '', debateId: '' };

export function queueQuery(filters: QueueFilters, cursor?: string | null): QueueQuery {
  return {
    kind: filters.kind || undefined,
    state: filters.state || undefined,
    reason: filters.reason || undefined,
    debateId: filters.debateId || undefined,
    cursor: cursor ?? undefined,
  };
}

export function validateHide(t: TFunction, values: { reason: ReportReason | null; explanation: string }, ids: { reason: string; explanation: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.reason) errors.push({ field: ids.reason, message: t('mod.error.reason') });
  errors.push(...checkText(t, values.explanation, ids.explanation, EXPLANATION_MIN, EXPLANATION_MAX));
  return errors;
}

export function validateDecision(t: TFunction, values: { decision: string | null; explanation: string }, ids: { decision: string; explanation: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.decision) errors.push({ field: ids.decision, message: t('mod.error.decision') });
  errors.push(...checkText(t, values.explanation, ids.explanation, EXPLANATION_MIN, EXPLANATION_MAX));
  return errors;
}

export interface BlockValues {
  justification: string;
  until: 'lifted' | 'date';
  /** yyyy-mm-dd, from <input type="date">. */
  date: string;
  hideContent: boolean;
}

/** The end of the chosen day, as an instant; null when the date is not a real one. */
export function blockUntil(date: string, now = new Date()): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const end = new Date(year, month - 1, day, 23, 59, 59);
  if (end.getMonth() !== month - 1 || end.getDate() !== day) return null;
  return end.getTime() > now.getTime() ? end : null;
}

export function validateBlock(t: TFunction, values: BlockValues, ids: { justification: string; date: string }, now = new Date()): FieldError[] {
  const errors = checkJustification(t, values.justification, ids.justification);
  if (values.until === 'date' && !blockUntil(values.date, now)) errors.push({ field: ids.date, message: t('mod.error.date') });
  return errors;
}

export function checkJustification(t: TFunction, text: string, field: string): FieldError[] {
  return checkText(t, text, field, JUSTIFICATION_MIN, JUSTIFICATION_MAX);
}

function checkText(t: TFunction, text: string, field: string, min: number, max: number): FieldError[] {
  const length = text.trim().length;
  if (length < min) return [{ field, message: t('mod.error.short', { min }) }];
  if (length > max) return [{ field, message: t('mod.error.long', { max }) }];
  return [];
}

export function checkPersonId(t: TFunction, value: string, field: string, required = true): FieldError[] {
  const text = value.trim();
  if (!text) return required ? [{ field, message: t('mod.error.personEmpty') }] : [];
  return UUID_PATTERN.test(text) ? [] : [{ field, message: t('mod.error.id') }];
}

const ACTIONS: Record<string, MessageKey> = {
  approve: 'mod.log.approve',
  hide: 'mod.log.hide',
  restore: 'mod.log.restore',
  dismiss: 'mod.log.dismiss',
  auto_hide: 'mod.log.auto_hide',
  block: 'mod.log.block',
  unblock: 'mod.log.unblock',
  block_hide: 'mod.log.block_hide',
  appeal: 'mod.log.appeal',
  appeal_restore: 'mod.log.appeal_restore',
  appeal_uphold: 'mod.log.appeal_uphold',
};

const STATES: Record<string, MessageKey> = {
  published: 'mod.state.published',
  pending: 'mod.state.pending',
  hidden: 'mod.state.hidden',
  withdrawn: 'mod.state.withdrawn',
  deleted: 'mod.state.deleted',
  active: 'mod.state.active',
  blocked: 'mod.state.blocked',
  profile: 'mod.state.profile',
};

/** A log action or a state in plain words; unknown values are shown as they come. */
export function actionText(t: TFunction, action: string): string {
  const key = ACTIONS[action];
  return key ? t(key) : action;
}

export function stateText(t: TFunction, state: string | null): string {
  if (!state) return '';
  const key = STATES[state];
  return key ? t(key) : state;
}

/** The log's reason: a moderation reason, or for a block how long it lasts ("until lifted", "until <date>"). */
export function reasonText(t: TFunction, reason: string | null, formatDate: (iso: string) => string): string {
  if (!reason) return '';
  if (isReason(reason)) return t(REASON_LABELS[reason]);
  if (reason === 'until lifted') return t('mod.log.untilLifted');
  const until = /^until (.+)$/.exec(reason);
  if (until) return t('mod.log.untilDate', { date: formatDate(until[1]!) });
  return reason;
}

export function targetText(t: TFunction, entry: Pick<LogEntry, 'targetType'>): string {
  return t(entry.targetType === 'proposal' ? 'mod.kind.proposal' : entry.targetType === 'comment' ? 'mod.kind.comment' : 'mod.kind.user');
}
