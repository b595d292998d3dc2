import { useLocation, useRoute } from 'preact-iso';
import { LoadError, Loading } from '../components/Feedback';
import { SignInPrompt } from '../components/SignInPrompt';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { getDebate } from '../features/debates/api/debates';
import { ProposalForm } from '../features/proposals/components/ProposalForm';
import { useI18n } from '../i18n/context';
import { useSession } from '../session/session';

export default function WriteProposal() {
  const { t } = useI18n();
  const { params } = useRoute();
  const { route } = useLocation();
  const { state } = useSession();
  const id = params.id ?? '';
  const debate = useAsync((signal) => getDebate(id, signal), [id]);
  usePageTitle('write.title');

  const d = debate.data;
  return (
    <>
      <h1>{t('write.heading')}</h1>
      {d ? (
        <p class="lead">
          {t('write.forDebate')} <a href={`/debats/${d.id}`}>{d.title}</a>
        </p>
      ) : null}
      {d ? (
        <div class="question">
          <p class="question__label">{t('debate.question')}</p>
          <p class="question__text">{d.question}</p>
        </div>
      ) : null}
      {debate.status === 'loading' || state.status === 'loading' ? <Loading /> : null}
      {debate.status === 'error' ? <LoadError error={debate.error} onRetry={debate.reload} /> : null}
      {d && state.status === 'signedOut' ? <SignInPrompt text={t('write.signIn')} /> : null}
      {d && state.status === 'signedIn' ? (
        d.status === 'open' && d.settings.proposalsAllowed ? (
          <ProposalForm debate={d} me={state.me} onCreated={(proposal) => route(`/propositions/${proposal.id}?envoyee=1`)} />
        ) : (
          <p class="notice">{t(d.status === 'open' ? 'debate.propose.notAllowed' : d.status === 'upcoming' ? 'debate.propose.notYet' : 'debate.propose.closed')}</p>
        )
      ) : null}
    </>
  );
}
