import type { ComponentChildren, Ref } from 'preact';
import { useI18n } from '../i18n/context';
import { LanguageSwitch } from './LanguageSwitch';

export const MAIN_ID = 'main';

/** Page frame: skip link, header with the site name, one main region, footer. */
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
    </>
  );
}
