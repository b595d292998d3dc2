import { useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import { resetReferenceCache } from '../../../api/reference';
import type { Theme } from '../../../api/types';
import { Confirm } from '../../../components/Confirm';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { LoadError, Loading } from '../../../components/Feedback';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import '../../../i18n/admin';
import { useI18n } from '../../../i18n/context';
import { createTheme, listThemes, renameTheme, retireTheme } from '../api/themes';
import { validateTheme } from '../validation';

/** One name field: to add a theme, or to rename one. */
function ThemeForm(props: { id: string; initial: string; label: string; submit: string; heading?: string; onSave: (name: string) => Promise<void>; onCancel?: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(props.initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = validateTheme(t, name, props.id);
    setErrors(found);
    setMessage(null);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      await props.onSave(name.trim());
      setName(props.initial);
    } catch (error) {
      if (error instanceof ApiError) setErrors(detailsToErrors(error.details, { name: props.id }));
      setMessage(errorMessage(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class={props.heading ? 'panel' : 'inline-form'} onSubmit={submit} noValidate aria-labelledby={props.heading ? `${props.id}-heading` : undefined} aria-label={props.heading ? undefined : props.label}>
      {props.heading ? <h2 id={`${props.id}-heading`}>{props.heading}</h2> : null}
      <ErrorSummary id={`${props.id}-errors`} errors={errors} message={message} attempt={attempt} />
      <TextField id={props.id} label={props.label} hint={props.heading ? t('adm.theme.nameHint') : undefined} value={name} onValue={setName} required error={errorFor(errors, props.id)} />
      <div class="actions">
        <button type="submit" class="button">
          {props.submit}
        </button>
        {props.onCancel ? (
          <button type="button" class="button button--secondary" onClick={props.onCancel}>
            {t('adm.cancelChanges')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function ThemeRow(props: { theme: Theme; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const { theme } = props;
  const [mode, setMode] = useState<'read' | 'edit' | 'retire'>('read');
  const [error, setError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const back = () => {
    setMode('read');
    setTimeout(() => editRef.current?.focus(), 0);
  };

  return (
    <li class="admin-row">
      <p class="admin-row__name">
        <strong>{theme.name}</strong>
      </p>
      {mode === 'read' ? (
        <div class="actions">
          <button type="button" class="button button--small button--secondary" ref={editRef} onClick={() => setMode('edit')}>
            {t('adm.edit')}
            <span class="visually-hidden"> {theme.name}</span>
          </button>
          <button type="button" class="button button--small button--secondary" onClick={() => setMode('retire')}>
            {t('adm.retire')}
            <span class="visually-hidden"> {theme.name}</span>
          </button>
        </div>
      ) : null}
      {mode === 'edit' ? (
        <ThemeForm
          id={`theme-${theme.id}`}
          initial={theme.name}
          label={t('adm.theme.newName', { name: theme.name })}
          submit={t('adm.theme.save')}
          onSave={async (name) => {
            await renameTheme(theme.id, { name });
            props.onChanged(t('adm.theme.renamed', { name }));
          }}
          onCancel={back}
        />
      ) : null}
      {mode === 'retire' ? (
        <Confirm
          id={`retire-${theme.id}`}
          question={t('adm.theme.retireQuestion', { name: theme.name })}
          yes={t('adm.theme.retireYes')}
          no={t('adm.theme.retireNo')}
          onYes={async () => {
            setError(null);
            try {
              await retireTheme(theme.id);
              props.onChanged(t('adm.theme.retired', { name: theme.name }));
            } catch (e) {
              setError(errorMessage(e));
              back();
            }
          }}
          onNo={back}
        >
          <p>{t('adm.theme.retireExplain')}</p>
        </Confirm>
      ) : null}
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** Global admins: the themes (labels shared by every territory), to add, rename and retire. */
export function ThemesAdmin() {
  const { t } = useI18n();
  const [round, setRound] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const list = useAsync((signal) => listThemes(signal), [round]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const changed = (message: string) => {
    resetReferenceCache();
    setStatus(message);
    setRound((n) => n + 1);
    headingRef.current?.focus();
  };

  return (
    <>
      <StatusMessage tone="success">{status}</StatusMessage>
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading" tabIndex={-1} ref={headingRef}>
          {t('adm.theme.list')}
        </h2>
        {list.status === 'loading' && !list.data ? <Loading /> : null}
        {list.status === 'error' ? <LoadError error={list.error} onRetry={list.reload} /> : null}
        {list.data && list.data.length === 0 ? <p>{t('adm.theme.none')}</p> : null}
        {list.data?.length ? (
          <ul class="admin-tree">
            {list.data.map((theme) => (
              <ThemeRow key={theme.id} theme={theme} onChanged={changed} />
            ))}
          </ul>
        ) : null}
      </section>
      <ThemeForm
        id="new-theme"
        initial=""
        heading={t('adm.theme.new')}
        label={t('adm.theme.name')}
        submit={t('adm.theme.create')}
        onSave={async (name) => {
          const created = await createTheme({ name });
          changed(t('adm.theme.created', { name: created.name }));
        }}
      />
    </>
  );
}
