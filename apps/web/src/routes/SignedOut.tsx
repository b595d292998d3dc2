import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/context';
import { useSession } from '../session/session';

/** After sign-out: nothing personal stays on screen, and the person knows it worked. */
export default function SignedOut() {
  const { t } = useI18n();
  const { state } = useSession();
  usePageTitle('signedOut.title');
  const reason = state.status === 'signedOut' ? state.reason : undefined;
  if (state.status === 'signedIn') {
    return (
      <>
        <h1>{t('signedOut.stillIn.heading')}</h1>
        <p>{t('signedOut.stillIn.text')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('signedOut.heading')}</h1>
      {reason === 'idle' ? <p>{t('signedOut.idle')}</p> : null}
      {reason === 'expired' ? <p>{t('signedOut.expired')}</p> : null}
      <p>{t('signedOut.text.1')}</p>
      <p>{t('signedOut.text.2')}</p>
      <p class="actions">
        <a class="button" href="/">
          {t('notFound.homeLink')}
        </a>
        <a class="button button--secondary" href="/connexion">
          {t('layout.signIn')}
        </a>
      </p>
    </>
  );
}
