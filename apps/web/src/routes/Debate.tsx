import { useRoute } from 'preact-iso';
import { LoadError, Loading } from '../components/Feedback';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { getDebate } from '../features/debates/api/debates';
import { DebateHeader } from '../features/debates/components/DebateHeader';
import { ProposalList } from '../features/proposals/components/ProposalList';
import { useI18n } from '../i18n/context';
import { NotFoundContent } from './NotFound';

export default function DebatePage() {
  const { t } = useI18n();
  const { params } = useRoute();
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
  return (
    <>
      <DebateHeader debate={d} />
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
    </>
  );
}
