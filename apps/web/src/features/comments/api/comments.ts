import { api } from '../../../api/client';
import type { Comment, CommentPage, CommentSort, CommentVoteValue, CreateCommentBody, UpdateCommentBody } from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

export function listComments(proposalId: string, query: { cursor?: string; sort?: CommentSort } = {}, signal?: AbortSignal): Promise<CommentPage> {
  return api.get<CommentPage>(`/api/proposals/${id(proposalId)}/comments`, query, signal);
}

export function createComment(proposalId: string, body: CreateCommentBody): Promise<Comment> {
  return api.post<Comment>(`/api/proposals/${id(proposalId)}/comments`, body);
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
