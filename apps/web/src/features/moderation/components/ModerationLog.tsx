import { useState } from 'preact/hooks';
import type { LogEntry, LogQuery } from '../../../api/types';
import { ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { LoadError, Loading } from '../../../components/Feedback';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import { useI18n } from '../../../i18n/context';
import '../../../i18n/moderation';
import { readLog } from '../api/moderation';
import { checkPersonId } from '../logic';
import { LogEntryText } from './LogEntryText';

/** The append-only log, newest first, filtered by item or by moderator. */
export function ModerationLog(props: { initialTargetId?: string }) {
  const { t } = useI18n();
  const [targetId, setTargetId] = useState(props.initialTargetId ?? '');
  const [actorId, setActorId] = useState('');
  const [applied, setApplied] = useState<LogQuery>(props.initialTargetId ? { targetId: props.initialTargetId } : {});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [more, setMore] = useState<LogEntry[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<unknown>(null);
  const first = useAsync((signal) => readLog(applied, signal), [applied]);
  const items = [...(first.data?.items ?? []), ...more];
  const next = cursor === undefined ? (first.data?.nextCursor ?? null) : cursor;

  const submit = (e: Event) => {
    e.preventDefault();
    const found = [...checkPersonId(t, targetId, 'log-target', false), ...checkPersonId(t, actorId, 'log-actor', false)];
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setMore([]);
    setCursor(undefined);
    setApplied({ targetId: targetId.trim() || undefined, actorId: actorId.trim() || undefined });
  };

  const loadMore = async () => {
    if (!next) return;
    setMoreError(null);
    try {
      const page = await readLog({ ...applied, cursor: next });
      setMore((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreError(error);
    }
  };

  return (
    <>
      <form class="filters" onSubmit={submit} noValidate aria-label={t('mod.logPage.filters')}>
        <ErrorSummary id="log-errors" errors={errors} attempt={attempt} />
        <TextField id="log-target" label={t('mod.logPage.target')} hint={t('mod.logPage.targetHint')} value={targetId} onValue={setTargetId} error={errorFor(errors, 'log-target')} />
        <TextField id="log-actor" label={t('mod.logPage.actor')} hint={t('mod.logPage.actorHint')} value={actorId} onValue={setActorId} error={errorFor(errors, 'log-actor')} />
        <button type="submit" class="button">
          {t('mod.logPage.submit')}
        </button>
      </form>
      {first.status === 'loading' ? <Loading /> : null}
      {first.status === 'error' ? <LoadError error={first.error} onRetry={first.reload} /> : null}
      <StatusMessage>
        {first.status === 'ready' ? (items.length ? t(next ? 'mod.logPage.countMore' : 'mod.logPage.count', { count: items.length }) : t('mod.logPage.none')) : null}
      </StatusMessage>
      {items.length ? (
        <ol class="cards">
          {items.map((entry) => (
            <li class="card" key={entry.id}>
              <LogEntryText entry={entry} showTarget />
            </li>
          ))}
        </ol>
      ) : null}
      {moreError ? <LoadError error={moreError} /> : null}
      {next ? (
        <button type="button" class="button button--secondary" onClick={loadMore}>
          {t('mod.logPage.more')}
        </button>
      ) : null}
    </>
  );
}
