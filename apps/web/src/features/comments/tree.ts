import type { Comment } from '../../api/types';

/** Replaces one comment of a thread (found at any depth), keeping its replies when the new one has none. */
export function replaceInTree(items: Comment[], updated: Comment): Comment[] {
  return items.map((item) => {
    if (item.id === updated.id) return { ...updated, replies: updated.replies.length ? updated.replies : item.replies };
    if (!item.replies.length) return item;
    return { ...item, replies: replaceInTree(item.replies, updated) };
  });
}

/** Number of comments in a thread, replies included. */
export function countInTree(items: Comment[]): number {
  return items.reduce((sum, item) => sum + 1 + countInTree(item.replies), 0);
}

/** Whether one may answer this comment: published, and not already at the deepest level. */
export function canReplyTo(comment: Comment, maxDepth = 3): boolean {
  return comment.status === 'published' && comment.depth < maxDepth;
}
