import type { QueueItem, QueueState } from '../../../api/types';
import { formatDateTime } from '../../../components/format';
import { REASON_LABELS } from '../../../components/reasons';
import type { MessageKey, TFunction } from '../../../i18n';
import { useI18n } from '../../../i18n/context';
import '../../../i18n/moderation';
import { caseStates } from '../logic';

const STATE_LABELS: Record<QueueState, MessageKey> = {
  appeal: 'mod.badge.appeal',
  auto_hidden: 'mod.badge.auto_hidden',
  pending: 'mod.badge.pending',
  reported: 'mod.badge.reported',
};

/** "Proposition : des bancs", "Commentaire de Bruno", "Nom de personne : X". */
export function caseTitle(t: TFunction, item: QueueItem): string {
  if (item.kind === 'proposal') return t('mod.title.proposal', { title: item.content?.title ?? '' });
  if (item.kind === 'comment') return t('mod.title.comment', { name: item.author?.displayName ?? '' });
  return t('mod.title.user', { name: item.content?.text ?? item.author?.displayName ?? '' });
}

export function CaseBadges(props: { item: QueueItem }) {
  const { t } = useI18n();
  return (
    <>
      {caseStates(props.item).map((state) => (
        <span key={state} class={`badge badge--case-${state}`}>
          {state === 'reported' ? t('mod.badge.reports', { count: props.item.reportCount }) : t(STATE_LABELS[state])}
        </span>
      ))}
    </>
  );
}

/** One case in the queue: what it is, why it is there, and the button to handle it. */
export function CaseCard(props: { item: QueueItem; onOpen: (item: QueueItem) => void }) {
  const { t, lang } = useI18n();
  const { item } = props;
  const title = caseTitle(t, item);
  const excerpt = item.kind === 'user' ? null : item.content?.text;
  return (
    <li class="card">
      <h3 class="card__title">{title}</h3>
      <p class="card__meta">
        <CaseBadges item={item} />
      </p>
      {excerpt ? <p class="case__excerpt">{excerpt.length > 200 ? `${excerpt.slice(0, 200)}…` : excerpt}</p> : null}
      {item.reasons.length ? <p>{t('mod.case.reasons', { reasons: item.reasons.map((reason) => t(REASON_LABELS[reason])).join(', ') })}</p> : null}
      <p class="card__meta">{t('mod.case.opened', { date: formatDateTime(lang, item.openedAt) })}</p>
      <button type="button" class="button" id={`case-open-${item.caseId}`} onClick={() => props.onOpen(item)}>
        {t('mod.case.open')}
        <span class="visually-hidden"> {title}</span>
      </button>
    </li>
  );
}
