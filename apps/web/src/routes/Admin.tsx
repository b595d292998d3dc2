import { AdminNav } from '../components/AdminNav';
import { Explain } from '../components/Explain';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import '../i18n/admin';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n';

const SECTIONS: Array<[string, MessageKey, MessageKey]> = [
  ['/admin/debats', 'layout.nav.debates', 'adm.home.debates'],
  ['/admin/territoires', 'adm.nav.territories', 'adm.home.territories'],
  ['/admin/themes', 'adm.nav.themes', 'adm.home.themes'],
  ['/admin/roles', 'adm.nav.roles', 'adm.home.roles'],
];

/** For admins: what can be set up, one screen each. */
export default function Admin() {
  const { t } = useI18n();
  usePageTitle('adm.home.title');
  return (
    <>
      <h1>{t('adm.home.heading')}</h1>
      <p class="lead">{t('adm.home.intro')}</p>
      <Explain topic={t('adm.home.explainTopic')}>
        <p>{t('adm.home.explain.1')}</p>
        <p>{t('adm.home.explain.2')}</p>
      </Explain>
      <StaffGate roles={['admin']} signInText={t('adm.signIn')} forbiddenText={t('adm.forbidden')}>
        <AdminNav />
        <ul class="cards">
          {SECTIONS.map(([href, title, text]) => (
            <li class="card" key={href}>
              <h2 class="card__title">
                <a href={href}>{t(title)}</a>
              </h2>
              <p>{t(text)}</p>
            </li>
          ))}
        </ul>
      </StaffGate>
    </>
  );
}
