import { useLocation, useRoute } from 'preact-iso';
import type { Debate } from '../api/types';
import { LoadError, Loading } from '../components/Feedback';
import { signInHref } from '../components/Layout';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { CommentThread } from '../features/comments/components/CommentThread';
import { getDebate } from '../features/debates/api/debates';
import { DebateHeader } from '../features/debates/components/DebateHeader';
import { ReportButton } from '../features/moderation/components/ReportButton';
import { ProposalList } from '../features/proposals/components/ProposalList';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';
import { debateBriefHref, resultsHref } from '../features/summaries/api/summaries';
import { hasRole, useSession } from '../session/session';
import { NotFoundContent } from './NotFound';

/** Why nobody can comment on the debate's question now, or null. */
export function debateCommentBlocker(debate: Debate): MessageKey | null {
  if (!debate.settings.commentsAllowed) return 'comments.blocked.notAllowed';
  if (debate.status !== 'open') return debate.status === 'upcoming' || debate.status === 'draft' ? 'comments.blocked.notOpen' : 'comments.blocked.closed';
  return null;
}

export default function DebatePage() {
  const { t } = useI18n();
  const { params } = useRoute();
  const { url } = useLocation();
  const { me, state } = useSession();
  const id = params.id ?? '';
  const debate = useAsync((signal) => getDebate(id, signal), [id]);
  usePageTitle('debate.title', debate.data?.title);

  if (debate.status === 'loading' && !debate.data) return <Loading />;
  if (debate.status === 'error') {
    return (
      <>
        <h1>{t('debate.error.heading')}</h1>
        <LoadError error={debate.error} onRetry={debate.reload} />
        <NotFoundContent />
      </>
    );
  }
  const d = debate.data!;
  const canPropose = d.status === 'open' && d.settings.proposalsAllowed;
  const blocker = debateCommentBlocker(d);
  const finished = d.status === 'closed' || d.status === 'archived';
  // The brief: officials and admins whose territory covers the debate (the API checks it too).
  const canReadBrief = d.canManage && hasRole(me, 'official', 'admin');
  return (
    <>
      <DebateHeader debate={d} />
      {finished || canReadBrief ? (
        <p class="actions">
          {finished ? (
            <a class="button" href={resultsHref(d.id)}>
              {t('debate.results.link')}
            </a>
          ) : null}
          {canReadBrief ? (
            <a class="button button--secondary" href={debateBriefHref(d.id)}>
              {t('debate.brief.link')}
            </a>
          ) : null}
        </p>
      ) : null}
      <section class="panel" aria-labelledby="propose-heading">
        <h2 id="propose-heading">{t('debate.propose.heading')}</h2>
        {canPropose ? (
          <>
            <p>{t('debate.propose.text')}</p>
            <p>
              <a class="button button--primary-large" href={`/debats/${d.id}/proposer`}>
                {t('debate.propose.button')}
              </a>
            </p>
          </>
        ) : (
          <p>{t(d.status === 'open' ? 'debate.propose.notAllowed' : d.status === 'upcoming' ? 'debate.propose.notYet' : 'debate.propose.closed')}</p>
        )}
      </section>
      <ProposalList debate={d} />
      <CommentThread
        target={{ debateId: d.id }}
        me={me}
        canWrite={state.status === 'signedIn' && !blocker}
        closedReason={blocker ? t(blocker) : null}
        signInHref={signInHref(url)}
        renderReport={(comment) => (
          <ReportButton type="comment" id={comment.id} author={comment.author} context={t('report.context.comment', { name: comment.author?.displayName ?? '' })} />
        )}
      />
    </>
  );
}
