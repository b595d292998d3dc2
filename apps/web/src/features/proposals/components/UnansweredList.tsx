import type { Debate } from '../../../api/types';
import { LoadError, Loading } from '../../../components/Feedback';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import { useI18n } from '../../../i18n/context';
import { listProposals } from '../api/proposals';
import { collectUnanswered } from '../unanswered';
import { ProposalCard } from './ProposalCard';

/** For officials: the most supported proposals of a debate that have no answer yet. */
export function UnansweredList(props: { debate: Debate }) {
  const { t } = useI18n();
  const { debate } = props;
  const result = useAsync(
    (signal) => collectUnanswered((cursor) => listProposals(debate.id, { sort: 'supported', cursor, limit: 50 }, signal)),
    [debate.id],
  );
  return (
    <section aria-labelledby={`unanswered-${debate.id}`} class="panel">
      <h2 id={`unanswered-${debate.id}`}>{debate.title}</h2>
      {result.status === 'loading' ? <Loading /> : null}
      {result.status === 'error' ? <LoadError error={result.error} onRetry={result.reload} /> : null}
      <StatusMessage>
        {result.status === 'ready'
          ? result.data.items.length
            ? t('official.count', { count: result.data.items.length })
            : t('official.none')
          : null}
      </StatusMessage>
      {result.status === 'ready' && result.data.items.length ? (
        <ol class="cards">
          {result.data.items.map((proposal) => (
            <ProposalCard key={proposal.id} proposal={proposal} href={`/propositions/${proposal.id}/repondre`} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
