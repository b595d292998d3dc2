import { useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import type { ReportReason } from '../../../api/types';
import { Dialog } from '../../../components/Dialog';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { Explain } from '../../../components/Explain';
import { RadioGroup, TextArea } from '../../../components/Field';
import { REASON_HINTS, REASON_LABELS, REASONS } from '../../../components/reasons';
import { StatusMessage } from '../../../components/Status';
import { useI18n } from '../../../i18n/context';
import { sendReport } from '../api/moderation';
import { REPORT_DETAILS_MAX, reportBody, validateReport, type ReportValues } from '../report';

interface Target {
  type: 'proposal' | 'comment';
  id: string;
  /** Its author: one may report their display name instead of the text. */
  author: { id: string; displayName: string } | null;
}

function ReportDialog(props: { target: Target; idPrefix: string; onClose: (message: string | null) => void }) {
  const { t } = useI18n();
  const { target, idPrefix } = props;
  const [values, setValues] = useState<ReportValues>({ what: 'content', reason: null, details: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids = { what: `${idPrefix}-what`, reason: `${idPrefix}-reason`, details: `${idPrefix}-details` };
  const titleId = `${idPrefix}-title`;
  const set = (patch: Partial<ReportValues>) => setValues((previous) => ({ ...previous, ...patch }));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = validateReport(t, values, ids);
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      await sendReport(reportBody(target, target.author?.id ?? null, values));
      props.onClose(t('report.done'));
    } catch (error) {
      // Already reported: nothing is wrong, say it plainly (the API's own words).
      if (error instanceof ApiError && error.code === 'ALREADY_REPORTED') {
        props.onClose(error.message);
        return;
      }
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, { reason: ids.reason, details: ids.details }));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog titleId={titleId} describedBy={`${idPrefix}-intro`} onClose={() => props.onClose(null)}>
      <h2 id={titleId}>{t('report.title')}</h2>
      <p id={`${idPrefix}-intro`}>{t('report.intro')}</p>
      <Explain topic={t('report.explain.topic')}>
        <p>{t('report.explain.1')}</p>
        <p>{t('report.explain.2')}</p>
        <p>{t('report.explain.3')}</p>
        <p>{t('report.explain.4')}</p>
        <p>{t('report.explain.5')}</p>
      </Explain>
      <form onSubmit={submit} noValidate>
        <ErrorSummary id={`${idPrefix}-errors`} errors={errors} message={message} attempt={attempt} />
        {target.author ? (
          <RadioGroup<'content' | 'user'>
            name={ids.what}
            legend={t('report.target.legend')}
            choices={[
              { value: 'content', label: t(target.type === 'proposal' ? 'report.target.proposal' : 'report.target.comment') },
              { value: 'user', label: t('report.target.user', { name: target.author.displayName }), hint: t('report.target.user.hint') },
            ]}
            value={values.what}
            onValue={(what) => set({ what })}
          />
        ) : null}
        <RadioGroup<ReportReason>
          name={ids.reason}
          legend={t('report.reason.legend')}
          choices={REASONS.map((reason) => ({ value: reason, label: t(REASON_LABELS[reason]), hint: t(REASON_HINTS[reason]) }))}
          value={values.reason}
          onValue={(reason) => set({ reason })}
          error={errorFor(errors, ids.reason)}
        />
        <TextArea
          id={ids.details}
          label={t('report.details.label')}
          optional
          hint={t('report.details.hint')}
          value={values.details}
          onValue={(details) => set({ details })}
          maxLength={REPORT_DETAILS_MAX}
          counter
          rows={3}
          error={errorFor(errors, ids.details)}
        />
        <div class="actions">
          <button type="submit" class="button">
            {t('report.submit')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => props.onClose(null)}>
            {t('report.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * "Signaler": opens a dialog to report a proposal, a comment or its author's name. The result
 * is announced next to the button, which gets the focus back.
 */
export function ReportButton(props: Target & { context: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);

  const close = (message: string | null) => {
    setOpen(false);
    if (message) setStatus(message);
    setTimeout(() => triggerRef.current?.focus(), 0);
  };

  return (
    <div class="report">
      <button
        type="button"
        class="button button--small button--secondary"
        ref={triggerRef}
        aria-haspopup="dialog"
        onClick={() => {
          setStatus(null);
          setOpen(true);
        }}
      >
        {t('report.open')}
        <span class="visually-hidden"> {props.context}</span>
      </button>
      {open ? <ReportDialog target={props} idPrefix={`report-${props.id}`} onClose={close} /> : null}
      <StatusMessage tone="success">{status}</StatusMessage>
    </div>
  );
}
