import { useState } from 'preact/hooks';
import type { MyAppeal, MyComment, Proposal } from '../../../api/types';
import { LoadError, Loading } from '../../../components/Feedback';
import { formatDate } from '../../../components/format';
import { isReason, REASON_LABELS } from '../../../components/reasons';
import { useAsync } from '../../../components/useAsync';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';
import { myAppeals, myComments, myProposals } from '../api/contributions';
import { appealFor } from '../appeals';
import { AppealBlock } from './AppealBlock';

const PROPOSAL_STATUS: Record<Proposal['status'], MessageKey> = {
  published: 'proposal.status.published',
  pending: 'proposal.status.pending',
  hidden: 'proposal.status.hidden',
  withdrawn: 'proposal.status.withdrawn',
};

const COMMENT_STATUS: Record<MyComment['status'], MessageKey> = {
  published: 'comment.status.published',
  pending: 'comment.status.pending',
  hidden: 'comment.status.hidden',
  deleted: 'comment.status.deleted',
};

/** Pages of a list read with a cursor: the first page on mount, more on demand. */
function usePages<T>(load: (cursor: string | undefined, signal?: AbortSignal) => Promise<{ items: T[]; nextCursor: string | null }>, key: unknown) {
  const first = useAsync((signal) => load(undefined, signal), [key]);
  const [more, setMore] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<unknown>(null);
  const next = cursor === undefined ? (first.data?.nextCursor ?? null) : cursor;
  const loadMore = async () => {
    if (!next) return;
    setMoreError(null);
    try {
      const page = await load(next);
      setMore((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreError(error);
    }
  };
  return { first, items: [...(first.data?.items ?? []), ...more], next, loadMore, moreError };
}

/** Why a contribution is hidden: the reason in plain words and the moderator's explanation. */
function ModerationWhy(props: { reasonLabel: string | null; explanation: string | null }) {
  const { t } = useI18n();
  return (
    <>
      {props.reasonLabel ? <p>{t('account.moderation.reason', { reason: props.reasonLabel })}</p> : null}
      {props.explanation ? <p>{t('account.moderation.explanation', { text: props.explanation })}</p> : null}
    </>
  );
}

function MyProposalItem(props: { proposal: Proposal; appeals: MyAppeal[]; onAppeal: () => void }) {
  const { t, lang } = useI18n();
  const { proposal } = props;
  // Hidden: why, and the appeal. Put back after an appeal: the decision stays shown.
  const appeal = appealFor(props.appeals, 'proposal', proposal.id);
  return (
    <li class="card">
      <h3 class="card__title">
        <a href={`/propositions/${proposal.id}`}>{proposal.title}</a>
      </h3>
      <p class="card__meta">
        {t('account.written', { date: formatDate(lang, proposal.createdAt) })}{' '}
        <span class={`badge badge--${proposal.status}`}>{t(PROPOSAL_STATUS[proposal.status])}</span>
      </p>
      {proposal.notice ? <p>{proposal.notice.message}</p> : null}
      {proposal.status === 'hidden' ? <ModerationWhy reasonLabel={proposal.moderation?.reasonLabel ?? null} explanation={proposal.moderation?.explanation ?? null} /> : null}
      {proposal.status === 'hidden' || appeal ? (
        <AppealBlock
          targetType="proposal"
          targetId={proposal.id}
          appeal={appeal}
          context={t('appeal.context.proposal', { title: proposal.title })}
          onSent={props.onAppeal}
        />
      ) : null}
    </li>
  );
}

function MyCommentItem(props: { comment: MyComment; appeals: MyAppeal[]; onAppeal: () => void }) {
  const { t, lang } = useI18n();
  const { comment } = props;
  const date = formatDate(lang, comment.createdAt);
  const appeal = appealFor(props.appeals, 'comment', comment.id);
  return (
    <li class="card">
      <h3 class="card__title">{t('account.comment.title', { date })}</h3>
      <p class="card__meta">
        <span class={`badge badge--${comment.status}`}>{t(COMMENT_STATUS[comment.status])}</span>
      </p>
      {comment.body !== null ? <p class="comment__body">{comment.body}</p> : <p class="comment__placeholder">{comment.placeholder ?? ''}</p>}
      <p>
        <a href={comment.proposalId ? `/propositions/${comment.proposalId}` : `/debats/${comment.debateId}`}>
          {t(comment.proposalId ? 'account.comment.onProposal' : 'account.comment.onDebate')}
        </a>
      </p>
      {comment.status === 'hidden' ? (
        <ModerationWhy
          reasonLabel={isReason(comment.moderationReason) ? t(REASON_LABELS[comment.moderationReason]) : null}
          explanation={comment.moderationExplanation}
        />
      ) : null}
      {comment.status === 'hidden' || appeal ? (
        <AppealBlock targetType="comment" targetId={comment.id} appeal={appeal} context={t('appeal.context.comment', { date })} onSent={props.onAppeal} />
      ) : null}
    </li>
  );
}

/** "Mes contributions": my proposals and my comments in every state, and appeals for hidden ones. */
export function MyContributions(props: { userId: string }) {
  const { t } = useI18n();
  const proposals = usePages(myProposals, props.userId);
  const comments = usePages(myComments, props.userId);
  const appeals = useAsync((signal) => myAppeals(signal), [props.userId]);
  const appealList = appeals.data ?? [];

  return (
    <>
      <section aria-labelledby="account-proposals">
        <h2 id="account-proposals">{t('account.proposals.heading')}</h2>
        {proposals.first.status === 'loading' ? <Loading /> : null}
        {proposals.first.status === 'error' ? <LoadError error={proposals.first.error} onRetry={proposals.first.reload} /> : null}
        {proposals.first.status === 'ready' && proposals.items.length === 0 ? <p>{t('account.proposals.none')}</p> : null}
        {proposals.items.length ? (
          <ul class="cards">
            {proposals.items.map((proposal) => (
              <MyProposalItem key={proposal.id} proposal={proposal} appeals={appealList} onAppeal={appeals.reload} />
            ))}
          </ul>
        ) : null}
        {proposals.moreError ? <LoadError error={proposals.moreError} /> : null}
        {proposals.next ? (
          <button type="button" class="button button--secondary" onClick={proposals.loadMore}>
            {t('account.proposals.more')}
          </button>
        ) : null}
      </section>
      <section aria-labelledby="account-comments">
        <h2 id="account-comments">{t('account.comments.heading')}</h2>
        {comments.first.status === 'loading' ? <Loading /> : null}
        {comments.first.status === 'error' ? <LoadError error={comments.first.error} onRetry={comments.first.reload} /> : null}
        {comments.first.status === 'ready' && comments.items.length === 0 ? <p>{t('account.comments.none')}</p> : null}
        {comments.items.length ? (
          <ul class="cards">
            {comments.items.map((comment) => (
              <MyCommentItem key={comment.id} comment={comment} appeals={appealList} onAppeal={appeals.reload} />
            ))}
          </ul>
        ) : null}
        {comments.moreError ? <LoadError error={comments.moreError} /> : null}
        {comments.next ? (
          <button type="button" class="button button--secondary" onClick={comments.loadMore}>
            {t('account.comments.more')}
          </button>
        ) : null}
      </section>
    </>
  );
}
