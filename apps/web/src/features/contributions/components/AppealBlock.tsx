import { useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import type { MyAppeal } from '../../../api/types';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/Field';
import { formatDate } from '../../../components/format';
import { StatusMessage } from '../../../components/Status';
import { useI18n } from '../../../i18n/context';
import { sendAppeal } from '../api/contributions';
import { APPEAL_MESSAGE_MAX, appealStateKey, validateAppeal } from '../appeals';

/**
 * Under a hidden contribution: where the appeal stands, or how to make one (once), with the
 * plain explanation that another moderator will decide.
 */
export function AppealBlock(props: {
  targetType: MyAppeal['targetType'];
  targetId: string;
  appeal: MyAppeal | null;
  /** End of the "Faire appel" button's name, so that each one is distinct ("pour la proposition : …"). */
  context: string;
  onSent: () => void;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const blockRef = useRef<HTMLDivElement>(null);
  const finish = (text: string) => {
    setOpen(false);
    setDone(text);
    props.onSent();
    // The form is gone: keep the keyboard focus here, on the news.
    setTimeout(() => blockRef.current?.focus(), 0);
  };
  const fieldId = `appeal-${props.targetId}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = validateAppeal(t, text, fieldId);
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      await sendAppeal({ targetType: props.targetType, targetId: props.targetId, message: text.trim() });
      finish(t('appeal.done'));
    } catch (error) {
      // Once only: say so plainly, and stop offering the form.
      if (error instanceof ApiError && error.code === 'APPEAL_ALREADY_MADE') {
        finish(error.message);
        return;
      }
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, { message: fieldId }));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="appeal" tabIndex={-1} ref={blockRef}>
      {props.appeal ? (
        <p class="appeal__state">{t(appealStateKey(props.appeal), { date: formatDate(lang, props.appeal.createdAt) })}</p>
      ) : !done ? (
        <>
          <p>{t('appeal.intro')}</p>
          <p>{t('appeal.who')}</p>
          {open ? (
            <form onSubmit={submit} noValidate class="appeal__form">
              <ErrorSummary id={`${fieldId}-errors`} errors={errors} message={message} attempt={attempt} />
              <TextArea
                id={fieldId}
                label={t('appeal.message.label')}
                hint={t('appeal.message.hint')}
                value={text}
                onValue={setText}
                required
                maxLength={APPEAL_MESSAGE_MAX}
                counter
                rows={4}
                error={errorFor(errors, fieldId)}
              />
              <div class="actions">
                <button type="submit" class="button">
                  {t('appeal.submit')}
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => {
                    setOpen(false);
                    setTimeout(() => openRef.current?.focus(), 0);
                  }}
                >
                  {t('appeal.cancel')}
                </button>
              </div>
            </form>
          ) : (
            <p>
              <button
                type="button"
                class="button button--secondary"
                ref={openRef}
                onClick={() => {
                  setOpen(true);
                  setTimeout(() => document.getElementById(fieldId)?.focus(), 0);
                }}
              >
                {t('appeal.open')}
                <span class="visually-hidden"> {props.context}</span>
              </button>
            </p>
          )}
        </>
      ) : null}
      <StatusMessage tone="success">{done}</StatusMessage>
    </div>
  );
}
