import { useEffect, useRef, useState } from 'preact/hooks';
import type { Me, QueueItem, QueueKind, QueueState, ReportReason } from '../../../api/types';
import { SelectField } from '../../../components/Field';
import { LoadError, Loading } from '../../../components/Feedback';
import { REASON_LABELS, REASONS } from '../../../components/reasons';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import { useI18n } from '../../../i18n/context';
import '../../../i18n/moderation';
import { readQueue } from '../api/moderation';
import { NO_FILTERS, queueQuery, type QueueFilters } from '../logic';
import { CaseDetail } from './CaseDetail';
import { CaseCard } from './CaseSummary';

/**
 * The review queue: filters, the cases most urgent first, more on demand, and one case at a
 * time in detail. After an action the list is read again and the result announced.
 */
export function ModerationQueue(props: { me: Me; isAdmin: boolean; debates: Array<{ id: string; title: string }> }) {
  const { t } = useI18n();
  const [form, setForm] = useState<QueueFilters>(NO_FILTERS);
  const [applied, setApplied] = useState<QueueFilters>(NO_FILTERS);
  const [round, setRound] = useState(0);
  const [more, setMore] = useState<QueueItem[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [selected, setSelected] = useState<QueueItem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const first = useAsync((signal) => readQueue(queueQuery(applied), signal), [applied, round]);
  useEffect(() => {
    setMore([]);
    setCursor(undefined);
  }, [applied, round]);

  // Back in the list: focus the case's button, or the heading when the case is gone.
  useEffect(() => {
    if (selected || !focusAfter) return;
    const target = focusAfter === 'heading' ? headingRef.current : document.getElementById(`case-open-${focusAfter}`);
    (target ?? headingRef.current)?.focus();
    setFocusAfter(null);
  }, [selected, focusAfter, first.status]);

  const items = [...(first.data?.items ?? []), ...more];
  const next = cursor === undefined ? (first.data?.nextCursor ?? null) : cursor;
  const set = (patch: Partial<QueueFilters>) => setForm((previous) => ({ ...previous, ...patch }));

  const loadMore = async () => {
    if (!next) return;
    setMoreError(null);
    try {
      const page = await readQueue(queueQuery(applied, next));
      setMore((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreError(error);
    }
  };

  return (
    <>
      <StatusMessage tone="success">{done}</StatusMessage>
      {selected ? (
        <CaseDetail
          item={selected}
          me={props.me}
          isAdmin={props.isAdmin}
          onBack={() => {
            setFocusAfter(selected.caseId);
            setSelected(null);
          }}
          onDone={(message) => {
            setDone(message);
            setFocusAfter('heading');
            setSelected(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading" tabIndex={-1} ref={headingRef}>
            {t('mod.queue.heading')}
          </h2>
          <form
            class="filters"
            onSubmit={(e) => {
              e.preventDefault();
              setDone(null);
              setApplied(form);
            }}
            aria-label={t('mod.filters.label')}
          >
            <SelectField
              id="queue-state"
              label={t('mod.filters.state')}
              value={form.state}
              onValue={(state) => set({ state: state as QueueState | '' })}
              options={[
                { value: '', label: t('mod.filters.allStates') },
                { value: 'auto_hidden', label: t('mod.badge.auto_hidden') },
                { value: 'appeal', label: t('mod.badge.appeal') },
                { value: 'reported', label: t('mod.filters.reported') },
                { value: 'pending', label: t('mod.badge.pending') },
              ]}
            />
            <SelectField
              id="queue-kind"
              label={t('mod.filters.kind')}
              value={form.kind}
              onValue={(kind) => set({ kind: kind as QueueKind | '' })}
              options={[
                { value: '', label: t('mod.filters.allKinds') },
                { value: 'proposal', label: t('mod.kind.proposals') },
                { value: 'comment', label: t('mod.kind.comments') },
                { value: 'user', label: t('mod.kind.users') },
              ]}
            />
            <SelectField
              id="queue-reason"
              label={t('mod.filters.reason')}
              value={form.reason}
              onValue={(reason) => set({ reason: reason as ReportReason | '' })}
              options={[{ value: '', label: t('mod.filters.allReasons') }, ...REASONS.map((value) => ({ value, label: t(REASON_LABELS[value]) }))]}
            />
            <SelectField
              id="queue-debate"
              label={t('mod.filters.debate')}
              value={form.debateId}
              onValue={(debateId) => set({ debateId })}
              options={[{ value: '', label: t('mod.filters.allDebates') }, ...props.debates.map((debate) => ({ value: debate.id, label: debate.title }))]}
            />
            <button type="submit" class="button">
              {t('mod.filters.submit')}
            </button>
          </form>
          {first.status === 'loading' ? <Loading /> : null}
          {first.status === 'error' ? <LoadError error={first.error} onRetry={first.reload} /> : null}
          <StatusMessage>
            {first.status === 'ready' ? (items.length ? t(next ? 'mod.queue.countMore' : 'mod.queue.count', { count: items.length }) : t('mod.queue.none')) : null}
          </StatusMessage>
          {items.length ? (
            <ol class="cards">
              {items.map((item) => (
                <CaseCard key={item.caseId} item={item} onOpen={setSelected} />
              ))}
            </ol>
          ) : null}
          {moreError ? <LoadError error={moreError} /> : null}
          {next ? (
            <button type="button" class="button button--secondary" onClick={loadMore}>
              {t('mod.queue.more')}
            </button>
          ) : null}
        </section>
      )}
    </>
  );
}
