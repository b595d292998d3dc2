import { api } from '../../../api/client';
import type { AppealBody, MyAppeal, MyCommentPage, MyProposalPage } from '../../../api/types';

/** My proposals, every state, newest first; hidden ones say why. */
export function myProposals(cursor: string | undefined, signal?: AbortSignal): Promise<MyProposalPage> {
  return api.get<MyProposalPage>('/api/me/proposals', { cursor }, signal);
}

/** My comments, every state, newest first; hidden ones say why. */
export function myComments(cursor: string | undefined, signal?: AbortSignal): Promise<MyCommentPage> {
  return api.get<MyCommentPage>('/api/me/comments', { cursor }, signal);
}

export function myAppeals(signal?: AbortSignal): Promise<MyAppeal[]> {
  return api.get<MyAppeal[]>('/api/me/appeals', undefined, signal);
}

/** Once per item (409 APPEAL_ALREADY_MADE after); another moderator decides. */
export function sendAppeal(body: AppealBody): Promise<void> {
  return api.post<void>('/api/appeals', body);
}
