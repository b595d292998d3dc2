import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../../api/client';
import type { Comment, CommentVoteValue, Me, Stance } from '../../../api/types';
import { Explain } from '../../../components/Explain';
import { LoadError, Loading } from '../../../components/Feedback';
import { formatDate } from '../../../components/format';
import { ReadAloud } from '../../../components/ReadAloud';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';
import { createComment, deleteComment, listComments, updateComment, voteComment, type CommentTarget } from '../api/comments';
import { canReplyTo, countInTree, replaceInTree } from '../tree';
import { CommentForm, type CommentSubject } from './CommentForm';

const STANCE_TAG: Record<Stance, MessageKey> = {
  for: 'comments.tag.for',
  against: 'comments.tag.against',
  neutral: 'comments.tag.neutral',
};

interface ThreadContext {
  me: Me | null;
  canWrite: boolean;
  subject: CommentSubject;
  /** Extra controls for a published comment of someone else (the "Signaler" button). */
  renderReport?: (comment: Comment) => ComponentChildren;
  focusId: string | null;
  announce: (text: string) => void;
  reply: (parent: Comment, values: { body: string; stance: Stance }) => Promise<void>;
  edit: (comment: Comment, values: { body: string; stance: Stance }) => Promise<void>;
  remove: (comment: Comment) => Promise<void>;
  vote: (comment: Comment, value: CommentVoteValue) => Promise<void>;
}

