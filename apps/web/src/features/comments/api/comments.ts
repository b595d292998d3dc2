import { api } from '../../../api/client';
import type { Comment, CommentPage, CommentSort, CommentVoteValue, CreateCommentBody, UpdateCommentBody } from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

/** What a thread hangs on: a proposal, or the debate itself (its question). */
export type CommentTarget = { proposalId: string } | { debateId: string };

export function threadPath(target: CommentTarget): string {
  return 'proposalId' in target ? `/api/proposals/${id(target.proposalId)}/comments` : `/api/debates/${id(target.debateId)}/comments`;
}

export function listComments(target: CommentTarget, query: { cursor?: string; sort?: CommentSort } = {}, signal?: AbortSignal): Promise<CommentPage> {
  return api.get<CommentPage>(threadPath(target), query, signal);
}

export function createComment(target: CommentTarget, body: CreateCommentBody): Promise<Comment> {
  return api.post<Comment>(threadPath(target), body);
}

export function updateComment(commentId: string, body: UpdateCommentBody): Promise<Comment> {
  return api.patch<Comment>(`/api/comments/${id(commentId)}`, body);
}

export function deleteComment(commentId: string): Promise<void> {
  return api.delete<void>(`/api/comments/${id(commentId)}`);
}

export function voteComment(commentId: string, value: CommentVoteValue): Promise<Comment> {
  return api.put<Comment>(`/api/comments/${id(commentId)}/vote`, { value });
}
