import { useLocation, useRoute } from 'preact-iso';
import type { Debate, Proposal, VoteValue } from '../api/types';
import { LoadError, Loading } from '../components/Feedback';
import { signInHref } from '../components/Layout';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { CommentThread } from '../features/comments/components/CommentThread';
import { getDebate } from '../features/debates/api/debates';
import { ReportButton } from '../features/moderation/components/ReportButton';
import { getProposal } from '../features/proposals/api/proposals';
import { AnswerBlock, ProposalView } from '../features/proposals/components/ProposalView';
import { myVotes } from '../features/votes/api/votes';
import { VotePanel } from '../features/votes/components/VotePanel';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';
import { hasRole, useSession } from '../session/session';
import { NotFoundContent } from './NotFound';

interface Loaded {
  proposal: Proposal;
  debate: Debate;
  myVote: VoteValue | null;
}

/** Why nobody can comment here now, or null. */
function commentBlocker(debate: Debate, proposal: Proposal): MessageKey | null {
  if (!debate.settings.commentsAllowed) return 'comments.blocked.notAllowed';
  if (proposal.status !== 'published') return 'comments.blocked.notPublished';
  if (debate.status !== 'open') return debate.status === 'upcoming' ? 'comments.blocked.notOpen' : 'comments.blocked.closed';
  return null;
}

function SentPanel(props: { proposal: Proposal }) {
  const { t } = useI18n();
  const pending = props.proposal.status === 'pending';
  return (
    <div class="notice notice--success" role="status">
      <p>
        <strong>{t(pending ? 'sent.pending' : 'sent.published')}</strong>
      </p>
      <p>{t('sent.next')}</p>
      <ol class="steps">
        {pending ? <li>{t('write.next.moderated')}</li> : null}
        <li>{t('write.next.votes')}</li>
        <li>{t('write.next.officials')}</li>
        <li>{t('write.next.edit')}</li>
      </ol>
    </div>
  );
}

export default function ProposalPage() {
  const { t } = useI18n();
  const { params, query } = useRoute();
  const { url } = useLocation();
  const { me, state } = useSession();
  const id = params.id ?? '';
  const signedIn = state.status === 'signedIn';

  const loaded = useAsync<Loaded>(
    async (signal) => {
      const proposal = await getProposal(id, signal);
      const [debate, votes] = await Promise.all([
        getDebate(proposal.debateId, signal),
        signedIn ? myVotes(proposal.debateId, signal).catch(() => null) : Promise.resolve(null),
      ]);
      return { proposal, debate, myVote: votes?.votes[proposal.id] ?? null };
    },
    [id, signedIn],
  );
  usePageTitle('proposal.title', loaded.data?.proposal.title);

  if (loaded.status === 'loading' && !loaded.data) return <Loading />;
  if (loaded.status === 'error' && !loaded.data) {
    return (
      <>
        <h1>{t('proposal.error.heading')}</h1>
        <LoadError error={loaded.error} onRetry={loaded.reload} />
        <NotFoundContent />
      </>
    );
  }
  const { proposal, debate, myVote } = loaded.data!;
  const update = (patch: Partial<Loaded>) => loaded.set({ ...loaded.data!, ...patch });
  const blocker = commentBlocker(debate, proposal);

  return (
    <>
      <p class="breadcrumb">
        <a href={`/debats/${debate.id}`}>{t('proposal.back', { title: debate.title })}</a>
      </p>
      {query.envoyee === '1' ? <SentPanel proposal={proposal} /> : null}
      <ProposalView proposal={proposal} debate={debate} isAuthor={!!me && me.id === proposal.author.id} onChange={(p) => update({ proposal: p })} />
      {me && me.id !== proposal.author.id && proposal.status === 'published' ? (
        <ReportButton
          type="proposal"
          id={proposal.id}
          author={proposal.author}
          context={t('report.context.proposal', { title: proposal.title })}
        />
      ) : null}
      <AnswerBlock proposal={proposal} />
      {hasRole(me, 'official', 'admin') && (proposal.status === 'published' || proposal.status === 'withdrawn') ? (
        <p>
          <a class="button button--secondary" href={`/propositions/${proposal.id}/repondre`}>
            {t(proposal.answer ? 'official.changeAnswer' : 'official.answerThis')}
          </a>
        </p>
      ) : null}
      <VotePanel
        debate={debate}
        proposal={proposal}
        myVote={myVote}
        signedIn={signedIn}
        signInHref={signInHref(url)}
        onVoted={(value, votes) => update({ myVote: value, proposal: { ...proposal, votes: votes ?? proposal.votes } })}
      />
      <CommentThread
        target={{ proposalId: proposal.id }}
        me={me}
        canWrite={signedIn && !blocker}
        closedReason={blocker ? t(blocker) : null}
        signInHref={signInHref(url)}
        renderReport={(comment) => (
          <ReportButton type="comment" id={comment.id} author={comment.author} context={t('report.context.comment', { name: comment.author?.displayName ?? '' })} />
        )}
      />
    </>
  );
}