function CommentItem(props: { comment: Comment; ctx: ThreadContext }) {
  const { t, lang } = useI18n();
  const { comment, ctx } = props;
  const [mode, setMode] = useState<'read' | 'reply' | 'edit' | 'confirmDelete'>('read');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  const own = !!ctx.me && comment.author?.id === ctx.me.id;
  const readable = comment.body !== null && (comment.status === 'published' || comment.status === 'pending');

  useEffect(() => {
    if (ctx.focusId === comment.id) ref.current?.focus();
  }, [ctx.focusId, comment.id]);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <li class={`comment comment--depth-${comment.depth}`}>
      <article id={`comment-${comment.id}`} tabIndex={-1} ref={ref} aria-labelledby={`comment-${comment.id}-author`}>
        {readable ? (
          <>
            <p class="comment__meta" id={`comment-${comment.id}-author`}>
              <span class={`tag tag--${comment.stance}`}>{t(STANCE_TAG[comment.stance])}</span>{' '}
              <strong>{comment.author?.displayName}</strong>{' '}
              <span class="comment__date">{t('comments.on', { date: formatDate(lang, comment.createdAt) })}</span>
              {comment.editedAt ? <span class="comment__edited"> {t('comments.edited')}</span> : null}
            </p>
            {comment.status === 'pending' ? <p class="notice">{t('comments.pending')}</p> : null}
            {mode === 'edit' ? (
              <CommentForm
                idPrefix={`comment-edit-${comment.id}`}
                mode="edit"
                subject={ctx.subject}
                initial={{ body: comment.body ?? '', stance: comment.stance }}
                onSubmit={async (values) => {
                  await ctx.edit(comment, values);
                  setMode('read');
                }}
                onCancel={() => {
                  setMode('read');
                  ref.current?.focus();
                }}
              />
            ) : (
              <p class="comment__body">{comment.body}</p>
            )}
            {mode !== 'edit' ? (
              <div class="comment__actions">
                <ReadAloud text={comment.body ?? ''} label={t('readAloud.comment')} />
                {comment.status === 'published' && ctx.me && !own ? (
                  <>
                    <button type="button" class="button button--small button--secondary" onClick={() => run(() => ctx.vote(comment, 'up'))}>
                      {t('comments.vote.up', { count: comment.upVotes })}
                    </button>
                    <button type="button" class="button button--small button--secondary" onClick={() => run(() => ctx.vote(comment, 'down'))}>
                      {t('comments.vote.down', { count: comment.downVotes })}
                    </button>
                  </>
                ) : (
                  <span class="comment__score">
                    {t('comments.score', { up: comment.upVotes, down: comment.downVotes })}
                  </span>
                )}
                {comment.status === 'published' && ctx.me && !own && ctx.renderReport ? ctx.renderReport(comment) : null}
                {ctx.canWrite && canReplyTo(comment) && mode === 'read' ? (
                  <button type="button" class="button button--small" onClick={() => setMode('reply')}>
                    {t('comments.reply', { name: comment.author?.displayName ?? '' })}
                  </button>
                ) : null}
                {own && mode === 'read' ? (
                  <>
                    <button type="button" class="button button--small button--secondary" onClick={() => setMode('edit')}>
                      {t('comments.edit')}
                    </button>
                    <button type="button" class="button button--small button--secondary" onClick={() => setMode('confirmDelete')}>
                      {t('comments.delete')}
                    </button>
                  </>
                ) : null}
              </div>
            ) : null}
            {mode === 'confirmDelete' ? (
              <div class="confirm" role="group" aria-labelledby={`comment-${comment.id}-confirm`}>
                <p id={`comment-${comment.id}-confirm`}>{t('comments.delete.confirm')}</p>
                <div class="actions">
                  <button type="button" class="button button--danger" onClick={() => run(() => ctx.remove(comment))}>
                    {t('comments.delete.yes')}
                  </button>
                  <button type="button" class="button button--secondary" onClick={() => setMode('read')}>
                    {t('comments.delete.no')}
                  </button>
                </div>
              </div>
            ) : null}
          </>
        ) : (
          <>
            <p class="comment__placeholder" id={`comment-${comment.id}-author`}>
              {comment.status === 'deleted' ? t('comments.deleted') : comment.placeholder ?? t('comments.hidden')}
            </p>
            {comment.status === 'hidden' && own ? (
              // Only its author (and staff) get the explanation: they may appeal from "Mes contributions".
              <>
                {comment.moderationExplanation ? <p>{t('comments.hidden.why', { text: comment.moderationExplanation })}</p> : null}
                <p>
                  <a href="/mon-compte">{t('comments.hidden.appeal')}</a>
                </p>
              </>
            ) : null}
          </>
        )}
        {error ? (
          <p class="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        {mode === 'reply' ? (
          <CommentForm
            idPrefix={`comment-reply-${comment.id}`}
            mode="reply"
            subject={ctx.subject}
            onSubmit={async (values) => {
              await ctx.reply(comment, values);
              setMode('read');
            }}
            onCancel={() => {
              setMode('read');
              ref.current?.focus();
            }}
          />
        ) : null}
      </article>
      {comment.replies.length ? (
        <ul class="comments comments--replies" aria-label={t('comments.replies', { count: comment.replies.length, name: comment.author?.displayName ?? '' })}>
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} ctx={ctx} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The comments of a proposal or of a debate: a thread three levels deep, with for / against tags. */
export function CommentThread(props: {
  target: CommentTarget;
  me: Me | null;
  canWrite: boolean;
  closedReason: string | null;
  signInHref: string;
  renderReport?: (comment: Comment) => ComponentChildren;
}) {
  const { t } = useI18n();
  const [items, setItems] = useState<Comment[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const subject: CommentSubject = 'proposalId' in props.target ? 'proposal' : 'debate';
  const targetKey = 'proposalId' in props.target ? `p:${props.target.proposalId}` : `d:${props.target.debateId}`;

  const page = useAsync((signal) => listComments(props.target, {}, signal), [targetKey]);
  useEffect(() => {
    if (page.status === 'ready') {
      setItems(page.data.items);
      setCursor(page.data.nextCursor);
    }
  }, [page.status, page.data]);

  /** Loads the thread again (after a new comment or a deletion), every page already shown. */
  const refresh = async () => {
    let loaded: Comment[] = [];
    let next: string | null = null;
    const shown = items.length + 1;
    do {
      const result = await listComments(props.target, next ? { cursor: next } : {});
      loaded = [...loaded, ...result.items];
      next = result.nextCursor;
    } while (next && loaded.length < shown);
    setItems(loaded);
    setCursor(next);
  };

  const ctx: ThreadContext = {
    me: props.me,
    canWrite: props.canWrite,
    subject,
    renderReport: props.renderReport,
    focusId,
    announce: setStatus,
    reply: async (parent, values) => {
      const created = await createComment(props.target, { ...values, parentId: parent.id });
      await refresh();
      setFocusId(created.id);
      setStatus(t(created.status === 'pending' ? 'comments.done.pending' : 'comments.done.reply'));
    },
    edit: async (comment, values) => {
      const updated = await updateComment(comment.id, values);
      setItems((previous) => replaceInTree(previous, updated));
      setFocusId(null);
      setFocusId(updated.id);
      setStatus(t('comments.done.edit'));
    },
    remove: async (comment) => {
      await deleteComment(comment.id);
      await refresh();
      setStatus(t('comments.done.delete'));
      headingRef.current?.focus();
    },
    vote: async (comment, value) => {
      const updated = await voteComment(comment.id, value);
      setItems((previous) => replaceInTree(previous, updated));
      setStatus(t('comments.done.vote'));
    },
  };

  const loadMore = async () => {
    if (!cursor) return;
    setMoreError(null);
    try {
      const result = await listComments(props.target, { cursor });
      setItems((previous) => [...previous, ...result.items]);
      setCursor(result.nextCursor);
    } catch (error) {
      setMoreError(error);
    }
  };

  const count = countInTree(items);
  return (
    <section aria-labelledby="comments-heading" class="comments-section">
      <h2 id="comments-heading" tabIndex={-1} ref={headingRef}>
        {t(subject === 'debate' ? 'comments.heading.debate' : 'comments.heading')}
      </h2>
      <Explain topic={t('comments.explain.topic')}>
        <p>{t(subject === 'debate' ? 'comments.explain.1.debate' : 'comments.explain.1')}</p>
        <p>{t('comments.explain.2')}</p>
        <p>{t('comments.explain.3')}</p>
      </Explain>
      {page.status === 'loading' ? <Loading /> : null}
      {page.status === 'error' ? <LoadError error={page.error} onRetry={page.reload} /> : null}
      {page.status === 'ready' ? <p>{count ? t('comments.count', { count }) : t('comments.none')}</p> : null}
      {items.length ? (
        <ul class="comments">
          {items.map((comment) => (
            <CommentItem key={comment.id} comment={comment} ctx={ctx} />
          ))}
        </ul>
      ) : null}
      {moreError ? <LoadError error={moreError} /> : null}
      {cursor ? (
        <button type="button" class="button button--secondary" onClick={loadMore}>
          {t('comments.more')}
        </button>
      ) : null}
      <StatusMessage tone="success">{status}</StatusMessage>
      <h3 id="comment-new-heading">{t('comments.new.heading')}</h3>
      {props.closedReason ? (
        <p class="notice">{props.closedReason}</p>
      ) : !props.me ? (
        <p>
          <a class="button" href={props.signInHref}>
            {t('comments.signIn')}
          </a>
        </p>
      ) : (
        <CommentForm
          idPrefix="comment-new"
          mode="new"
          subject={subject}
          onSubmit={async (values) => {
            const created = await createComment(props.target, values);
            await refresh();
            setFocusId(created.id);
            setStatus(t(created.status === 'pending' ? 'comments.done.pending' : 'comments.done.new'));
          }}
        />
      )}
    </section>
  );
}
