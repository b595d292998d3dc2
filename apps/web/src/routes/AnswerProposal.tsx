import { useRoute } from 'preact-iso';
import { LoadError, Loading } from '../components/Feedback';
import { ReadAloud } from '../components/ReadAloud';
import { SignInPrompt } from '../components/SignInPrompt';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { getProposal } from '../features/proposals/api/proposals';
import { AnswerForm } from '../features/proposals/components/AnswerForm';
import { VoteSummary } from '../features/proposals/components/badges';
import { useI18n } from '../i18n/context';
import { hasRole, useSession } from '../session/session';

/** The official's answer screen: the proposal, its support, and the answer form. */
export default function AnswerProposal() {
  const { t } = useI18n();
  const { params } = useRoute();
  const { me, state } = useSession();
  const id = params.id ?? '';
  const proposal = useAsync((signal) => getProposal(id, signal), [id]);
  usePageTitle('official.answer.title', proposal.data ? t('official.answer.titleOf', { title: proposal.data.title }) : null);

  const p = proposal.data;
  return (
    <>
      <h1>{p ? t('official.answer.titleOf', { title: p.title }) : t('official.answer.title')}</h1>
      {state.status === 'signedOut' ? <SignInPrompt text={t('official.signIn')} /> : null}
      {state.status === 'signedIn' && !hasRole(me, 'official', 'admin') ? <p class="notice">{t('official.forbidden')}</p> : null}
      {proposal.status === 'loading' ? <Loading /> : null}
      {proposal.status === 'error' ? <LoadError error={proposal.error} onRetry={proposal.reload} /> : null}
      {p ? (
        <>
          <section class="panel" aria-labelledby="answer-proposal-heading">
            <h2 id="answer-proposal-heading">{t('official.answer.proposal')}</h2>
            <p class="card__meta">{t('proposal.by', { name: p.author.displayName })}</p>
            <p class="proposal__text">{p.body}</p>
            <ReadAloud text={`${p.title}. ${p.body}`} label={t('readAloud.proposal')} />
            <p>
              <VoteSummary votes={p.votes} />. {t('proposal.comments', { count: p.commentCount })}
            </p>
            <p>
              <a href={`/propositions/${p.id}`}>{t('official.answer.open')}</a>
            </p>
          </section>
          {hasRole(me, 'official', 'admin') ? <AnswerForm proposal={p} onAnswered={proposal.set} /> : null}
          {hasRole(me, 'official', 'admin') ? (
            <p>
              <a class="button button--secondary" href="/repondre">
                {t('official.backToList')}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
