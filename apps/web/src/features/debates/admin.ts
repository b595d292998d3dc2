/** Rules of the debate management screens: the form's values, checks and dates. */
import { LIMITS } from '@participons/shared';
import type { CreateDebateBody, Debate, ModerationMode } from '../../api/types';
import type { FieldError } from '../../components/ErrorSummary';
import type { TFunction } from '../../i18n';
import type { LifecycleAction } from './api/debates';

export const QUESTION_MAX = 300;
export const DESCRIPTION_MAX = 20000;

export interface DebateValues {
  title: string;
  question: string;
  description: string;
  territoryId: string;
  themeIds: string[];
  /** "yyyy-mm-ddThh:mm" in local time, as <input type="datetime-local"> gives it. */
  opensAt: string;
  closesAt: string;
  proposalsAllowed: boolean;
  commentsAllowed: boolean;
  votesAllowed: boolean;
  votesHiddenUntilClose: boolean;
  moderation: ModerationMode;
  moderateComments: boolean;
}

export const DEBATE_FIELDS = {
  title: 'debate-title',
  question: 'debate-question',
  description: 'debate-description',
  territoryId: 'debate-territory',
  themeIds: 'debate-themes',
  opensAt: 'debate-opens',
  closesAt: 'debate-closes',
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the local "yyyy-mm-ddThh:mm" of a datetime-local field. */
export function toLocalInput(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO instant; null when it is not a real date and time. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(year!, month! - 1, day, hours, minutes, seconds);
  if (date.getMonth() !== month! - 1 || date.getDate() !== day || date.getHours() !== hours || date.getMinutes() !== minutes) return null;
  return date.toISOString();
}

/** A new debate: opens now (published, it is open at once), closes in 30 days at 18:00. */
export function newDebateValues(now = new Date()): DebateValues {
  const opens = new Date(now);
  opens.setSeconds(0, 0);
  const closes = new Date(now);
  closes.setDate(closes.getDate() + 30);
  closes.setHours(18, 0, 0, 0);
  return {
    title: '',
    question: '',
    description: '',
    territoryId: '',
    themeIds: [],
    opensAt: toLocalInput(opens),
    closesAt: toLocalInput(closes),
    proposalsAllowed: true,
    commentsAllowed: true,
    votesAllowed: true,
    votesHiddenUntilClose: false,
    moderation: 'after',
    moderateComments: false,
  };
}

export function debateValues(debate: Debate): DebateValues {
  return {
    title: debate.title,
    question: debate.question,
    description: debate.description,
    territoryId: debate.territoryId,
    themeIds: [...debate.themeIds],
    opensAt: toLocalInput(debate.opensAt),
    closesAt: toLocalInput(debate.closesAt),
    ...debate.settings,
  };
}

export function validateDebate(t: TFunction, values: DebateValues): FieldError[] {
  const errors: FieldError[] = [];
  const f = DEBATE_FIELDS;
  const title = values.title.trim();
  if (title.length < LIMITS.titleMinLength) errors.push({ field: f.title, message: t('adm.debate.error.titleShort', { min: LIMITS.titleMinLength }) });
  else if (title.length > LIMITS.titleMaxLength) errors.push({ field: f.title, message: t('adm.error.long', { max: LIMITS.titleMaxLength }) });
  const question = values.question.trim();
  if (question.length < 3) errors.push({ field: f.question, message: t('adm.debate.error.question') });
  else if (question.length > QUESTION_MAX) errors.push({ field: f.question, message: t('adm.error.long', { max: QUESTION_MAX }) });
  if (values.description.length > DESCRIPTION_MAX) errors.push({ field: f.description, message: t('adm.error.long', { max: DESCRIPTION_MAX }) });
  if (!values.territoryId) errors.push({ field: f.territoryId, message: t('adm.debate.error.territory') });
  const opens = fromLocalInput(values.opensAt);
  const closes = fromLocalInput(values.closesAt);
  if (!opens) errors.push({ field: f.opensAt, message: t('adm.debate.error.date') });
  if (!closes) errors.push({ field: f.closesAt, message: t('adm.debate.error.date') });
  else if (opens && new Date(closes) <= new Date(opens)) errors.push({ field: f.closesAt, message: t('adm.debate.error.order') });
  return errors;
}

/** The request body (the same for creating and changing a debate). Call after validateDebate. */
export function debateBody(values: DebateValues): CreateDebateBody {
  return {
    title: values.title.trim(),
    question: values.question.trim(),
    description: values.description,
    territoryId: values.territoryId,
    themeIds: values.themeIds,
    opensAt: fromLocalInput(values.opensAt)!,
    closesAt: fromLocalInput(values.closesAt)!,
    proposalsAllowed: values.proposalsAllowed,
    commentsAllowed: values.commentsAllowed,
    votesAllowed: values.votesAllowed,
    votesHiddenUntilClose: values.votesHiddenUntilClose,
    moderation: values.moderation,
    moderateComments: values.moderation === 'before' && values.moderateComments,
  };
}

/** What may happen next in the life of a debate: publish a draft, close an open one, archive a closed one. */
export function lifecycleActions(status: Debate['status']): LifecycleAction[] {
  if (status === 'draft') return ['publish'];
  if (status === 'upcoming' || status === 'open') return ['close'];
  if (status === 'closed') return ['archive'];
  return [];
}
