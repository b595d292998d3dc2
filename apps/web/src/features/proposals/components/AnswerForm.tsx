import { LIMITS } from '@participons/shared';
import { useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import type { AnswerStatus, Proposal } from '../../../api/types';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { RadioGroup, TextArea } from '../../../components/Field';
import { StatusMessage } from '../../../components/Status';
import { useI18n } from '../../../i18n/context';
import { answerProposal } from '../api/proposals';
import { ANSWER_HINTS, ANSWER_LABELS } from './badges';

const STATUSES: AnswerStatus[] = ['evaluating', 'accepted', 'rejected', 'implemented'];

/** The official's answer: a status among four, and a text in plain words. Answering again replaces it. */
export function AnswerForm(props: { proposal: Proposal; onAnswered: (proposal: Proposal) => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<AnswerStatus | null>(props.proposal.answer?.status ?? null);
  const [text, setText] = useState(props.proposal.answer?.text ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (!status) found.push({ field: 'answer-status', message: t('answerForm.error.status') });
    const value = text.trim();
    if (!value) found.push({ field: 'answer-text', message: t('answerForm.error.text') });
    else if (value.length > LIMITS.proposalBodyMaxLength) found.push({ field: 'answer-text', message: t('write.error.bodyLong', { max: LIMITS.proposalBodyMaxLength }) });
    setErrors(found);
    setMessage(null);
    setDone(null);
    setAttempt((n) => n + 1);
    if (found.length || !status) return;
    setBusy(true);
    try {
      const updated = await answerProposal(props.proposal.id, { status, text: value });
      props.onAnswered(updated);
      setDone(t('answerForm.done'));
    } catch (error) {
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, { status: 'answer-status', text: 'answer-text' }));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel" onSubmit={submit} noValidate aria-labelledby="answer-form-heading">
      <h2 id="answer-form-heading">{props.proposal.answer ? t('answerForm.headingChange') : t('answerForm.heading')}</h2>
      <p>{t('answerForm.intro')}</p>
      <ErrorSummary id="answer-errors" errors={errors} message={message} attempt={attempt} />
      <RadioGroup<AnswerStatus>
        name="answer-status"
        legend={t('answerForm.status.legend')}
        choices={STATUSES.map((value) => ({ value, label: t(ANSWER_LABELS[value]), hint: t(ANSWER_HINTS[value]) }))}
        value={status}
        onValue={setStatus}
        error={errorFor(errors, 'answer-status')}
      />
      <TextArea
        id="answer-text"
        label={t('answerForm.text.label')}
        hint={t('answerForm.text.hint')}
        value={text}
        onValue={setText}
        required
        maxLength={LIMITS.proposalBodyMaxLength}
        counter
        rows={6}
        error={errorFor(errors, 'answer-text')}
      />
      <button type="submit" class="button">
        {t('answerForm.submit')}
      </button>
      <StatusMessage tone="success">{done}</StatusMessage>
    </form>
  );
}
