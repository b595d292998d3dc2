import { useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { Checkbox, RadioGroup, TextArea, TextField } from '../../../components/Field';
import { formatDate } from '../../../components/format';
import { StatusMessage } from '../../../components/Status';
import { useI18n } from '../../../i18n/context';
import '../../../i18n/moderation';
import { blockPerson, unblockPerson } from '../api/moderation';
import { blockUntil, checkJustification, JUSTIFICATION_MAX, validateBlock, type BlockValues } from '../logic';

/** A written justification, then a confirmation step; the person's next request is refused. */
export function BlockForm(props: { userId: string; name: string | null }) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState<BlockValues>({ justification: '', until: 'lifted', date: '', hideContent: false });
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const ids = { justification: 'block-justification', date: 'block-date', until: 'block-until' };
  const set = (patch: Partial<BlockValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const until = values.until === 'date' ? blockUntil(values.date) : null;
  const who = props.name ?? props.userId;

  const check = (e: Event) => {
    e.preventDefault();
    const found = validateBlock(t, values, ids);
    setErrors(found);
    setMessage(null);
    setDone(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setStep('confirm');
    setTimeout(() => confirmRef.current?.focus(), 0);
  };

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await blockPerson(props.userId, {
        justification: values.justification.trim(),
        hideContent: values.hideContent,
        ...(until ? { until: until.toISOString() } : {}),
      });
      setStep('form');
      setValues({ justification: '', until: 'lifted', date: '', hideContent: false });
      setDone(t('mod.block.done', { name: who }));
    } catch (error) {
      setStep('form');
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, { justification: ids.justification, until: ids.date }));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="block-heading">
      <h2 id="block-heading">{t('mod.block.heading')}</h2>
      <p>{t('mod.block.intro')}</p>
      {step === 'form' ? (
        <form onSubmit={check} noValidate>
          <ErrorSummary id="block-errors" errors={errors} message={message} attempt={attempt} />
          <TextArea
            id={ids.justification}
            label={t('mod.block.justification')}
            hint={t('mod.block.justificationHint')}
            value={values.justification}
            onValue={(justification) => set({ justification })}
            required
            maxLength={JUSTIFICATION_MAX}
            counter
            rows={3}
            error={errorFor(errors, ids.justification)}
          />
          <RadioGroup<'lifted' | 'date'>
            name={ids.until}
            legend={t('mod.block.until')}
            choices={[
              { value: 'lifted', label: t('mod.block.untilLifted') },
              { value: 'date', label: t('mod.block.untilDate') },
            ]}
            value={values.until}
            onValue={(value) => set({ until: value })}
          />
          {values.until === 'date' ? (
            <TextField
              id={ids.date}
              type="date"
              label={t('mod.block.date')}
              hint={t('mod.block.dateHint')}
              value={values.date}
              onValue={(date) => set({ date })}
              required
              error={errorFor(errors, ids.date)}
            />
          ) : null}
          <Checkbox
            id="block-hide"
            label={t('mod.block.hideContent')}
            hint={t('mod.block.hideContentHint')}
            checked={values.hideContent}
            onChecked={(hideContent) => set({ hideContent })}
          />
          <button type="submit" class="button button--danger">
            {t('mod.block.check')}
          </button>
        </form>
      ) : (
        <div class="confirm" role="group" aria-labelledby="block-question">
          <p id="block-question" tabIndex={-1} ref={confirmRef}>
            <strong>{t('mod.block.confirm', { name: who })}</strong>
          </p>
          <ul>
            <li>{t('mod.block.confirmSignIn')}</li>
            <li>{until ? t('mod.block.confirmUntil', { date: formatDate(lang, until.toISOString()) }) : t('mod.block.confirmLifted')}</li>
            <li>{t(values.hideContent ? 'mod.block.confirmHide' : 'mod.block.confirmKeep')}</li>
          </ul>
          <div class="actions">
            <button type="button" class="button button--danger" onClick={confirm}>
              {t('mod.block.yes')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setStep('form');
                setTimeout(() => document.getElementById(ids.justification)?.focus(), 0);
              }}
            >
              {t('mod.block.no')}
            </button>
          </div>
        </div>
      )}
      <StatusMessage tone="success">{done}</StatusMessage>
    </section>
  );
}

/** Lifts a block, with a written justification and a confirmation step. */
export function UnblockForm(props: { userId: string; name: string | null }) {
  const { t } = useI18n();
  const [justification, setJustification] = useState('');
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const field = 'unblock-justification';
  const who = props.name ?? props.userId;

  const check = (e: Event) => {
    e.preventDefault();
    const found = checkJustification(t, justification, field);
    setErrors(found);
    setMessage(null);
    setDone(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setStep('confirm');
    setTimeout(() => confirmRef.current?.focus(), 0);
  };

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await unblockPerson(props.userId, { justification: justification.trim() });
      setStep('form');
      setJustification('');
      setDone(t('mod.unblock.done', { name: who }));
    } catch (error) {
      setStep('form');
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, { justification: field }));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="unblock-heading">
      <h2 id="unblock-heading">{t('mod.unblock.heading')}</h2>
      <p>{t('mod.unblock.intro')}</p>
      {step === 'form' ? (
        <form onSubmit={check} noValidate>
          <ErrorSummary id="unblock-errors" errors={errors} message={message} attempt={attempt} />
          <TextArea
            id={field}
            label={t('mod.unblock.justification')}
            hint={t('mod.block.justificationHint')}
            value={justification}
            onValue={setJustification}
            required
            maxLength={JUSTIFICATION_MAX}
            counter
            rows={3}
            error={errorFor(errors, field)}
          />
          <button type="submit" class="button">
            {t('mod.unblock.check')}
          </button>
        </form>
      ) : (
        <div class="confirm" role="group" aria-labelledby="unblock-question">
          <p id="unblock-question" tabIndex={-1} ref={confirmRef}>
            <strong>{t('mod.unblock.confirm', { name: who })}</strong>
          </p>
          <div class="actions">
            <button type="button" class="button" onClick={confirm}>
              {t('mod.unblock.yes')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setStep('form');
                setTimeout(() => document.getElementById(field)?.focus(), 0);
              }}
            >
              {t('mod.unblock.no')}
            </button>
          </div>
        </div>
      )}
      <StatusMessage tone="success">{done}</StatusMessage>
    </section>
  );
}
