import type { Proposal } from '../../../api/types';
import { formatDate } from '../../../components/format';
import { useI18n } from '../../../i18n/context';
import { AnswerBadge, ProposalStatusBadge, VoteSummary } from './badges';

export function ProposalCard(props: { proposal: Proposal; href?: string }) {
  const { t, lang } = useI18n();
  const { proposal } = props;
  return (
    <li class="card">
      <h3 class="card__title">
        <a href={props.href ?? `/propositions/${proposal.id}`}>{proposal.title}</a>
      </h3>
      <p class="card__meta">
        {t('proposal.byOn', { name: proposal.author.displayName, date: formatDate(lang, proposal.createdAt) })}
        {proposal.channel === 'workshop' ? <> {t('proposal.workshop')}</> : null}
      </p>
      {proposal.status !== 'published' || proposal.answer ? (
        <p class="card__meta">
          <ProposalStatusBadge status={proposal.status} /> {proposal.answer ? <AnswerBadge status={proposal.answer.status} /> : null}
        </p>
      ) : null}
      <p class="card__meta">
        <VoteSummary votes={proposal.votes} />. {t('proposal.comments', { count: proposal.commentCount })}
      </p>
    </li>
  );
}
