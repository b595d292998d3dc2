import { LIMITS } from '@participons/shared';
import { useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import type { Debate, Proposal } from '../../../api/types';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { Explain } from '../../../components/Explain';
import { TextArea, TextField } from '../../../components/Field';
import { formatDate } from '../../../components/format';
import { ReadAloud } from '../../../components/ReadAloud';
import { StatusMessage } from '../../../components/Status';
import { useI18n } from '../../../i18n/context';
import { updateProposal, withdrawProposal } from '../api/proposals';
import { validateProposal } from '../validation';
import { AnswerBadge, ANSWER_HINTS, ProposalStatusBadge } from './badges';

/** The official answer, when there is one, with what each answer status means. */
export function AnswerBlock(props: { proposal: Proposal }) {
  const { t, lang } = useI18n();
  const { answer } = props.proposal;
  return (
    <section class="panel answer" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('answer.heading')}</h2>
      {answer ? (
        <>
          <p>
            <AnswerBadge status={answer.status} /> {t('answer.on', { date: formatDate(lang, answer.answeredAt) })}
          </p>
          <p class="answer__meaning">{t(ANSWER_HINTS[answer.status])}</p>
          <p class="answer__text">{answer.text}</p>
          <ReadAloud text={answer.text} label={t('readAloud.answer')} />
        </>
      ) : (
        <p>{t('answer.none')}</p>
      )}
      <Explain topic={t('answer.explain.topic')}>
        <p>{t('answer.explain.1')}</p>
        <p>{t('answer.explain.2')}</p>
      </Explain>
    </section>
  );
}

function EditForm(props: { proposal: Proposal; onDone: (proposal: Proposal | null) => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(props.proposal.title);
  const [body, setBody] = useState(props.proposal.body);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = validateProposal(t, { title, body }, { title: 'edit-title', body: 'edit-body' });
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      props.onDone(await updateProposal(props.proposal.id, { title: title.trim(), body: body.trim() }));
    } catch (error) {
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, { title: 'edit-title', body: 'edit-body' }));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel" onSubmit={submit} noValidate aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('proposal.edit.heading')}</h2>
      <ErrorSummary id="edit-errors" errors={errors} message={message} attempt={attempt} />
      <TextField id="edit-title" label={t('write.title.label')} value={title} onValue={setTitle} required maxLength={LIMITS.titleMaxLength} counter error={errorFor(errors, 'edit-title')} />
      <TextArea id="edit-body" label={t('write.body.label')} value={body} onValue={setBody} required maxLength={LIMITS.proposalBodyMaxLength} counter rows={8} error={errorFor(errors, 'edit-body')} />
      <div class="actions">
        <button type="submit" class="button">
          {t('proposal.edit.submit')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => props.onDone(null)}>
          {t('proposal.edit.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * A proposal: its title (the page's h1), author, status, text, the notice its author gets
 * when others cannot see it, and the author's own actions (change while nobody reacted, withdraw).
 */
export function ProposalView(props: { proposal: Proposal; debate: Debate; isAuthor: boolean; onChange: (proposal: Proposal) => void }) {
  const { t, lang } = useI18n();
  const { proposal, debate } = props;
  const [mode, setMode] = useState<'read' | 'edit' | 'confirmWithdraw'>('read');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const canWithdraw = props.isAuthor && (proposal.status === 'published' || proposal.status === 'pending') && debate.status === 'open';

  const withdraw = async () => {
    setError(null);
    try {
      props.onChange(await withdrawProposal(proposal.id));
      setMode('read');
      setStatus(t('proposal.withdraw.done'));
      titleRef.current?.focus();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <article class="proposal" aria-labelledby="proposal-title">
      <p class="page-header__kicker">{t('proposal.kicker')}</p>
      <h1 id="proposal-title" tabIndex={-1} ref={titleRef}>
        {proposal.title}
      </h1>
      <p class="card__meta">
        {t('proposal.byOn', { name: proposal.author.displayName, date: formatDate(lang, proposal.createdAt) })}
        {proposal.channel === 'workshop' ? <> {t('proposal.workshop')}</> : null}
        {proposal.editedAt ? <> {t('proposal.edited')}</> : null} <ProposalStatusBadge status={proposal.status} />
      </p>
      {proposal.notice ? (
        <div class="notice notice--info">
          <p>{proposal.notice.message}</p>
          <Explain topic={t('proposal.notice.topic')}>
            <p>{t('proposal.notice.explain.1')}</p>
            <p>{t('proposal.notice.explain.2')}</p>
          </Explain>
        </div>
      ) : null}
      {mode === 'edit' ? (
        <EditForm
          proposal={proposal}
          onDone={(updated) => {
            setMode('read');
            if (updated) {
              props.onChange(updated);
              setStatus(t('proposal.edit.done'));
            }
            setTimeout(() => (actionsRef.current?.querySelector('button') ?? titleRef.current)?.focus(), 0);
          }}
        />
      ) : (
        <div class="proposal__body">
          <p class="proposal__text">{proposal.body}</p>
          <ReadAloud text={`${proposal.title}. ${proposal.body}`} label={t('readAloud.proposal')} />
        </div>
      )}
      {props.isAuthor && mode !== 'edit' && (proposal.canEdit || canWithdraw) ? (
        <div class="actions" ref={actionsRef}>
          {proposal.canEdit && debate.status === 'open' && proposal.status !== 'withdrawn' ? (
            <button type="button" class="button button--secondary" onClick={() => setMode('edit')}>
              {t('proposal.edit.open')}
            </button>
          ) : null}
          {canWithdraw ? (
            <button type="button" class="button button--secondary" onClick={() => setMode('confirmWithdraw')}>
              {t('proposal.withdraw.open')}
            </button>
          ) : null}
        </div>
      ) : null}
      {props.isAuthor && mode === 'read' && proposal.status !== 'withdrawn' ? (
        <Explain topic={t('proposal.authorExplain.topic')}>
          <p>{t('proposal.authorExplain.1')}</p>
          <p>{t('proposal.authorExplain.2')}</p>
        </Explain>
      ) : null}
      {mode === 'confirmWithdraw' ? (
        <div class="confirm" role="group" aria-labelledby="withdraw-question">
          <p id="withdraw-question">{t('proposal.withdraw.confirm')}</p>
          <div class="actions">
            <button type="button" class="button button--danger" onClick={withdraw}>
              {t('proposal.withdraw.yes')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setMode('read')}>
              {t('proposal.withdraw.no')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <StatusMessage tone="success">{status}</StatusMessage>
    </article>
  );
}
