import { useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../../api/client';
import type { Me } from '../../../api/types';
import { detailsToErrors, ErrorSummary, errorFor, type FieldError } from '../../../components/ErrorSummary';
import { Explain } from '../../../components/Explain';
import { Checkbox, TextField } from '../../../components/Field';
import { StatusMessage } from '../../../components/Status';
import { useI18n } from '../../../i18n/context';
import { useSession } from '../../../session/session';
import { validateSignIn, validateSignUp } from '../validation';

const FIELDS = { email: 'email', password: 'password', displayName: 'displayName' };

/** "Rester connecté": unchecked by default (shared phones), explained where it is used. */
function RememberMe(props: { checked: boolean; onChecked: (value: boolean) => void }) {
  const { t } = useI18n();
  return (
    <div>
      <Checkbox id="rememberMe" label={t('auth.remember.label')} hint={t('auth.remember.hint')} checked={props.checked} onChecked={props.onChecked} />
      <Explain topic={t('auth.remember.topic')}>
        <p>{t('auth.remember.explain.1')}</p>
        <p>{t('auth.remember.explain.2')}</p>
      </Explain>
    </div>
  );
}

function ShowPassword(props: { checked: boolean; onChecked: (value: boolean) => void }) {
  const { t } = useI18n();
  return <Checkbox id="showPassword" label={t('auth.password.show')} checked={props.checked} onChecked={props.onChecked} />;
}

function useFormState() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  return { errors, setErrors, message, setMessage, attempt, bump: () => setAttempt((n) => n + 1), busy, setBusy };
}

export function SignInForm(props: { onDone: (me: Me) => void }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const form = useFormState();

  const submit = async (e: Event) => {
    e.preventDefault();
    if (form.busy) return;
    const found = validateSignIn(t, { email, password });
    form.setErrors(found);
    form.setMessage(null);
    form.bump();
    if (found.length) return;
    form.setBusy(true);
    try {
      props.onDone(await signIn({ email: email.trim(), password, rememberMe }));
    } catch (error) {
      form.setErrors(error instanceof ApiError ? detailsToErrors(error.details, FIELDS) : []);
      form.setMessage(errorMessage(error));
      form.bump();
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate class="auth-form">
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <TextField id="email" type="email" label={t('auth.email.label')} hint={t('auth.email.hintSignIn')} autoComplete="email" value={email} onValue={setEmail} required error={errorFor(form.errors, 'email')} />
      <TextField id="password" type={showPassword ? 'text' : 'password'} label={t('auth.password.label')} autoComplete="current-password" value={password} onValue={setPassword} required error={errorFor(form.errors, 'password')} />
      <ShowPassword checked={showPassword} onChecked={setShowPassword} />
      <RememberMe checked={rememberMe} onChecked={setRememberMe} />
      <StatusMessage>{form.busy ? t('auth.signingIn') : null}</StatusMessage>
      <button type="submit" class="button button--primary-large">
        {t('auth.signIn.submit')}
      </button>
    </form>
  );
}

export function SignUpForm(props: { onDone: (me: Me) => void }) {
  const { t } = useI18n();
  const { signUp } = useSession();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const form = useFormState();

  const submit = async (e: Event) => {
    e.preventDefault();
    if (form.busy) return;
    const found = validateSignUp(t, { displayName, email, password });
    form.setErrors(found);
    form.setMessage(null);
    form.bump();
    if (found.length) return;
    form.setBusy(true);
    try {
      props.onDone(await signUp({ displayName: displayName.trim(), email: email.trim(), password, rememberMe }));
    } catch (error) {
      form.setErrors(error instanceof ApiError ? detailsToErrors(error.details, FIELDS) : []);
      form.setMessage(errorMessage(error));
      form.bump();
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate class="auth-form">
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <TextField id="displayName" label={t('auth.name.label')} hint={t('auth.name.hint')} autoComplete="nickname" value={displayName} onValue={setDisplayName} required error={errorFor(form.errors, 'displayName')} />
      <Explain topic={t('auth.name.topic')}>
        <p>{t('auth.name.explain.1')}</p>
        <p>{t('auth.name.explain.2')}</p>
      </Explain>
      <TextField id="email" type="email" label={t('auth.email.label')} hint={t('auth.email.hintSignUp')} autoComplete="email" value={email} onValue={setEmail} required error={errorFor(form.errors, 'email')} />
      <TextField id="password" type={showPassword ? 'text' : 'password'} label={t('auth.password.label')} hint={t('auth.password.hint')} autoComplete="new-password" value={password} onValue={setPassword} required error={errorFor(form.errors, 'password')} />
      <ShowPassword checked={showPassword} onChecked={setShowPassword} />
      <RememberMe checked={rememberMe} onChecked={setRememberMe} />
      <StatusMessage>{form.busy ? t('auth.signingUp') : null}</StatusMessage>
      <button type="submit" class="button button--primary-large">
        {t('auth.signUp.submit')}
      </button>
    </form>
  );
}
