import type { Debate } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import { DebateDates, DebateStatusBadge } from './DebateStatus';

export function DebateCard(props: { debate: Debate; territory: string | null }) {
  const { t } = useI18n();
  const { debate } = props;
  return (
    <li class="card">
      <h3 class="card__title">
        <a href={`/debats/${debate.id}`}>{debate.title}</a>
      </h3>
      <p class="card__question">{debate.question}</p>
      <p class="card__meta">
        <DebateStatusBadge status={debate.status} /> <DebateDates debate={debate} />
      </p>
      {props.territory ? <p class="card__meta">{t('debate.territory', { name: props.territory })}</p> : null}
    </li>
  );
}
