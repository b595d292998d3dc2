import type { Debate } from '../../../api/types';
import { formatDate } from '../../../components/format';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';

const LABELS: Record<Debate['status'], MessageKey> = {
  draft: 'debate.status.draft',
  upcoming: 'debate.status.upcoming',
  open: 'debate.status.open',
  closed: 'debate.status.closed',
  archived: 'debate.status.archived',
};

export function DebateStatusBadge(props: { status: Debate['status'] }) {
  const { t } = useI18n();
  return <span class={`badge badge--${props.status}`}>{t(LABELS[props.status])}</span>;
}

/** One sentence with the dates that matter now: until when, or from when, one may take part. */
export function DebateDates(props: { debate: Debate }) {
  const { t, lang } = useI18n();
  const { debate } = props;
  const opens = formatDate(lang, debate.opensAt);
  const closes = formatDate(lang, debate.closedAt ?? debate.closesAt);
  switch (debate.status) {
    case 'open':
      return <>{t('debate.dates.open', { date: closes })}</>;
    case 'upcoming':
    case 'draft':
      return <>{t('debate.dates.upcoming', { date: opens })}</>;
    default:
      return <>{t('debate.dates.closed', { date: closes })}</>;
  }
}
