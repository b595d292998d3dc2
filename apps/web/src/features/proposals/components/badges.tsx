import type { AnswerStatus, Proposal, VoteCounts } from '../../../api/types';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';

export const ANSWER_LABELS: Record<AnswerStatus, MessageKey> = {
  evaluating: 'answer.status.evaluating',
  accepted: 'answer.status.accepted',
  rejected: 'answer.status.rejected',
  implemented: 'answer.status.implemented',
};

export const ANSWER_HINTS: Record<AnswerStatus, MessageKey> = {
  evaluating: 'answer.hint.evaluating',
  accepted: 'answer.hint.accepted',
  rejected: 'answer.hint.rejected',
  implemented: 'answer.hint.implemented',
};

const STATUS_LABELS: Record<Proposal['status'], MessageKey> = {
  published: 'proposal.status.published',
  pending: 'proposal.status.pending',
  hidden: 'proposal.status.hidden',
  withdrawn: 'proposal.status.withdrawn',
};

export function ProposalStatusBadge(props: { status: Proposal['status'] }) {
  const { t } = useI18n();
  if (props.status === 'published') return null;
  return <span class={`badge badge--${props.status}`}>{t(STATUS_LABELS[props.status])}</span>;
}

export function AnswerBadge(props: { status: AnswerStatus }) {
  const { t } = useI18n();
  return <span class={`badge badge--answer-${props.status}`}>{t(ANSWER_LABELS[props.status])}</span>;
}

/** "12 pour, 3 contre, 2 sans avis", or why no figure is shown. */
export function VoteSummary(props: { votes: VoteCounts | null }) {
  const { t } = useI18n();
  if (!props.votes) return <>{t('votes.hidden')}</>;
  const { votes } = props;
  return (
    <>
      {t('votes.summary.for', { count: votes.for })}, {t('votes.summary.against', { count: votes.against })},{' '}
      {t('votes.summary.neutral', { count: votes.neutral })}
    </>
  );
}
