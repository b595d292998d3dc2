import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import type { AppealDecision, CaseAction, Me, QueueItem, ReportReason } from '../../../api/types';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { RadioGroup, TextArea } from '../../../components/Field';
import { formatDateTime } from '../../../components/format';
import { REASON_HINTS, REASON_LABELS, REASONS } from '../../../components/reasons';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';
import '../../../i18n/moderation';
import { actOnCase, decideAppeal } from '../api/moderation';
import { availableActions, EXPLANATION_MAX, reportCounts, stateText, validateDecision, validateHide } from '../logic';
import { CaseBadges, caseTitle } from './CaseSummary';
import { LogEntryText } from './LogEntryText';

type OneClick = Exclude<CaseAction, 'hide'>;
const ACTION_LABEL: Record<OneClick, MessageKey> = { approve: 'mod.action.approve', restore: 'mod.action.restore', dismiss: 'mod.action.dismiss' };
const ACTION_HINT: Record<OneClick, MessageKey> = {
  approve: 'mod.action.approve.hint',
  restore: 'mod.action.restore.hint',
  dismiss: 'mod.action.dismiss.hint',
};

const ACTION_DONE: Record<CaseAction, MessageKey> = {
  approve: 'mod.done.approve',
  hide: 'mod.done.hide',
  restore: 'mod.done.restore',
  dismiss: 'mod.done.dismiss',
};

/** Hide: a reason from the list and a short explanation that the author will read. */
function HideForm(props: { item: QueueItem; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [explanation, setExplanation] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids = { reason: 'hide-reason', explanation: 'hide-explanation' };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = validateHide(t, { reason, explanation }, ids);
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      await actOnCase(props.item.caseId, { action: 'hide', reason: reason!, explanation: explanation.trim() });
      props.onDone(t('mod.done.hide'));
    } catch (error) {
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, ids));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel" onSubmit={submit} noValidate aria-labelledby="hide-heading">
      <h4 id="hide-heading">{t('mod.hide.heading')}</h4>
      <p>{t('mod.hide.intro')}</p>
      <ErrorSummary id="hide-errors" errors={errors} message={message} attempt={attempt} />
      <RadioGroup<ReportReason>
        name={ids.reason}
        legend={t('mod.hide.reason')}
        choices={REASONS.map((value) => ({ value, label: t(REASON_LABELS[value]), hint: t(REASON_HINTS[value]) }))}
        value={reason}
        onValue={setReason}
        error={errorFor(errors, ids.reason)}
      />
      <TextArea
        id={ids.explanation}
        label={t('mod.hide.explanation')}
        hint={t('mod.hide.explanationHint')}
        value={explanation}
        onValue={setExplanation}
        required
        maxLength={EXPLANATION_MAX}
        counter
        rows={3}
        error={errorFor(errors, ids.explanation)}
      />
      <button type="submit" class="button button--danger">
        {t('mod.action.hide')}
      </button>
    </form>
  );
}

/** The appeal: decided by another moderator than the one who hid the content. */
function AppealDecisionForm(props: { item: QueueItem; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<AppealDecision | null>(null);
  const [explanation, setExplanation] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids = { decision: 'appeal-decision', explanation: 'appeal-explanation' };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = validateDecision(t, { decision, explanation }, ids);
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      await decideAppeal(props.item.caseId, { decision: decision!, explanation: explanation.trim() });
      props.onDone(t(decision === 'restore' ? 'mod.done.appealRestore' : 'mod.done.appealUphold'));
    } catch (error) {
      // APPEAL_SAME_MODERATOR and others: the API's own plain words.
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, ids));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-heading">
      <h4 id="decision-heading">{t('mod.appeal.decide')}</h4>
      <ErrorSummary id="decision-errors" errors={errors} message={message} attempt={attempt} />
      <RadioGroup<AppealDecision>
        name={ids.decision}
        legend={t('mod.appeal.decision')}
        choices={[
          { value: 'restore', label: t('mod.appeal.restore'), hint: t('mod.appeal.restoreHint') },
          { value: 'uphold', label: t('mod.appeal.uphold'), hint: t('mod.appeal.upholdHint') },
        ]}
        value={decision}
        onValue={setDecision}
        error={errorFor(errors, ids.decision)}
      />
      <TextArea
        id={ids.explanation}
        label={t('mod.appeal.explanation')}
        hint={t('mod.appeal.explanationHint')}
        value={explanation}
        onValue={setExplanation}
        required
        maxLength={EXPLANATION_MAX}
        counter
        rows={3}
        error={errorFor(errors, ids.explanation)}
      />
      <button type="submit" class="button">
        {t('mod.appeal.submit')}
      </button>
    </form>
  );
}

