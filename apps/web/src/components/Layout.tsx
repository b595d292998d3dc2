import type { ComponentChildren, Ref } from 'preact';
import { useLocation } from 'preact-iso';
import { useI18n } from '../i18n/context';
import { IdleWarning } from '../session/IdleWarning';
import { hasRole, useSession } from '../session/session';
import { LanguageSwitch } from './LanguageSwitch';

export const MAIN_ID = 'main';

/** Where to come back after signing in: the current page (never the sign-in pages themselves). */
export function signInHref(path: string, page: '/connexion' | '/inscription' = '/connexion'): string {
  if (!path || path === '/' || path.startsWith('/connexion') || path.startsWith('/inscription') || path.startsWith('/deconnexion')) {
    return page;
  }
  return `${page}?retour=${encodeURIComponent(path)}`;
}

function Account() {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  const { url, route } = useLocation();

  if (state.status === 'loading') return <div class="account" />;
  if (state.status === 'signedOut') {
    return (
      <div class="account">
        <a class="button button--small" href={signInHref(url)}>
          {t('layout.signIn')}
        </a>
        <a class="button button--small button--secondary" href={signInHref(url, '/inscription')}>
          {t('layout.signUp')}
        </a>
      </div>
    );
  }
  return (
    <div class="account">
      <p class="account__name">
        {t('layout.signedInAs')} <strong>{state.me.displayName}</strong>
      </p>
      <button
        type="button"
        class="button button--signout"
        onClick={async () => {
          await signOut('logout');
          route('/deconnexion');
        }}
      >
        {t('layout.signOut')}
      </button>
    </div>
  );
}

function Nav() {
  const { t } = useI18n();
  const { me } = useSession();
  const { path } = useLocation();
  const links: Array<[string, string]> = [['/', t('layout.nav.home')]];
  if (me) links.push(['/mon-compte', t('layout.nav.account')]);
  if (hasRole(me, 'official', 'admin')) links.push(['/repondre', t('layout.nav.answer')]);
  if (hasRole(me, 'moderator', 'admin')) links.push(['/moderation', t('layout.nav.moderation')]);
  if (hasRole(me, 'admin')) links.push(['/admin', t('layout.nav.admin')]);
  else if (hasRole(me, 'official', 'facilitator')) links.push(['/admin/debats', t('layout.nav.debates')]);
  return (
    <nav class="site-nav" aria-label={t('layout.nav.label')}>
      <ul>
        {links.map(([href, label]) => (
          <li key={href}>
            <a href={href} aria-current={path === href ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Page frame: skip link, header with the site name and the account, one main region, footer. */
export function Layout(props: { children?: ComponentChildren; mainRef?: Ref<HTMLElement> }) {
  const { t } = useI18n();
  return (
    <>
      <a class="skip-link" href={`#${MAIN_ID}`}>
        {t('layout.skipLink')}
      </a>
      <header class="site-header">
        <div class="container site-header__inner">
          <div class="site-header__brand">
            <a class="site-header__name" href="/">
              {t('site.name')}
            </a>
            <p class="site-header__tagline">{t('site.tagline')}</p>
          </div>
          <Account />
        </div>
        <div class="container site-header__bar">
          <Nav />
          <LanguageSwitch />
        </div>
      </header>
      <main id={MAIN_ID} class="container site-main" tabIndex={-1} ref={props.mainRef}>
        {props.children}
      </main>
      <footer class="site-footer">
        <div class="container">
          <p>{t('layout.footer.about')}</p>
          <p>{t('layout.footer.free')}</p>
        </div>
      </footer>
      <IdleWarning />
    </>
  );
}
