import { api } from '../../../api/client';
import type {
  ActionResult,
  AppealDecisionBody,
  BlockBody,
  CaseActionBody,
  LogPage,
  LogQuery,
  QueuePage,
  QueueQuery,
  ReportBody,
  UnblockBody,
} from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

/** Any signed-in person, once per item (409 ALREADY_REPORTED after). */
export function sendReport(body: ReportBody): Promise<unknown> {
  return api.post('/api/reports', body);
}

/** Most urgent first: automatically hidden, then most reported, then oldest. */
export function readQueue(query: QueueQuery, signal?: AbortSignal): Promise<QueuePage> {
  return api.get<QueuePage>('/api/moderation/queue', query, signal);
}

export function actOnCase(caseId: string, body: CaseActionBody): Promise<ActionResult> {
  return api.post<ActionResult>(`/api/moderation/cases/${id(caseId)}/actions`, body);
}

/** 403 APPEAL_SAME_MODERATOR when the moderator who hid the content tries to decide. */
export function decideAppeal(caseId: string, body: AppealDecisionBody): Promise<ActionResult> {
  return api.post<ActionResult>(`/api/moderation/cases/${id(caseId)}/appeal-decision`, body);
}

export function blockPerson(userId: string, body: BlockBody): Promise<ActionResult> {
  return api.post<ActionResult>(`/api/moderation/users/${id(userId)}/block`, body);
}

export function unblockPerson(userId: string, body: UnblockBody): Promise<ActionResult> {
  return api.post<ActionResult>(`/api/moderation/users/${id(userId)}/unblock`, body);
}

/** Every moderation action, newest first. */
export function readLog(query: LogQuery, signal?: AbortSignal): Promise<LogPage> {
  return api.get<LogPage>('/api/moderation/log', query, signal);
}