/** Everything about one case, and what can be done: content, author, reports, history, actions. */
export function CaseDetail(props: { item: QueueItem; me: Me; isAdmin: boolean; onBack: () => void; onDone: (message: string) => void }) {
  const { t, lang } = useI18n();
  const { item } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const actions = availableActions(item);
  const counts = reportCounts(item);
  const hidden = item.content?.status === 'hidden';
  const contentHref = item.content?.proposalId ? `/propositions/${item.content.proposalId}` : item.debateId && item.kind === 'comment' ? `/debats/${item.debateId}` : null;

  useEffect(() => headingRef.current?.focus(), [item.caseId]);

  const run = async (action: CaseAction) => {
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      await actOnCase(item.caseId, { action });
      props.onDone(t(ACTION_DONE[action]));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="case" aria-labelledby="case-heading">
      <p>
        <button type="button" class="button button--secondary" onClick={props.onBack}>
          {t('mod.case.back')}
        </button>
      </p>
      <h2 id="case-heading" tabIndex={-1} ref={headingRef}>
        {caseTitle(t, item)}
      </h2>
      <p class="card__meta">
        <CaseBadges item={item} /> {t('mod.case.opened', { date: formatDateTime(lang, item.openedAt) })}
      </p>

      <h3>{t(item.kind === 'user' ? 'mod.case.name' : 'mod.case.content')}</h3>
      <div class="case__content">
        {item.content?.title ? <p class="case__title">{item.content.title}</p> : null}
        <p class="proposal__text">{item.content?.text ?? t('mod.case.noText')}</p>
      </div>
      {item.content && item.kind !== 'user' ? <p>{t('mod.case.state', { state: stateText(t, item.content.status) })}</p> : null}
      {contentHref ? (
        <p>
          <a href={contentHref}>{t(item.content?.proposalId ? 'mod.case.seeProposal' : 'mod.case.seeDebate')}</a>
        </p>
      ) : null}

      {item.author ? (
        <>
          <h3>{t(item.kind === 'user' ? 'mod.case.person' : 'mod.case.author')}</h3>
          <p>
            <strong>{item.author.displayName}</strong>
            <br />
            {t('mod.case.personId')} <span class="id">{item.author.id}</span>
          </p>
          <p class="actions">
            <a class="button button--secondary" href={`/moderation/personne?id=${encodeURIComponent(item.author.id)}&nom=${encodeURIComponent(item.author.displayName)}`}>
              {t('mod.case.block')}
            </a>
            {props.isAdmin ? (
              <a class="button button--secondary" href={`/admin/roles?personne=${encodeURIComponent(item.author.id)}`}>
                {t('mod.case.roles')}
              </a>
            ) : null}
          </p>
        </>
      ) : null}

      <h3>{t('mod.case.reports')}</h3>
      {counts.total ? (
        <>
          <p>
            {t('mod.reports.count', { count: counts.total })} {t('mod.reports.counted', { count: counts.counted })}{' '}
            {counts.notCounted ? t('mod.reports.notCounted', { count: counts.notCounted }) : null}
          </p>
          <ul class="case__list">
            {item.reports.map((report, index) => (
              <li key={index}>
                <p>
                  <strong>{t(REASON_LABELS[report.reason])}</strong> {t('mod.log.on', { date: formatDateTime(lang, report.createdAt) })}
                </p>
                {report.details ? <p class="log__explanation">{t('mod.reports.details', { text: report.details })}</p> : null}
                <p>{t(report.counts ? 'mod.reports.counts' : 'mod.reports.new')}</p>
                <p class="log__who">
                  {t('mod.reports.by')} <span class="id">{report.reporterId}</span>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('mod.reports.none')}</p>
      )}

      <h3>{t('mod.case.history')}</h3>
      {item.history.length ? (
        <ol class="case__list">
          {item.history.map((entry) => (
            <li key={entry.id}>
              <LogEntryText entry={entry} />
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('mod.case.noHistory')}</p>
      )}

      {item.appeal ? (
        <>
          <h3>{t('mod.appeal.heading')}</h3>
          <p>{t('mod.appeal.intro', { date: formatDateTime(lang, item.appeal.createdAt) })}</p>
          <blockquote class="case__quote">{item.appeal.message}</blockquote>
          {item.appeal.hiddenBy === props.me.id ? (
            <p class="notice">{t('mod.appeal.sameModerator')}</p>
          ) : (
            <AppealDecisionForm item={item} onDone={props.onDone} />
          )}
        </>
      ) : (
        <>
          <h3>{t('mod.case.decide')}</h3>
          {actions
            .filter((action): action is OneClick => action !== 'hide')
            .map((action) => (
              <div class="case__action" key={action}>
                <button
                  type="button"
                  class={action === 'dismiss' ? 'button button--secondary' : 'button'}
                  onClick={() => run(action)}
                  aria-describedby={`action-${action}-hint`}
                >
                  {t(action === 'dismiss' && hidden ? 'mod.action.keepHidden' : ACTION_LABEL[action])}
                </button>
                <p class="field__hint" id={`action-${action}-hint`}>
                  {t(action === 'dismiss' && hidden ? 'mod.action.keepHidden.hint' : ACTION_HINT[action])}
                </p>
              </div>
            ))}
          {actions.includes('hide') ? <HideForm item={item} onDone={props.onDone} /> : null}
        </>
      )}
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
