import { useLocation } from 'preact-iso';
import { usePageTitle } from '../components/usePageTitle';
import { SignInForm, SignUpForm } from '../features/auth/components/AuthForms';
import { useI18n } from '../i18n/context';
import { useSession } from '../session/session';

/** Only paths inside the site are followed after signing in (no open redirect). */
export function safeReturn(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function AlreadySignedIn() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <div class="notice notice--info">
      <p>{t('auth.already', { name: me?.displayName ?? '' })}</p>
      <p>
        <a class="button" href="/">
          {t('notFound.homeLink')}
        </a>
      </p>
    </div>
  );
}

export default function SignIn() {
  const { t } = useI18n();
  const { query, route } = useLocation();
  const { state } = useSession();
  usePageTitle('auth.signIn.title');
  const back = safeReturn(query.retour);
  return (
    <>
      <h1>{t('auth.signIn.heading')}</h1>
      {state.status === 'signedIn' ? (
        <AlreadySignedIn />
      ) : (
        <>
          <p class="lead">{t('auth.signIn.intro')}</p>
          <SignInForm onDone={() => route(back)} />
          <h2>{t('auth.signIn.noAccount')}</h2>
          <p>
            <a class="button button--secondary" href={back === '/' ? '/inscription' : `/inscription?retour=${encodeURIComponent(back)}`}>
              {t('auth.signUp.link')}
            </a>
          </p>
        </>
      )}
    </>
  );
}

export function SignUp() {
  const { t } = useI18n();
  const { query, route } = useLocation();
  const { state } = useSession();
  usePageTitle('auth.signUp.title');
  const back = safeReturn(query.retour);
  return (
    <>
      <h1>{t('auth.signUp.heading')}</h1>
      {state.status === 'signedIn' ? (
        <AlreadySignedIn />
      ) : (
        <>
          <p class="lead">{t('auth.signUp.intro')}</p>
          <SignUpForm onDone={() => route(back)} />
          <h2>{t('auth.signUp.hasAccount')}</h2>
          <p>
            <a class="button button--secondary" href={back === '/' ? '/connexion' : `/connexion?retour=${encodeURIComponent(back)}`}>
              {t('auth.signIn.link')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
