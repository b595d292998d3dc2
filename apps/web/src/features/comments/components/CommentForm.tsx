import { LIMITS } from '@participons/shared';
import { useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import type { Comment, Stance } from '../../../api/types';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { RadioGroup, TextArea } from '../../../components/Field';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';

export const STANCE_CHOICE: Record<Stance, MessageKey> = {
  for: 'comments.stance.for',
  against: 'comments.stance.against',
  neutral: 'comments.stance.neutral',
};
export const STANCE_HINT: Record<Stance, MessageKey> = {
  for: 'comments.stance.for.hint',
  against: 'comments.stance.against.hint',
  neutral: 'comments.stance.neutral.hint',
};
/** On a debate, the stance is about the question and the plan it presents. */
const STANCE_HINT_DEBATE: Record<Stance, MessageKey> = {
  for: 'comments.stance.for.hint.debate',
  against: 'comments.stance.against.hint.debate',
  neutral: 'comments.stance.neutral.hint',
};

export type CommentSubject = 'proposal' | 'debate';

/** Writes a comment, a reply, or a change to one's comment. */
export function CommentForm(props: {
  idPrefix: string;
  mode: 'new' | 'reply' | 'edit';
  initial?: { body: string; stance: Stance };
  onSubmit: (values: { body: string; stance: Stance }) => Promise<Comment | void>;
  onCancel?: () => void;
  /** What the stance is about: the proposal (default) or the debate's question. */
  subject?: CommentSubject;
}) {
  const { t } = useI18n();
  const [body, setBody] = useState(props.initial?.body ?? '');
  const [stance, setStance] = useState<Stance>(props.initial?.stance ?? 'neutral');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const bodyId = `${props.idPrefix}-body`;
  const stanceId = `${props.idPrefix}-stance`;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    const text = body.trim();
    if (!text) found.push({ field: bodyId, message: t('comments.error.empty') });
    else if (text.length > LIMITS.commentMaxLength) found.push({ field: bodyId, message: t('comments.error.long', { max: LIMITS.commentMaxLength }) });
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      await props.onSubmit({ body: text, stance });
      if (props.mode === 'new') {
        setBody('');
        setStance('neutral');
      }
    } catch (error) {
      if (error instanceof ApiError && error.details.length) {
        setErrors(detailsToErrors(error.details, { body: bodyId, stance: stanceId }));
      }
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const submitLabel: MessageKey =
    props.mode === 'new' ? 'comments.submit.new' : props.mode === 'reply' ? 'comments.submit.reply' : 'comments.submit.edit';
  const bodyLabel: MessageKey = props.mode === 'reply' ? 'comments.body.replyLabel' : 'comments.body.label';

  return (
    <form class="comment-form" onSubmit={submit} noValidate>
      <ErrorSummary id={`${props.idPrefix}-errors`} errors={errors} message={message} attempt={attempt} />
      <RadioGroup<Stance>
        name={stanceId}
        legend={t(props.subject === 'debate' ? 'comments.stance.legend.debate' : 'comments.stance.legend')}
        choices={(['for', 'against', 'neutral'] as Stance[]).map((value) => ({
          value,
          label: t(STANCE_CHOICE[value]),
          hint: t((props.subject === 'debate' ? STANCE_HINT_DEBATE : STANCE_HINT)[value]),
        }))}
        value={stance}
        onValue={setStance}
        error={errorFor(errors, stanceId)}
      />
      <TextArea
        id={bodyId}
        label={t(bodyLabel)}
        hint={t('comments.body.hint')}
        value={body}
        onValue={setBody}
        required
        maxLength={LIMITS.commentMaxLength}
        counter
        rows={4}
        error={errorFor(errors, bodyId)}
      />
      <div class="actions">
        <button type="submit" class="button">
          {t(submitLabel)}
        </button>
        {props.onCancel ? (
          <button type="button" class="button button--secondary" onClick={props.onCancel}>
            {t(props.mode === 'edit' ? 'comments.cancel.edit' : 'comments.cancel.reply')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
