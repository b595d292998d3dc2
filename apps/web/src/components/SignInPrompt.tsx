import { useLocation } from 'preact-iso';
import { useI18n } from '../i18n/context';
import { signInHref } from './Layout';

/** Shown in place of a page or an action that needs an account. */
export function SignInPrompt(props: { text: string }) {
  const { t } = useI18n();
  const { url } = useLocation();
  return (
    <div class="notice notice--info">
      <p>{props.text}</p>
      <p class="actions">
        <a class="button" href={signInHref(url)}>
          {t('layout.signIn')}
        </a>
        <a class="button button--secondary" href={signInHref(url, '/inscription')}>
          {t('layout.signUp')}
        </a>
      </p>
    </div>
  );
}
