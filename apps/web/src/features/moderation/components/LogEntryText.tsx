import type { LogEntry } from '../../../api/types';
import { formatDate, formatDateTime } from '../../../components/format';
import { useI18n } from '../../../i18n/context';
import '../../../i18n/moderation';
import { actionText, reasonText, stateText } from '../logic';

/** One moderation action in plain words: when, what, why, who, and the state before and after. */
export function LogEntryText(props: { entry: LogEntry; showTarget?: boolean }) {
  const { t, lang } = useI18n();
  const { entry } = props;
  const reason = reasonText(t, entry.reason, (iso) => formatDate(lang, iso));
  const before = stateText(t, entry.stateBefore);
  const after = stateText(t, entry.stateAfter);
  return (
    <>
      <p class="log__what">
        <strong>{actionText(t, entry.action)}</strong> <span class="log__date">{t('mod.log.on', { date: formatDateTime(lang, entry.createdAt) })}</span>
      </p>
      {reason ? <p>{t('mod.log.reason', { reason })}</p> : null}
      {entry.explanation ? <p class="log__explanation">{t('mod.log.explanation', { text: entry.explanation })}</p> : null}
      {before || after ? <p>{t('mod.log.states', { before: before || '–', after: after || '–' })}</p> : null}
      <p class="log__who">
        {entry.actorId ? (
          <>
            {t('mod.log.by')} <span class="id">{entry.actorId}</span>
          </>
        ) : (
          t('mod.log.automatic')
        )}
      </p>
      {props.showTarget ? (
        <p class="log__who">
          {t(entry.targetType === 'proposal' ? 'mod.log.target.proposal' : entry.targetType === 'comment' ? 'mod.log.target.comment' : 'mod.log.target.user')}{' '}
          <span class="id">{entry.targetId}</span>
        </p>
      ) : null}
    </>
  );
}
